import { DEFAULT_FETCH_TIMEOUT_MS, checkLoadedRecords, orderErrors, parseDuration, specProblem, type DataRecord, type Dataset, type Locale, type Spec, type SpecError } from '@tongxin/spec';
import { loadErrorWording } from '../pipeline/load-error-wording.ts';
import { countStep } from '../pipeline/pipeline-stats.ts';
import { SpecFailure } from '../pipeline/spec-failure.ts';
import type { LoadedData, LoadedDataset } from '../model.ts';
import { DataLoadError, loadLoadErrorWords, type DataLoadErrorInit, type DataLoadErrorKind } from './data-load-error.ts';
import { datasetFormat, isTableDataset, responseBody } from './dataset-format.ts';
import { jsonPointer } from './json-pointer.ts';
import { parseJsonLazily } from './parse-json-lazily.ts';
import { ReadRefusal } from './read-refusal.ts';
import { readDeadline } from './read-deadline.ts';
import { holdsGeometry, loadGeoCode, readDatasetContent, type GeoCode } from './read-dataset-content.ts';
import { resolveDatasetUrl } from './resolve-dataset-url.ts';
import { tableCodeFor } from './table-code.ts';
import type { ArrivedTable } from '../table/load-tables.ts';

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
  /** Load only these datasets (a refresh of one URL); the others are left out of the result. Default: all. */
  only?: readonly string[];
  /** Milliseconds a dataset read may take. Default: the spec's `fetchTimeout`, else 30 s. */
  timeoutMs?: number;
}

type Fetched = { ok: true; value: unknown } | { ok: false; error: Omit<ConstructorParameters<typeof DataLoadError>[0], 'path' | 'datasetId'> };

/**
 * Fetch and read every dataset the spec names. Only the spec's URLs are
 * fetched, each distinct URL once, all at once. Inline `values` are read
 * the same way. Throws the first DataLoadError, in the spec's dataset order.
 */
