import type { Dataset } from '@tongxin/spec';
import type { LoadedDataset } from '../model.ts';

/**
 * Where the last good data live between page loads: a key–value store of strings. The elements
 * pass an IndexedDB one; tests and Node pass a Map. Any method may reject (private mode, quota,
 * a blocked database): the cache treats that as "nothing stored" and never throws.
 */
export interface LastGoodStorage {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface LastGoodBounds {
  /** Largest entry kept, in characters of JSON (a township GeoJSON is ~1 MB). Default 4,000,000. */
  maxEntryChars: number;
  /** Most URLs kept; the least recently fetched go first. Default 32. */
  maxEntries: number;
  /** Older data are not shown, however long the outage. Default 30 days (county figures change monthly). */
  maxAge: number;
}

export const DEFAULT_LAST_GOOD_BOUNDS: LastGoodBounds = { maxEntryChars: 4_000_000, maxEntries: 32, maxAge: 30 * 24 * 3_600_000 };

/** What is kept for one URL: when it was fetched and each dataset read from it, with the dataset's spec it was read by. */
export interface LastGoodEntry {
  url: string;
  /** When the data arrived (ms since epoch, on the dashboard's clock). */
  fetchedAt: number;
  datasets: Record<string, { spec: Dataset; dataset: Omit<LoadedDataset, 'spec' | 'stale'> }>;
}

/** The index of stored URLs, kept under its own key so bounds never need to read every entry. */
type LastGoodIndex = Record<string, { fetchedAt: number; chars: number }>;

const PREFIX = 'tongxin:last-good:v1:';
const INDEX_KEY = `${PREFIX}index`;

/** The storage key of a resolved dataset URL. */
export function lastGoodKey(url: string): string {
  return `${PREFIX}url:${url}`;
}

/** The entry for one URL as stored text, or undefined when it is larger than the bound. */
export function encodeLastGood(entry: LastGoodEntry, bounds: LastGoodBounds = DEFAULT_LAST_GOOD_BOUNDS): string | undefined {
  const text = JSON.stringify(entry);
  return text.length <= bounds.maxEntryChars ? text : undefined;
}

/**
 * The datasets a stored entry can give back for the spec in force: only those still read from
 * the same URL by the same dataset definition (a changed `fields` or `property` reads another
 * shape), only when not older than `maxAge`. Each comes back marked `stale` with its `fetchedAt`.
 */
export function decodeLastGood(
  text: string | undefined,
  url: string,
  datasets: Readonly<Record<string, Dataset>>,
  now: number,
  bounds: LastGoodBounds = DEFAULT_LAST_GOOD_BOUNDS,
): { fetchedAt: number; datasets: Record<string, LoadedDataset> } | undefined {
  if (typeof text !== 'string') return undefined;
  let entry: LastGoodEntry;
  try {
    entry = JSON.parse(text) as LastGoodEntry;
  } catch {
    return undefined;
  }
  if (!entry || entry.url !== url || typeof entry.fetchedAt !== 'number' || now - entry.fetchedAt > bounds.maxAge) return undefined;
  const restored: Record<string, LoadedDataset> = Object.create(null);
  for (const [id, spec] of Object.entries(datasets)) {
    const kept = Object.hasOwn(entry.datasets ?? {}, id) ? entry.datasets[id] : undefined;
    if (!kept || JSON.stringify(kept.spec) !== JSON.stringify(spec)) continue;
    restored[id] = { ...kept.dataset, id, spec, stale: true, fetchedAt: entry.fetchedAt };
  }
  return Object.keys(restored).length > 0 ? { fetchedAt: entry.fetchedAt, datasets: restored } : undefined;
}

/** Which stored URLs to drop so that `index` fits the bounds: too old, then the least recently fetched. */
export function lastGoodEvictions(index: Readonly<LastGoodIndex>, now: number, bounds: LastGoodBounds = DEFAULT_LAST_GOOD_BOUNDS): string[] {
  const urls = Object.keys(index);
  const expired = urls.filter((url) => now - index[url].fetchedAt > bounds.maxAge);
  const kept = urls.filter((url) => !expired.includes(url)).sort((a, b) => index[b].fetchedAt - index[a].fetchedAt);
  return [...expired, ...kept.slice(bounds.maxEntries)];
}

/**
 * The last good data of each dataset URL, kept across page loads, so a wall rebooted during an
 * outage shows yesterday's numbers marked stale instead of a blank. Every storage failure is
 * swallowed: the cache is a help for drawing, never a reason not to draw.
 */
export class LastGoodCache {
  readonly #storage: LastGoodStorage;
  readonly #bounds: LastGoodBounds;
  /** Index writes in order, so two URLs stored at once do not lose each other's line. */
  #indexQueue: Promise<unknown> = Promise.resolve();

  constructor(storage: LastGoodStorage, bounds: Partial<LastGoodBounds> = {}) {
    this.#storage = storage;
    this.#bounds = { ...DEFAULT_LAST_GOOD_BOUNDS, ...bounds };
  }

  /** The stored datasets of `url` still valid for `datasets` (id → definition), marked stale. */
  async read(url: string, datasets: Readonly<Record<string, Dataset>>, now: number): Promise<ReturnType<typeof decodeLastGood>> {
    try {
      return decodeLastGood(await this.#storage.get(lastGoodKey(url)), url, datasets, now, this.#bounds);
    } catch {
      return undefined;
    }
  }

  /** Keep the datasets just read from `url`. Resolves false when nothing was stored (too large, storage failing). */
  write(url: string, fetchedAt: number, datasets: readonly LoadedDataset[]): Promise<boolean> {
    const entry: LastGoodEntry = { url, fetchedAt, datasets: {} };
    for (const { spec, stale: _stale, ...dataset } of datasets) entry.datasets[dataset.id] = { spec, dataset };
    const text = encodeLastGood(entry, this.#bounds);
    if (text === undefined) return Promise.resolve(false);
    const done = this.#indexQueue.then(async () => {
      try {
        await this.#storage.set(lastGoodKey(url), text);
        const index = await this.#readIndex();
        index[url] = { fetchedAt, chars: text.length };
        for (const evicted of lastGoodEvictions(index, fetchedAt, this.#bounds)) {
          delete index[evicted];
          await this.#storage.delete(lastGoodKey(evicted));
        }
        await this.#storage.set(INDEX_KEY, JSON.stringify(index));
        return Object.hasOwn(index, url);
      } catch {
        return false;
      }
    });
    this.#indexQueue = done;
    return done;
  }

  async #readIndex(): Promise<LastGoodIndex> {
    try {
      const parsed = JSON.parse((await this.#storage.get(INDEX_KEY)) ?? '{}') as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return Object.create(null);
      const index: LastGoodIndex = Object.create(null);
      for (const [url, line] of Object.entries(parsed as LastGoodIndex)) {
        if (line && typeof line.fetchedAt === 'number') index[url] = line;
      }
      return index;
    } catch {
      return Object.create(null);
    }
  }
}
