import { backoffDelay, DEFAULT_MAX_BACKOFF } from './backoff-delay.ts';
import { systemClock, TrackedTimers, type Clock } from './clock.ts';

/** Fetches and parses one URL; must give up when `signal` aborts. */
export type Fetcher<T> = (url: string, signal: AbortSignal) => Promise<T>;

/**
 * - `loading`: never fetched yet.
 * - `fresh`: the last fetch succeeded.
 * - `stale`: the last fetch failed; `data` is the last good data, `lastSuccessAt` says from when.
 * - `error`: fetching failed and there are no good data to show.
 */
export type RefreshStatus = 'loading' | 'fresh' | 'stale' | 'error';

export interface RefreshState<T> {
  status: RefreshStatus;
  /** The last good data (kept through failures). */
  data?: T;
  /** When the last fetch succeeded (clock ms). */
  lastSuccessAt?: number;
  /** ms since `lastSuccessAt`, at the time the state was read. */
  age?: number;
  /** The last failure's reason while not fresh. */
  error?: unknown;
  /** Failures since the last success. */
  failures: number;
  /** When the next fetch is due (clock ms), if one is scheduled. */
  nextAttemptAt?: number;
}

/** Counters a long-run test watches: none of them may grow with the number of cycles. */
export interface RefreshStats {
  timersPending: number;
  inFlight: number;
  fetches: number;
  successes: number;
  failures: number;
}

export interface RefreshSchedulerOptions<T> {
  fetcher: Fetcher<T>;
  /** Refresh interval in ms (spec `refresh`), also the base of the back-off. */
  interval: number;
  /**
   * Fetch again `interval` after a success. Default true. False: fetch each URL until it has
   * succeeded once (a spec without `refresh`), still retrying failures with the back-off.
   */
  repeat?: boolean;
  /** Back-off ceiling in ms. Default 10 minutes. */
  maxBackoff?: number;
  /** Back-off growth per failure. Default 2. */
  backoffFactor?: number;
  /** Share of a back-off delay removed at random (0–1). Default 0.1; tests pass 0. */
  jitter?: number;
  random?: () => number;
  /** A fetch still running after this many ms is aborted and counts as a failure. Default 30 s. */
  fetchTimeout?: number;
  clock?: Clock;
  /** Called after a dataset's state changes, with the state as `state()` would return it. */
  onChange?: (datasetId: string, state: RefreshState<T>) => void;
}

interface UrlEntry<T> {
  url: string;
  datasetIds: string[];
  data?: T;
  hasData: boolean;
  lastSuccessAt?: number;
  error?: unknown;
  failures: number;
  attempted: boolean;
  timer?: unknown;
  nextAttemptAt?: number;
  /** While paused: when the next fetch falls due (clock ms); undefined when none will. */
  dueAt?: number;
  controller?: AbortController;
  inFlight?: Promise<void>;
}

/** The reason a fetch is aborted by `pause()`: not a failure, the fetch runs again on `resume()`. */
class PauseAbort extends Error {
  override name = 'AbortError';
}

class FetchTimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Re-fetches a dashboard's URL datasets every `interval`, all day, without growing.
 *
 * - One schedule per URL: datasets that name the same URL share one fetch (single-flight);
 *   `refreshNow` while a fetch runs joins it instead of starting another.
 * - A failure keeps the last good data (state `stale`) and retries after a doubling
 *   back-off up to a ceiling; the next success clears it (state `fresh`).
 * - `pause()` / `resume()` (a hidden page, an element moved in the document): nothing is
 *   fetched and no timer waits while paused; on resume, each overdue URL is fetched once, at once.
 * - `stop()` cancels every timer and aborts every fetch; nothing is fetched after it.
 */
export class RefreshScheduler<T> {
  readonly #options: RefreshSchedulerOptions<T>;
  readonly #timers: TrackedTimers;
  readonly #byUrl = new Map<string, UrlEntry<T>>();
  readonly #urlOfDataset = new Map<string, string>();
  #started = false;
  #stopped = false;
  #paused = false;
  #fetches = 0;
  #successes = 0;
  #failures = 0;

