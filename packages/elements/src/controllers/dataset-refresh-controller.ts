import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DataLoadError,
  LastGoodCache,
  RefreshScheduler,
  SpecFailure,
  TrackedTimers,
  datasetsForUrl,
  hasLoadErrorWords,
  jsonPointer,
  loadData,
  loadLoadErrorWords,
  parseDuration,
  refreshableDatasets,
  sameDatasetContent,
  summarizeRefresh,
  systemClock,
  type Clock,
  type LastGoodStorage,
  type LoadDataOptions,
  type LoadedData,
  type LoadedDataset,
  type LoadedSpec,
  type RefreshState,
  type RefreshStats,
} from '@tongxin/core';
import { DEFAULT_FETCH_TIMEOUT_MS, type Dataset, type Locale, type Spec } from '@tongxin/spec';

export interface DatasetRefreshOptions {
  /**
   * The validated spec, with the datasets already loaded in `data` (none for a dashboard, which
   * loads with `deferDatasets`; all of them for a view that loaded its spec whole).
   */
  loaded: () => LoadedSpec | undefined;
  /** The time the refresh runs on (a test passes a faster one). */
  clock: () => Clock | undefined;
  locale: () => Locale;
  /** Where the last good data persist across page loads; undefined: nowhere. */
  storage?: () => LastGoodStorage | undefined;
  /**
   * Steps 4–5 for the datasets of one URL (`options.only`). Default `loadData` on this thread; a
   * loader that parses off the main thread can be passed, with the same result and errors.
   */
  loadDatasets?: (spec: Spec, options: LoadDataOptions) => Promise<LoadedData>;
}

/** Back-off base when the spec has no `refresh`: a dataset that failed is still retried until it loads. */
export const RETRY_WITHOUT_REFRESH_MS = 10_000;
/** While data are stale, re-render this often so their age keeps counting. */
const AGE_TICK_MS = 15_000;
/**
 * A URL's data are written to the persistent cache on their first arrival, then at most this
 * often: a wall refreshing every 5 s does not rewrite IndexedDB every 5 s, and a reboot shows
 * numbers at most a minute older than the last on screen (with their own age).
 */
const PERSIST_EVERY_MS = 60_000;

/**
 * Loads and refreshes the `url` datasets of a loaded spec, one URL at a time, with
 * `RefreshScheduler` (single flight, back-off, the spec's `fetchTimeout`), so a wall heals itself:
 *
 * - every URL is fetched from the first load on and retried with the back-off until its data come
 *   (also for a spec without `refresh`); a failing URL fails only its own datasets (`data.failed`);
 * - each dataset keeps its last good data marked `stale`, also across page loads (`storage`);
 * - nothing is fetched while the page is hidden or the host is out of the document: a moved host
 *   resumes at once, overdue URLs are fetched once on return.
 *
 * `data` is the spec's data as they stand, the same object until something changed.
 */
