/**
 * `loadSpec` (the pipeline's steps 1–5) without freezing the page: same arguments, same result,
 * same errors (`SpecFailure` / `DataLoadError`, re-created from their codes and parameters).
 *
 * - A heavy spec (text of `OFF_THREAD_MIN_CHARS` or more, or a document with
 *   `OFF_THREAD_MIN_RECORDS` inline records or more) loads in a module Worker from the same origin
 *   (`load-spec-worker.js` next to this module; CSP `script-src 'self'` allows it). Big record
 *   arrays come back in chunks of `CHUNK_RECORDS`, each deserialized in its own short task.
 * - A small spec loads on the page: starting a worker and sending the result back costs more than
 *   it saves (measured by bench/heavy-spec.ts; see BENCHMARKS.md).
 * - Without Worker (or when the worker cannot start, e.g. a CSP with `worker-src 'none'`), the
 *   spec loads on the page with a yield to it between the steps (parse, validate, load): each step
 *   is still one task there.
 */
import { loadErrorWording, loadSpec, type LoadedData, type LoadedSpec, type LoadSpecOptions, type LoadStep, type SpecSource } from '@tongxin/core';
import { YIELD_MIN_CHARS, YIELD_MIN_RECORDS } from './load-view-spec.ts';
import {
  CHUNK_RECORDS, TEXT_SLICE, countInlineRecords, decodeError, joinArrays, previousWithoutContent, restoreStale, splitDocument,
  type FromWorker, type Placement, type ToWorker, type WireError,
} from './load-spec-transfer.ts';

/** Spec text from this length on loads in a worker (≈ 5,000 fund records; below, the round trip costs more). */
export const OFF_THREAD_MIN_CHARS = 500_000;
/** A spec document with this many inline records or more loads in a worker. */
export const OFF_THREAD_MIN_RECORDS = 5_000;
export { YIELD_MIN_CHARS, YIELD_MIN_RECORDS };

/** What the load is doing, for the loading state (`messages(locale).loadingStep` words it). */
export interface LoadProgressState {
  step: LoadStep | 'receive';
  /** Inline records in the spec (validate, load). */
  records?: number;
  /** Records received from the worker so far, and in all (receive). */
  done?: number;
  total?: number;
}

export type OffThreadOptions = LoadSpecOptions & {
  /** Called as the load moves on; never after the promise settles. */
  onProgress?: (progress: LoadProgressState) => void;
  /** `never`: always on the page; `always`: in a worker whatever the size (tests, benchmarks). Default `auto`. */
  thread?: 'auto' | 'never' | 'always';
};

/** The worker could not start (no Worker, a CSP refusing it, a failed module load): load on the page instead. */
class WorkerUnavailable extends Error {}

