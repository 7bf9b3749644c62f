import type { Spec } from '@tongxin/spec';
import { resolveDatasetUrl } from '../load/resolve-dataset-url.ts';

/**
 * The datasets a dashboard re-fetches on its `refresh` interval, by id, with their
 * absolute URLs. Inline `values` never change, so they are not scheduled.
 */
export function refreshableDatasets(spec: Spec, baseUrl?: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [id, dataset] of Object.entries(spec.datasets ?? {})) {
    if (dataset.url != null) urls.set(id, resolveDatasetUrl(dataset.url, baseUrl));
  }
  return urls;
}

/**
 * The ids of the datasets read from one URL: what a refresh of that URL hands to the core's
 * `loadData` (`only`), so a refresh reads and checks data exactly as the first load did.
 */
export function datasetsForUrl(spec: Spec, url: string, baseUrl?: string): string[] {
  return Object.entries(spec.datasets ?? {})
    .filter(([, dataset]) => dataset.url != null && resolveDatasetUrl(dataset.url, baseUrl) === url)
    .map(([id]) => id);
}