export async function loadData(spec: Spec, options: LoadDataOptions = {}): Promise<LoadedData> {
  countStep('load');
  const { baseUrl, signal, previous, now = Date.now } = options;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const locale: Locale = options.locale ?? spec.locale ?? 'zh-CN';
  const entries = Object.entries(spec.datasets ?? {}).filter(([id]) => !options.only || options.only.includes(id));
  const timeoutMs = options.timeoutMs ?? (spec.fetchTimeout !== undefined ? parseDuration(spec.fetchTimeout) : undefined) ?? DEFAULT_FETCH_TIMEOUT_MS;

  const requests = new Map<string, Promise<Fetched>>();
  for (const [, dataset] of entries) {
    if (dataset.url == null) continue;
    const url = resolveDatasetUrl(dataset.url, baseUrl);
    if (!requests.has(url)) requests.set(url, fetchJson(url, fetchFn, signal, timeoutMs, responseBody(dataset)));
  }
  const fetched = new Map<string, Fetched>();
  // The table code (CSV, xlsx, transforms) is imported while the files arrive, only what the datasets
  // need; so is the geometry reader for datasets declared as geometry (format or `.geo.json` URL).
  const geometryFormat = (d: Dataset) => !isTableDataset(d) && (datasetFormat(d) === 'geojson' || datasetFormat(d) === 'topojson');
  if (entries.some(([, d]) => geometryFormat(d))) void loadGeoCode();
  const [tableCode] = await Promise.all([tableCodeFor(entries.map(([, d]) => d)), ...[...requests].map(async ([url, request]) => fetched.set(url, await request))]);
  // A `.json` URL may turn out to hold geometry too: the reader is known to be needed only now.
  const content = (d: Dataset) => (d.url == null ? d.values : (fetched.get(resolveDatasetUrl(d.url, baseUrl))! as { value?: unknown }).value);
  const geo = entries.some(([, d]) => !isTableDataset(d) && (geometryFormat(d) || holdsGeometry(content(d), d))) ? await loadGeoCode() : undefined;
  // A syntax error's problem is worded from the spec's catalogue, loaded only then (load-error-wording.ts).
  if ([...fetched.values()].some((f) => !f.ok && f.error.kind === 'malformed-json')) await loadErrorWording();

  // Step 4 ends with each dataset read into records or regions; a fetch or a shape that fails is
  // a DataLoadError for that dataset. Keyed by the spec's dataset ids: null-prototype objects, so
  // an id "__proto__" is a key, not the object's prototype.
  const read: Record<string, LoadedDataset | DataLoadError> = Object.create(null);
  const arrived: Record<string, unknown> = Object.create(null);
  const tables: Record<string, ArrivedTable> = Object.create(null); // CSV, TSV, xlsx, `property`, `fields`, `transform`
  // What failed, made into DataLoadErrors once their words are in (load-error-words.ts, imported only then).
  const failures: Array<[string, DataLoadErrorInit]> = [];
  for (const [id, dataset] of entries) {
    const isUrl = dataset.url != null;
    const url = isUrl ? resolveDatasetUrl(dataset.url!, baseUrl) : 'inline';
    const path = jsonPointer('datasets', id, isUrl ? 'url' : 'values');
    const result: Fetched = isUrl ? fetched.get(url)! : { ok: true, value: dataset.values };
    if (!result.ok) {
      failures.push([id, { ...result.error, path, datasetId: id, locale }]);
      read[id] = undefined!; // its place in the order, filled below
      continue;
    }
    if (isTableDataset(dataset)) {
      tables[id] = { dataset, content: result.value, url, path };
      read[id] = { id, spec: dataset, records: [], crs: dataset.crs ?? 'wgs84', illustrative: dataset.illustrative === true, ...(isUrl ? { fetchedAt: now() } : {}) };
      continue;
    }
    const loaded = readLoaded(id, dataset, result.value, url, path, locale, geo, isUrl ? now() : undefined);
    if (!('spec' in loaded)) {
      failures.push([id, loaded]);
      read[id] = undefined!; // its place in the order, filled below
      continue;
    }
    read[id] = loaded;
    if (isUrl) arrived[id] = result.value;
  }
  if (failures.length > 0) {
    await loadLoadErrorWords();
    for (const [id, init] of failures) read[id] = new DataLoadError(init);
  }
  // Tables are read, renamed, transformed and read by type once the regions and lookups they need are in.
  const shaped = tableCode
    ? tableCode.tables.shapeTables(spec, tables, Object.assign(Object.create(null), previous?.datasets, read), { locale, readers: tableCode })
    : { records: {} as Record<string, never>, errors: [], locate: (errors: SpecError[]) => errors };
  for (const id of Object.keys(shaped.records)) {
    (read[id] as LoadedDataset).records = shaped.records[id];
    arrived[id] = shaped.records[id];
  }
  // Step 5: the records that arrived by `url` against the contract of the views reading them
  // (inline records were checked with the document; tables after their fields and transforms).
  // A table's records are checked as shaped; each problem also names where its value came from
  // (the source cell or row, or the transform that made the record), which a data author can find.
  // Checked without wording (`specProblem`); worded as `validateRecords` words them only when
  // there are problems, with the catalogue loaded for them.
  const checked = Object.keys(arrived).length > 0 ? checkLoadedRecords(spec, arrived, locale, specProblem) : undefined;
  const problems = checked?.problems ?? [];
  // Records read from JSON go on as the pre-pass copied them: own properties only, as inline records
  // do. (Tables keep the records their readers made.)
  for (const [id, copy] of Object.entries(checked?.records ?? {})) {
    const dataset = read[id];
    if (!Object.hasOwn(tables, id) && dataset && !(dataset instanceof DataLoadError) && dataset.records === arrived[id]) dataset.records = copy as DataRecord[];
  }
  // A table's problems are worded with their source cell or row, or the transform that made the record.
  const wording = problems.length > 0 || shaped.errors.length > 0 ? await loadErrorWording() : undefined;
  const recordErrors: SpecError[] = wording
    ? [...shaped.errors, ...shaped.locate(wording.wordProblems(problems, locale))].map((problem) => (problem.message === undefined ? wording.wordProblem(problem, locale) : problem as SpecError))
    : [];

  const datasets: Record<string, LoadedDataset> = Object.create(null);
  const refreshErrors: Error[] = [];
  const rejected: SpecError[] = recordErrors.filter((e) => e.dataset === undefined || (!Object.hasOwn(arrived, e.dataset) && !Object.hasOwn(tables, e.dataset)));
  for (const [id, dataset] of entries) {
    const last = dataset.url != null && previous && Object.hasOwn(previous.datasets, id) ? previous.datasets[id] : undefined;
    const result = read[id];
    const badRecords = recordErrors.filter((e) => e.dataset === id);
    const failure = result instanceof DataLoadError ? result : badRecords.length > 0 ? SpecFailure.fromSpecErrors('invalid-records', badRecords, locale) : undefined;
    if (!failure) {
      datasets[id] = result as LoadedDataset;
      continue;
    }
    // A refresh that fails, or brings data the views cannot read, keeps the last good data, marked stale.
    if (last && !(failure instanceof DataLoadError && failure.kind === 'aborted')) {
      datasets[id] = { ...last, spec: dataset, stale: true };
      refreshErrors.push(failure);
    } else if (failure instanceof DataLoadError) {
      throw failure;
    } else {
      rejected.push(...badRecords);
    }
  }
  if (rejected.length > 0) throw SpecFailure.fromSpecErrors('invalid-records', orderErrors(rejected), locale);
  const loaded: LoadedData = { datasets, sources: { ...(spec.sources ?? {}) } };
  if (refreshErrors.length) loaded.refreshErrors = refreshErrors;
  return loaded;
}