/** `loadSpec` from @tongxin/core, off the main thread when the spec is heavy. */
export async function loadSpecOffThread(source: SpecSource, options: OffThreadOptions = {}): Promise<LoadedSpec> {
  const { thread = 'auto', ...rest } = options;
  const heavy = thread === 'always' || (thread === 'auto' && isHeavy(source));
  // A custom fetch or clock cannot cross to a worker.
  if (heavy && typeof Worker === 'function' && !rest.fetch && !rest.now) {
    try {
      return await loadInWorker(source, rest);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  return loadOnPage(source, rest);
}

function isHeavy(source: SpecSource): boolean {
  if (source.text !== undefined) return source.text.length >= OFF_THREAD_MIN_CHARS;
  return countInlineRecords(source.document) >= OFF_THREAD_MIN_RECORDS;
}

/** Let the page paint and answer input. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}

/**
 * On the page: core's loadSpec, yielding before each step so the loading state can say which one
 * runs — for a spec big enough for a step to be seen; a small one loads in one go.
 */
function loadOnPage(source: SpecSource, options: OffThreadOptions): Promise<LoadedSpec> {
  const { onProgress, ...rest } = options;
  const small = source.text !== undefined ? source.text.length < YIELD_MIN_CHARS : countInlineRecords(source.document) < YIELD_MIN_RECORDS;
  if (small) return loadSpec(source, rest);
  return loadSpec(source, {
    ...rest,
    onStep: async (step, document) => {
      onProgress?.(step === 'parse' ? { step } : { step, records: countInlineRecords(document) });
      await yieldToPage();
      options.signal?.throwIfAborted();
    },
  });
}

function loadInWorker(source: SpecSource, options: OffThreadOptions): Promise<LoadedSpec> {
  const { signal, onProgress, locale, only, previous } = options;
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load-spec-worker.js', import.meta.url), { type: 'module', name: 'tongxin-load-spec' });
  } catch (cause) {
    return Promise.reject(new WorkerUnavailable('worker refused', { cause }));
  }
  return new Promise<LoadedSpec>((resolve, reject) => {
    let heard = false;
    let settled = false;
    let result: { loaded: LoadedSpec; placements: Placement[]; arrays: unknown[][]; total: number; done: number; refreshErrors?: WireError[] } | undefined;
    const finish = (error: unknown, loaded?: LoadedSpec) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      if (loaded) resolve(loaded);
      else reject(error);
    };
    const onAbort = () => finish(signal!.reason);
    signal?.addEventListener('abort', onAbort);
    // A module that fails to load (404, CSP) is an `error` before any message: the page loads the spec instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(heard ? new Error(`load-spec worker failed: ${event.message}`) : new WorkerUnavailable(event.message));
    });
    worker.addEventListener('messageerror', () => finish(new Error('load-spec worker: a message could not be read')));
    worker.addEventListener('message', ({ data: message }: MessageEvent<FromWorker>) => {
      heard = true;
      if (settled) return;
      switch (message.type) {
        case 'step':
          onProgress?.(message.records === undefined ? { step: message.step } : { step: message.step, records: message.records });
          break;
        case 'loaded': {
          const total = message.lengths.reduce((sum, n) => sum + n, 0);
          result = { loaded: message.loaded, placements: message.placements, arrays: message.lengths.map(() => []), total, done: 0 };
          if (message.refreshErrors) result.refreshErrors = message.refreshErrors;
          if (total > 0) onProgress?.({ step: 'receive', done: 0, total });
          worker.postMessage({ type: 'more' } satisfies ToWorker);
          break;
        }
        case 'chunk': {
          if (!result) break;
          const array = result.arrays[message.slot];
          for (const record of message.records) array.push(record);
          result.done += message.records.length;
          onProgress?.({ step: 'receive', done: result.done, total: result.total });
          // The next chunk after the page had its turn (input, a frame).
          void yieldToPage().then(() => {
            if (!settled) worker.postMessage({ type: 'more' } satisfies ToWorker);
          });
          break;
        }
        case 'done': {
          if (!result) break;
          const { loaded } = result;
          joinArrays(loaded as never, result.placements, result.arrays);
          restoreStale(loaded.data, previous);
          const refreshErrors = result.refreshErrors;
          if (!refreshErrors) finish(undefined, loaded);
          // Errors are worded on the page: with the catalogue, imported for them (core's load-error-wording.ts).
          else void loadErrorWording().then(() => {
            loaded.data.refreshErrors = refreshErrors.map((e) => decodeError(e, locale));
            finish(undefined, loaded);
          });
          break;
        }
        case 'failed':
          void loadErrorWording().then(() => finish(decodeError(message.error, locale)));
          break;
      }
    });
    // A document the structured clone cannot copy (a function in it) is judged on the page, by the validator.
    void send(worker, source, { locale, only, previous }, () => settled)
      .catch((error) => finish((error as Error)?.name === 'DataCloneError' ? new WorkerUnavailable('not cloneable', { cause: error }) : error));
  });
}

/** The spec to the worker: a document's big `values` in chunks, with a yield to the page after each. */
async function send(worker: Worker, source: SpecSource, options: { locale?: LoadSpecOptions['locale']; only?: readonly string[]; previous?: LoadedData }, stopped: () => boolean): Promise<void> {
  const post = (message: ToWorker) => worker.postMessage(message);
  const common = {
    url: source.url,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.only ? { only: options.only } : {}),
    ...(options.previous ? { previous: previousWithoutContent(options.previous) } : {}),
  };
  if (source.text !== undefined && source.text.length > TEXT_SLICE) {
    // A long text in slices (cheap views of the string), each copied in its own task.
    const parts = Math.ceil(source.text.length / TEXT_SLICE);
    post({ type: 'start', textParts: parts, ...common, placements: [], lengths: [] });
    for (let i = 0; i < parts; i++) {
      await yieldToPage();
      if (stopped()) return;
      post({ type: 'text', text: source.text.slice(i * TEXT_SLICE, (i + 1) * TEXT_SLICE) });
    }
  } else if (source.text !== undefined) {
    post({ type: 'start', text: source.text, ...common, placements: [], lengths: [] });
  } else {
    const split = splitDocument(source.document);
    post({ type: 'start', document: split.document, ...common, placements: split.placements, lengths: split.arrays.map((a) => a.length) });
    for (const [slot, array] of split.arrays.entries()) {
      for (let i = 0; i < array.length; i += CHUNK_RECORDS) {
        await yieldToPage();
        if (stopped()) return;
        post({ type: 'chunk', slot, records: array.slice(i, i + CHUNK_RECORDS) });
      }
    }
  }
  post({ type: 'run' });
}
