/**
 * The pipeline's steps 1–5 for a view element: `loadSpec` from @tongxin/core straight away for a
 * spec small enough to load in one task (almost every spec), and `loadSpecOffThread` — the worker,
 * the chunked transfer, the yields between steps — loaded with `import()` only for one that is
 * not: its code is not part of what a page loads before a first render (bench/size.ts). A spec
 * that big takes tens of milliseconds or more to load, so fetching that chunk does not show.
 */
import { loadSpec, type LoadedSpec, type SpecSource } from '@tongxin/core';
import { countInlineRecords } from './count-inline-records.ts';
import type { OffThreadOptions } from './load-spec-off-thread.ts';

/**
 * Below these (text length, inline records) a spec on the page loads in one task: its steps take
 * well under a frame, so a loading state between them would never be painted, and each yield to
 * the page costs a task hop before the first drawing (bench/overhead.ts).
 */
export const YIELD_MIN_CHARS = 50_000;
export const YIELD_MIN_RECORDS = 500;

/** Same arguments, result and errors as `loadSpecOffThread`. */
export async function loadViewSpec(source: SpecSource, options: OffThreadOptions = {}): Promise<LoadedSpec> {
  const { thread = 'auto', onProgress: _onProgress, ...rest } = options;
  const small = source.text !== undefined ? source.text.length < YIELD_MIN_CHARS : countInlineRecords(source.document) < YIELD_MIN_RECORDS;
  if (thread === 'auto' && small) return loadSpec(source, rest);
  const { loadSpecOffThread } = await import('./load-spec-off-thread.ts');
  options.signal?.throwIfAborted();
  return loadSpecOffThread(source, options);
}