/** A dataset's content read, or what its `invalid-data` DataLoadError is made of. */
function readLoaded(id: string, dataset: Dataset, content: unknown, url: string, path: string, locale: Locale, geo: GeoCode | undefined, fetchedAt?: number): LoadedDataset | DataLoadErrorInit {
  let read;
  try {
    read = readDatasetContent(content, datasetFormat(dataset), dataset, geo);
  } catch (cause) {
    return { kind: 'invalid-data', url, path, datasetId: id, detail: (cause as Error).message, locale, cause };
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

/**
 * One dataset URL, read whole within `timeoutMs` (the deadline covers the body too: a server that
 * answers its headers and then stalls is cut off as well).
 */
async function fetchJson(url: string, fetchFn: typeof globalThis.fetch, outer: AbortSignal | undefined, timeoutMs: number, body: 'json' | 'text' | 'bytes' = 'json'): Promise<Fetched> {
  const fail = (kind: DataLoadErrorKind, more: Partial<Extract<Fetched, { ok: false }>['error']> = {}): Fetched => ({ ok: false, error: { kind, url, ...more } });
  const deadline = readDeadline(outer, timeoutMs);
  const { signal } = deadline;
  let text: string;
  try {
    const response = await fetchFn(url, { signal, headers: { accept: 'application/json, application/geo+json;q=0.9, */*;q=0.5' } });
    // A missing file (the CLI reads file: URLs from disk) is `not-found`; a server's 404 stays `http`, with its status.
    if (!response.ok) return fail(response.status === 404 && url.startsWith('file:') ? 'not-found' : 'http', { status: response.status, statusText: response.statusText });
    if (body === 'bytes') return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
    text = await response.text();
    if (body === 'text') return { ok: true, value: text };
  } catch (cause) {
    // A sandboxed fetch that would not read the URL, or cut the read short: its own code.
    if (cause instanceof ReadRefusal) return fail(cause.kind, cause.limit !== undefined ? { limit: cause.limit } : {});
    if (deadline.timedOut()) return fail('timeout', { limit: timeoutMs });
    if (outer?.aborted || (cause as Error)?.name === 'AbortError') return fail('aborted', { cause });
    return fail('network', { detail: (cause as Error)?.message, cause });
  } finally {
    deadline.done();
  }
  const parsed = await parseJsonLazily(text);
  if (!parsed.ok) return fail('malformed-json', { ...parsed.problem });
  return { ok: true, value: parsed.value };
}