export class DatasetRefreshController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DatasetRefreshOptions;
  #from: LoadedSpec | undefined;
  #scheduler: RefreshScheduler<LoadedData> | undefined;
  /** Inline datasets read here when the load left them out. */
  #inline: Record<string, LoadedDataset | Error> = Object.create(null);
  #readingInline = false;
  /** Last good data from the persistent cache, by dataset id, until a fetch brings newer. */
  readonly #restored = new Map<string, LoadedDataset>();
  /** When each URL was last written to the persistent cache (clock ms). */
  readonly #persisted = new Map<string, number>();
  #cache: LastGoodCache | undefined;
  #urls = new Map<string, string>();
  #data: LoadedData | undefined;
  #dirty = true;
  #timers = new TrackedTimers(systemClock);
  #ageTicker: unknown;
  #connected = false;
  #fetchTimeout = DEFAULT_FETCH_TIMEOUT_MS;

  constructor(host: ReactiveControllerHost, options: DatasetRefreshOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#applyPause();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#applyPause();
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Start over when the loaded spec changed (idempotent; the host may call it before rendering). */
  sync(): void {
    const loaded = this.#options.loaded();
    if (loaded === this.#from) return;
    this.#stop();
    this.#from = loaded;
    this.#data = undefined;
    this.#dirty = true;
    if (loaded) this.#start(loaded);
  }

  /** The data as they stand: loaded, last good (`stale`), or failed (`failed`); absent while loading. */
  get data(): LoadedData | undefined {
    const from = this.#from;
    if (!from) return undefined;
    if (!this.#dirty && this.#data) return this.#data;
    this.#dirty = false;
    const previous = this.#data;
    const datasets: Record<string, LoadedDataset> = Object.assign(Object.create(null), from.data.datasets);
    const failed: Record<string, Error> = Object.create(null);
    for (const [id, read] of Object.entries(this.#inline)) {
      if (read instanceof Error) failed[id] = read;
      else datasets[id] = read;
    }
    const scheduler = this.#scheduler;
    for (const id of scheduler?.datasets() ?? []) {
      const state = scheduler!.state(id);
      const had = previous?.datasets[id];
      let next = state.data?.datasets[id];
      if (next && state.status === 'stale') next = { ...next, stale: true, ...(state.lastSuccessAt !== undefined ? { fetchedAt: state.lastSuccessAt } : {}) };
      next ??= this.#restored.get(id);
      if (!next) {
        delete datasets[id];
        if (state.status === 'error') failed[id] = datasetError(state.error, id, this.#urls.get(id) ?? '', this.#options.locale(), this.#fetchTimeout);
        continue;
      }
      // Same numbers as on screen: keep the object, so no view compiles or animates again.
      const same = had && sameDatasetContent(had, next) && Boolean(had.stale) === Boolean(next.stale) && (!next.stale || had.fetchedAt === next.fetchedAt);
      datasets[id] = same ? had : next;
    }
    const unchanged = previous
      && sameKeys(previous.datasets, datasets) && Object.keys(datasets).every((id) => previous.datasets[id] === datasets[id])
      && sameKeys(previous.failed ?? {}, failed) && Object.keys(failed).every((id) => previous.failed?.[id] === failed[id]);
    if (unchanged) return previous;
    const data: LoadedData = { ...from.data, datasets };
    if (Object.keys(failed).length > 0) data.failed = failed;
    this.#data = data;
    return data;
  }

  /**
   * The inline datasets the load left out are being read (no fetch: a few microtasks for JSON
   * values). A dashboard waits for them before it renders its views, so each view draws in its
   * first update instead of rendering a loading frame first.
   */
  get readingInline(): boolean {
    return this.#readingInline;
  }

  /** Per-dataset state of the `url` datasets, the persistent cache's counted as stale since their fetch. */
  states(): Map<string, RefreshState<LoadedData>> {
    const states = new Map<string, RefreshState<LoadedData>>();
    const scheduler = this.#scheduler;
    if (!scheduler) return states;
    for (const id of scheduler.datasets()) {
      const state = scheduler.state(id);
      const restored = this.#restored.get(id);
      if (!state.data && restored?.fetchedAt !== undefined) {
        states.set(id, { ...state, status: 'stale', lastSuccessAt: restored.fetchedAt, age: Math.max(0, this.#timers.now() - restored.fetchedAt) });
      } else {
        states.set(id, state);
      }
    }
    return states;
  }

  state(datasetId: string): RefreshState<LoadedData> | undefined {
    return this.states().get(datasetId);
  }

  /** Scheduler counters, plus the age ticker's timer. */
  stats(): RefreshStats & { otherTimers: number } {
    const refresh = this.#scheduler?.stats() ?? { timersPending: 0, inFlight: 0, fetches: 0, successes: 0, failures: 0 };
    return { ...refresh, otherTimers: this.#timers.pending };
  }

  /** Fetch every URL now (joins fetches already running). */
  refreshNow(): Promise<void> {
    return this.#scheduler?.refreshNow() ?? Promise.resolve();
  }

  #start(loaded: LoadedSpec): void {
    const clock = this.#options.clock() ?? systemClock;
    this.#timers = new TrackedTimers(clock);
    const { spec, baseUrl } = loaded;
    const locale = this.#options.locale();
    const all: Record<string, Dataset> = spec.datasets ?? {};
    // Inline datasets the load left out (a dashboard loads none up front): read them here.
    const inlineIds = Object.keys(all).filter((id) => all[id].url == null && !Object.hasOwn(loaded.data.datasets, id));
    if (inlineIds.length > 0) {
      this.#readingInline = true;
      loadData(spec, { only: inlineIds, baseUrl, locale }).then(
        (data) => {
          if (this.#from !== loaded) return;
          this.#readingInline = false;
          for (const id of inlineIds) if (Object.hasOwn(data.datasets, id)) this.#inline[id] = data.datasets[id];
          this.#changed();
        },
        async (error: unknown) => {
          // loadData's own failures come worded; anything else is worded here, with the words in.
          if (!isWorded(error)) await loadLoadErrorWords();
          if (this.#from !== loaded) return;
          this.#readingInline = false;
          for (const id of inlineIds) this.#inline[id] = datasetError(error, id, 'inline', locale, this.#fetchTimeout);
          this.#changed();
        },
      );
    }
    this.#urls = refreshableDatasets(spec, baseUrl);
    const interval = parseDuration(spec.refresh);
    // Loaded whole and never refreshed: nothing to do.
    if (interval === undefined && [...this.#urls.keys()].every((id) => Object.hasOwn(loaded.data.datasets, id))) this.#urls = new Map();
    if (this.#urls.size === 0) return;
    this.#fetchTimeout = parseDuration(spec.fetchTimeout) ?? DEFAULT_FETCH_TIMEOUT_MS;
    // A fetch the scheduler times out is worded here, synchronously (datasetError): its words
    // (load-error-words.ts, not part of a first render) are fetched now, long before any timeout.
    void loadLoadErrorWords();
    const scheduler = new RefreshScheduler<LoadedData>({
      clock,
      interval: interval ?? RETRY_WITHOUT_REFRESH_MS,
      repeat: interval !== undefined,
      fetchTimeout: this.#fetchTimeout,
      fetcher: (url, signal) => (this.#options.loadDatasets ?? loadData)(spec, { only: datasetsForUrl(spec, url, baseUrl), baseUrl, signal, locale: this.#options.locale(), now: () => clock.now() }),
      onChange: (id, state) => this.#onChange(id, state),
    });
    for (const [id, url] of this.#urls) {
      const have = loaded.data.datasets[id];
      scheduler.add(id, url, have ? { data: { datasets: { [id]: have }, sources: {} }, ...(have.fetchedAt !== undefined ? { fetchedAt: have.fetchedAt } : {}) } : undefined);
    }
    this.#scheduler = scheduler;
    if (this.#shouldPause()) scheduler.pause();
    scheduler.start();
    this.#restore(loaded, clock);
  }

  /** Fill the datasets still without data from the persistent cache: yesterday's numbers, marked stale. */
  #restore(loaded: LoadedSpec, clock: Clock): void {
    const storage = this.#options.storage?.();
    if (!storage) return;
    this.#cache ??= new LastGoodCache(storage);
    const cache = this.#cache;
    const all: Record<string, Dataset> = loaded.spec.datasets ?? {};
    for (const url of new Set(this.#urls.values())) {
      const ids = datasetsForUrl(loaded.spec, url, loaded.baseUrl);
      void cache.read(url, Object.fromEntries(ids.map((id) => [id, all[id]])), clock.now()).then((found) => {
        if (!found || this.#from !== loaded || !this.#scheduler) return;
        let added = false;
        for (const [id, dataset] of Object.entries(found.datasets)) {
          if (this.#scheduler.state(id).data) continue;
          this.#restored.set(id, dataset);
          added = true;
        }
        if (added) {
          this.#changed();
          this.#tickAge();
        }
      });
    }
  }

  #onChange(id: string, state: RefreshState<LoadedData>): void {
    if (state.status === 'fresh') {
      this.#restored.delete(id);
      this.#persist(id, state);
    }
    // Should a failure the scheduler made itself come before its words did (see #start), it is
    // worded again once they are in.
    if (state.status === 'error' && !isWorded(state.error) && !hasLoadErrorWords()) {
      const from = this.#from;
      void loadLoadErrorWords().then(() => {
        if (this.#from === from) this.#changed();
      });
    }
    this.#changed();
    this.#timers.clear(this.#ageTicker);
    this.#ageTicker = undefined;
    this.#tickAge();
  }

  /** Write a URL's fresh datasets to the persistent cache, once per URL (at its last dataset's change). */
  #persist(id: string, state: RefreshState<LoadedData>): void {
    const from = this.#from;
    const url = this.#urls.get(id);
    if (!from || !url || !this.#cache || state.lastSuccessAt === undefined) return;
    const ids = datasetsForUrl(from.spec, url, from.baseUrl);
    if (ids[ids.length - 1] !== id) return;
    const datasets = ids.map((other) => state.data?.datasets[other] ?? this.#scheduler?.state(other).data?.datasets[other]).filter((d): d is LoadedDataset => d !== undefined);
    const last = this.#persisted.get(url);
    if (last !== undefined && state.lastSuccessAt - last < PERSIST_EVERY_MS) return;
    this.#persisted.set(url, state.lastSuccessAt);
    void this.#cache.write(url, state.lastSuccessAt, datasets);
  }

  #changed(): void {
    this.#dirty = true;
    this.#host.requestUpdate();
  }

  #tickAge(): void {
    if (this.#ageTicker !== undefined || !this.#connected) return;
    const summary = summarizeRefresh(this.states());
    if (summary.status !== 'stale' && summary.status !== 'error') return;
    this.#ageTicker = this.#timers.set(() => {
      this.#ageTicker = undefined;
      this.#host.requestUpdate();
      this.#tickAge();
    }, AGE_TICK_MS);
  }

  #shouldPause(): boolean {
    return !this.#connected || document.visibilityState === 'hidden';
  }

  #applyPause(): void {
    const scheduler = this.#scheduler;
    if (this.#shouldPause()) {
      scheduler?.pause();
      this.#timers.clear(this.#ageTicker);
      this.#ageTicker = undefined;
    } else {
      scheduler?.resume();
      this.#tickAge();
      // The header's age and stale state are read again now, not at the next change.
      this.#host.requestUpdate();
    }
  }

  #stop(): void {
    this.#scheduler?.stop();
    this.#scheduler = undefined;
    this.#timers.clearAll();
    this.#ageTicker = undefined;
    this.#restored.clear();
    this.#inline = Object.create(null);
    this.#readingInline = false;
    this.#urls = new Map();
  }

  readonly #onVisibility = (): void => this.#applyPause();
}

/** A failure that carries its own words: what `datasetError` passes on as is. */
function isWorded(error: unknown): boolean {
  return error instanceof DataLoadError || error instanceof SpecFailure;
}

/**
 * A dataset's failure as the views show it: a `DataLoadError` or `SpecFailure` as is; the
 * scheduler's fetch timeout as `timeout` with the spec's limit; anything else as `network`.
 */
function datasetError(error: unknown, datasetId: string, url: string, locale: Locale, timeoutMs: number): Error {
  if (isWorded(error)) return error as Error;
  const path = jsonPointer('datasets', datasetId, url === 'inline' ? 'values' : 'url');
  if ((error as Error | undefined)?.name === 'TimeoutError') return new DataLoadError({ kind: 'timeout', url, path, datasetId, limit: timeoutMs, locale, cause: error });
  return new DataLoadError({ kind: 'network', url, path, datasetId, detail: error instanceof Error ? error.message : String(error), locale, cause: error });
}

function sameKeys(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k));
}
