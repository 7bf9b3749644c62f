/**
 * The pipeline's steps 1–5 (`loadSpec` from @tongxin/core) in a module Worker, for
 * `loadSpecOffThread`: parse, migrate, validate, fetch the dataset URLs and check the records
 * here, so the page's main thread only receives the result, in chunks (see load-spec-transfer.ts).
 *
 * One worker per load: the page ends it when the load is done or aborted. Same origin only
 * (CSP `script-src 'self'` allows it; no blob: URL, no eval).
 */
import { loadSpec } from '@tongxin/core';
import { CHUNK_RECORDS, countInlineRecords, encodeError, joinArrays, splitLoaded, type FromWorker, type ToWorker } from './load-spec-transfer.ts';

const scope = self as unknown as { postMessage(message: FromWorker): void; addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void };

let start: Extract<ToWorker, { type: 'start' }> | undefined;
let arrays: unknown[][] = [];
let textParts: string[] = [];
/** The result's chunks, sent one per `more` from the page: one message per task there, and a frame between. */
let pending: Generator<FromWorker> | undefined;

scope.addEventListener('message', ({ data: message }) => {
  switch (message.type) {
    case 'start':
      start = message;
      arrays = message.lengths.map(() => []);
      break;
    case 'text':
      textParts.push(message.text);
      break;
    case 'chunk': {
      const array = arrays[message.slot];
      for (const record of message.records) array.push(record);
      break;
    }
    case 'run':
      if (start) void run(start);
      break;
    case 'more': {
      const next = pending?.next();
      if (next && !next.done) scope.postMessage(next.value);
      break;
    }
  }
});

async function run(input: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  if (input.textParts !== undefined) input.text = textParts.join('');
  textParts = [];
  let document = input.document;
  if (document !== undefined && input.placements.length > 0) {
    joinArrays(document as { datasets?: unknown }, input.placements, arrays);
  }
  arrays = [];
  try {
    const loaded = await loadSpec(input.text !== undefined ? { text: input.text, url: input.url } : { document, url: input.url }, {
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.only ? { only: input.only } : {}),
      ...(input.previous ? { previous: input.previous } : {}),
      onStep: (step, parsed) => {
        scope.postMessage(step === 'parse' ? { type: 'step', step } : { type: 'step', step, records: countInlineRecords(parsed) });
      },
    });
    document = undefined;
    const split = splitLoaded(loaded);
    const refreshErrors = loaded.data.refreshErrors?.map(encodeError);
    pending = (function* chunks(): Generator<FromWorker> {
      for (const [slot, array] of split.arrays.entries()) {
        for (let i = 0; i < array.length; i += CHUNK_RECORDS) yield { type: 'chunk', slot, records: array.slice(i, i + CHUNK_RECORDS) };
      }
      yield { type: 'done' };
    })();
    scope.postMessage({ type: 'loaded', loaded: split.loaded, placements: split.placements, lengths: split.arrays.map((a) => a.length), ...(refreshErrors ? { refreshErrors } : {}) });
  } catch (error) {
    scope.postMessage({ type: 'failed', error: encodeError(error) });
  }
}
