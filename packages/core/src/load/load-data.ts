import type { Dataset, Locale, Spec } from '@tongxin/spec';
import type { LoadedData, LoadedDataset } from '../model.ts';
import { DataLoadError, type DataLoadErrorKind } from './data-load-error.ts';
import { datasetFormat } from './dataset-format.ts';
import { jsonPointer } from './json-pointer.ts';
import { parseJsonText } from './parse-json-text.ts';
import { readDatasetContent } from './read-dataset-content.ts';
import { resolveDatasetUrl } from './resolve-dataset-url.ts';

export interface LoadDataOptions {
  /** The spec's own URL; dataset URLs resolve against it. */
  baseUrl?: string | URL;
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
  /**
   * The last good data. When re-fetching a URL fails (not aborted), its
   * dataset keeps the previous data marked `stale` instead of failing the load.
   */
  previous?: LoadedData;
  /** Language of error messages. Default: the spec's, else zh-CN. */
  locale?: Locale;
  /** Clock, for `fetchedAt`. */
  now?: () => number;
}

type Fetched = { ok: true; value: unknown } | { ok: false; error: Omit<ConstructorParameters<typeof DataLoadError>[0], 'path' | 'datasetId'> };

/**
 * Fetch and read every dataset the spec names. Only the spec's URLs are
 * fetched, each distinct URL once, all at once. Inline `values` are read
 * the same way. Throws the first DataLoadError, in the spec's dataset order.
 */
export async function loadData(spec: Spec, options: LoadDataOptions = {}): Promise<LoadedData> {
  const { baseUrl, signal, previous, now = Date.now } = options;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const locale: Locale = options.locale ?? spec.locale ?? 'zh-CN';
  const entries = Object.entries(spec.datasets ?? {});

  const requests = new Map<string, Promise<Fetched>>();
  for (const [, dataset] of entries) {
    if (dataset.url == null) continue;
    const url = resolveDatasetUrl(dataset.url, baseUrl);
    if (!requests.has(url)) requests.set(url, fetchJson(url, fetchFn, signal));
  }
  const fetched = new Map<string, Fetched>();
  await Promise.all([...requests].map(async ([url, request]) => fetched.set(url, await request)));

  const datasets: Record<string, LoadedDataset> = {};
  const refreshErrors: DataLoadError[] = [];
  for (const [id, dataset] of entries) {
    const isUrl = dataset.url != null;
    const url = isUrl ? resolveDatasetUrl(dataset.url!, baseUrl) : 'inline';
    const path = jsonPointer('datasets', id, isUrl ? 'url' : 'values');
    const result: Fetched = isUrl ? fetched.get(url)! : { ok: true, value: dataset.values };
    try {
      if (!result.ok) throw new DataLoadError({ ...result.error, path, datasetId: id, locale });
      datasets[id] = readLoaded(id, dataset, result.value, url, path, locale, isUrl ? now() : undefined);
    } catch (error) {
      const last = previous?.datasets[id];
      if (error instanceof DataLoadError && error.kind !== 'aborted' && isUrl && last) {
        datasets[id] = { ...last, spec: dataset, stale: true };
        refreshErrors.push(error);
        continue;
      }
      throw error;
    }
  }
  const loaded: LoadedData = { datasets, sources: { ...(spec.sources ?? {}) } };
  if (refreshErrors.length) loaded.refreshErrors = refreshErrors;
  return loaded;
}

function readLoaded(id: string, dataset: Dataset, content: unknown, url: string, path: string, locale: Locale, fetchedAt?: number): LoadedDataset {
  let read;
  try {
    read = readDatasetContent(content, datasetFormat(dataset), dataset);
  } catch (cause) {
    throw new DataLoadError({ kind: 'invalid-data', url, path, datasetId: id, detail: (cause as Error).message, locale, cause });
  }
  return {
    id,
    spec: dataset,
    ...read,
    crs: dataset.crs ?? 'wgs84',
    illustrative: dataset.illustrative === true,
    ...(fetchedAt != null ? { fetchedAt } : {}),
  };
}

async function fetchJson(url: string, fetchFn: typeof globalThis.fetch, signal?: AbortSignal): Promise<Fetched> {
  const fail = (kind: DataLoadErrorKind, more: Partial<Extract<Fetched, { ok: false }>['error']> = {}): Fetched => ({ ok: false, error: { kind, url, ...more } });
  let text: string;
  try {
    const response = await fetchFn(url, { signal, headers: { accept: 'application/json, application/geo+json;q=0.9, */*;q=0.5' } });
    if (!response.ok) return fail('http', { status: response.status, statusText: response.statusText });
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted || (cause as Error)?.name === 'AbortError') return fail('aborted', { cause });
    return fail('network', { detail: (cause as Error)?.message, cause });
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fail('malformed-json', { ...parsed.problem });
  return { ok: true, value: parsed.value };
}
