import { DataLoadError } from '@tongxin/core';

/**
 * Fetch the text of the spec an element's `src` names (the pipeline parses it). Failures are
 * DataLoadErrors with path `src`, worded like dataset failures: a 404 and a network error each
 * say what happened.
 */
export async function fetchSpecText(url: string, signal: AbortSignal): Promise<string> {
  const path = 'src';
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new DataLoadError({ kind: 'network', url, path, cause, detail: (cause as Error)?.message });
  }
  if (!response.ok) throw new DataLoadError({ kind: 'http', url, path, status: response.status, statusText: response.statusText });
  return response.text();
}