  constructor(options: RefreshSchedulerOptions<T>) {
    if (!(options.interval > 0)) throw new RangeError(`refresh interval must be positive, got ${options.interval}`);
    this.#options = options;
    this.#timers = new TrackedTimers(options.clock ?? systemClock);
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  get paused(): boolean {
    return this.#paused;
  }

  /**
   * Stop fetching for now (a hidden page, an element out of the document): no timer stays
   * pending and a fetch in flight is aborted without counting as a failure. Every URL remembers
   * when its next fetch falls due; `resume()` fetches those overdue at once, one fetch per URL.
   */
  pause(): void {
    if (this.#paused || this.#stopped) return;
    this.#paused = true;
    this.#timers.clearAll();
    const now = this.#timers.now();
    for (const entry of this.#byUrl.values()) {
      if (entry.controller) {
        entry.dueAt = now;
        entry.controller.abort(new PauseAbort('refresh paused'));
      } else if (entry.timer !== undefined) {
        entry.dueAt = entry.nextAttemptAt;
      } else if (!entry.attempted && this.#started) {
        entry.dueAt = now;
      }
      entry.timer = undefined;
      entry.nextAttemptAt = undefined;
    }
  }

  /** Carry on after `pause()`: overdue URLs are fetched now, the others when they fall due. */
  resume(): void {
    if (!this.#paused || this.#stopped) return;
    this.#paused = false;
    if (!this.#started) return;
    const now = this.#timers.now();
    for (const entry of this.#byUrl.values()) {
      const dueAt = entry.dueAt;
      entry.dueAt = undefined;
      if (entry.inFlight || dueAt === undefined) continue;
      if (dueAt <= now) void this.#run(entry);
      else this.#schedule(entry, dueAt - now);
    }
  }

  /**
   * Watch a dataset's URL. Pass `initial` when the data were already loaded: the first
   * refresh then waits one interval instead of fetching at `start()`.
   */
  add(datasetId: string, url: string, initial?: { data: T; fetchedAt?: number }): void {
    if (this.#stopped) return;
    if (this.#urlOfDataset.has(datasetId)) throw new Error(`dataset "${datasetId}" is already scheduled`);
    this.#urlOfDataset.set(datasetId, url);
    let entry = this.#byUrl.get(url);
    if (!entry) {
      entry = { url, datasetIds: [], hasData: false, failures: 0, attempted: false };
      this.#byUrl.set(url, entry);
    }
    entry.datasetIds.push(datasetId);
    if (initial && !entry.hasData) {
      entry.data = initial.data;
      entry.hasData = true;
      entry.attempted = true;
      entry.lastSuccessAt = initial.fetchedAt ?? this.#timers.now();
    }
    if (this.#started) this.#kick(entry);
  }

  /** Fetch every URL without data now, and schedule the others one interval on. */
  start(): void {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    for (const entry of this.#byUrl.values()) this.#kick(entry);
  }


  /** Fetch now (one dataset's URL, or all); joins a fetch already running. */
  refreshNow(datasetId?: string): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    const entries = datasetId === undefined ? [...this.#byUrl.values()] : [this.#entryOf(datasetId)];
    return Promise.all(entries.map((entry) => this.#run(entry))).then(() => undefined);
  }

  /** Cancel every timer and abort every fetch. Final: a stopped scheduler fetches nothing more. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#timers.clearAll();
    for (const entry of this.#byUrl.values()) {
      entry.timer = undefined;
      entry.nextAttemptAt = undefined;
      entry.controller?.abort(new DOMException('The dashboard stopped refreshing.', 'AbortError'));
    }
  }

  /** The state of one dataset, with its age computed now. */
  state(datasetId: string): RefreshState<T> {
    const entry = this.#entryOf(datasetId);
    const now = this.#timers.now();
    const status: RefreshStatus = !entry.attempted
      ? 'loading'
      : entry.failures === 0
        ? (entry.hasData ? 'fresh' : 'loading')
        : entry.hasData ? 'stale' : 'error';
    const state: RefreshState<T> = { status, failures: entry.failures };
    if (entry.hasData) state.data = entry.data;
    if (entry.lastSuccessAt !== undefined) {
      state.lastSuccessAt = entry.lastSuccessAt;
      state.age = Math.max(0, now - entry.lastSuccessAt);
    }
    if (entry.failures > 0) state.error = entry.error;
    if (entry.nextAttemptAt !== undefined) state.nextAttemptAt = entry.nextAttemptAt;
    return state;
  }

  /** Dataset ids being refreshed. */
  datasets(): string[] {
    return [...this.#urlOfDataset.keys()];
  }

  stats(): RefreshStats {
    let inFlight = 0;
    for (const entry of this.#byUrl.values()) if (entry.controller) inFlight++;
    return {
      timersPending: this.#timers.pending,
      inFlight,
      fetches: this.#fetches,
      successes: this.#successes,
      failures: this.#failures,
    };
  }

  #entryOf(datasetId: string): UrlEntry<T> {
    const url = this.#urlOfDataset.get(datasetId);
    const entry = url === undefined ? undefined : this.#byUrl.get(url);
    if (!entry) throw new Error(`dataset "${datasetId}" is not scheduled`);
    return entry;
  }

  #kick(entry: UrlEntry<T>): void {
    if (entry.inFlight || entry.timer !== undefined) return;
    if (!entry.hasData) void this.#run(entry);
    else if (this.#options.repeat !== false) this.#schedule(entry, this.#options.interval);
  }

  #schedule(entry: UrlEntry<T>, delay: number): void {
    if (this.#stopped) return;
    if (this.#paused) {
      entry.dueAt = this.#timers.now() + delay;
      return;
    }
    this.#timers.clear(entry.timer);
    entry.nextAttemptAt = this.#timers.now() + delay;
    entry.timer = this.#timers.set(() => {
      entry.timer = undefined;
      entry.nextAttemptAt = undefined;
      void this.#run(entry);
    }, delay);
  }

  #run(entry: UrlEntry<T>): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#paused) {
      entry.dueAt = this.#timers.now();
      return entry.inFlight ?? Promise.resolve();
    }
    if (entry.inFlight) return entry.inFlight;
    this.#timers.clear(entry.timer);
    entry.timer = undefined;
    entry.nextAttemptAt = undefined;

    const controller = new AbortController();
    entry.controller = controller;
    this.#fetches++;
    const timeout = this.#timers.set(
      () => controller.abort(new FetchTimeoutError(`fetching ${entry.url} took too long`)),
      this.#options.fetchTimeout ?? 30_000,
    );
    const settle = async (): Promise<void> => {
      let data: T | undefined;
      let failure: unknown;
      let ok = false;
      try {
        data = await this.#options.fetcher(entry.url, controller.signal);
        ok = !controller.signal.aborted;
        if (!ok) failure = controller.signal.reason;
      } catch (error) {
        // Aborted by the timeout or by pause(): that is the reason, whatever the fetcher made of it.
        failure = controller.signal.aborted ? controller.signal.reason : error;
      } finally {
        this.#timers.clear(timeout);
        entry.controller = undefined;
        entry.inFlight = undefined;
      }
      if (this.#stopped) return;
      // Aborted by pause(): not a failure; resume() fetches it again.
      if (!ok && failure instanceof PauseAbort) return;
      entry.attempted = true;
      if (ok) {
        this.#successes++;
        entry.data = data;
        entry.hasData = true;
        entry.lastSuccessAt = this.#timers.now();
        entry.failures = 0;
        entry.error = undefined;
        if (this.#options.repeat !== false) this.#schedule(entry, this.#options.interval);
      } else {
        this.#failures++;
        entry.failures++;
        entry.error = failure;
        this.#schedule(entry, backoffDelay(entry.failures, {
          base: this.#options.interval,
          factor: this.#options.backoffFactor,
          max: this.#options.maxBackoff ?? DEFAULT_MAX_BACKOFF,
          jitter: this.#options.jitter ?? 0.1,
          random: this.#options.random,
        }));
      }
      this.#notify(entry);
    };
    // Start the fetch on a microtask so `inFlight` is set before a synchronous throw settles it.
    entry.inFlight = Promise.resolve().then(settle);
    return entry.inFlight;
  }

  #notify(entry: UrlEntry<T>): void {
    const { onChange } = this.#options;
    if (!onChange) return;
    for (const datasetId of entry.datasetIds) {
      try {
        onChange(datasetId, this.state(datasetId));
      } catch (error) {
        // A listener's bug must not stop the refresh loop; surface it where errors are seen.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
