import { DataLoadError, loadLoadErrorWords, readDeadline } from '@tongxin/core';
import { DEFAULT_FETCH_TIMEOUT_MS } from '@tongxin/spec';

/**
 * Fetch the text of the spec an element's `src` names (the pipeline parses it). Failures are
 * DataLoadErrors with path `src`, worded like dataset failures: a 404, a network error and a
 * server that does not answer within `timeoutMs` (the spec's own `fetchTimeout` is not known
 * yet, so the default) each say what happened.
 */
export async function fetchSpecText(url: string, signal: AbortSignal, timeoutMs = DEFAULT_FETCH_TIMEOUT_MS): Promise<string> {
  const path = 'src';
  const deadline = readDeadline(signal, timeoutMs);
  // Aborted by the element (a new src): the abort itself, not an error to show. A failure is worded
  // at once: its words (load-error-words.ts) are imported first, only when something failed.
  const failed = async (cause: unknown): Promise<unknown> => {
    if (signal.aborted) return cause;
    const timedOut = deadline.timedOut();
    await loadLoadErrorWords();
    return timedOut
      ? new DataLoadError({ kind: 'timeout', url, path, limit: timeoutMs, cause })
      : new DataLoadError({ kind: 'network', url, path, cause, detail: (cause as Error)?.message });
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: deadline.signal });
    } catch (cause) {
      throw await failed(cause);
    }
    if (!response.ok) {
      await loadLoadErrorWords();
      throw new DataLoadError({ kind: 'http', url, path, status: response.status, statusText: response.statusText });
    }
    // The deadline covers the body: a server that sends headers and then stalls is cut off too.
    return await readText(response).catch(async (cause) => { throw await failed(cause); });
  } finally {
    deadline.done();
  }
}

/** Bodies larger than this are decoded piece by piece (about 10 ms of decoding on a slow machine). */
const STREAM_FROM_BYTES = 1_000_000;

/**
 * The body as text, decoded piece by piece with a yield to the page every ~10 ms: `response.text()`
 * decodes a 50 MB spec in one long task. Same result (UTF-8, a BOM dropped).
 */
async function readText(response: Response): Promise<string> {
  // Small bodies (and bodies of unknown length) in one call: streaming only pays for large specs.
  const length = Number(response.headers.get('content-length') ?? 0);
  if (!response.body || typeof TextDecoderStream !== 'function' || !(length > STREAM_FROM_BYTES)) return response.text();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  let since = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    if (performance.now() - since > 10) {
      await new Promise((resume) => setTimeout(resume, 0));
      since = performance.now();
    }
  }
  return parts.join('');
}
