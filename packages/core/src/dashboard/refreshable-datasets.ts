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
 * A spec holding only the datasets read from one URL: what a refresh hands to the
 * core's `loadData`, so a refresh reads data exactly as the first load did.
 */
export function specForUrl(spec: Spec, url: string, baseUrl?: string): Spec {
  const datasets = Object.fromEntries(
    Object.entries(spec.datasets ?? {}).filter(
      ([, dataset]) => dataset.url != null && resolveDatasetUrl(dataset.url, baseUrl) === url,
    ),
  );
  return { ...spec, datasets };
}
