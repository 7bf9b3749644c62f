import { DataLoadError, parseJsonText } from '@tongxin/core';
import type { Locale } from '@tongxin/spec';

/**
 * Fetch and parse the spec document named by an element's `src` attribute.
 * Failures are DataLoadErrors with path `src`, worded like dataset failures:
 * a 404, a network error and malformed JSON each say what happened.
 */
export async function fetchSpecDocument(url: string, signal: AbortSignal, locale: Locale): Promise<unknown> {
  const path = 'src';
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new DataLoadError({ kind: 'network', url, path, locale, cause, detail: (cause as Error)?.message });
  }
  if (!response.ok) {
    throw new DataLoadError({ kind: 'http', url, path, locale, status: response.status, statusText: response.statusText });
  }
  const parsed = parseJsonText(await response.text());
  if (!parsed.ok) throw new DataLoadError({ kind: 'malformed-json', url, path, locale, ...parsed.problem });
  return parsed.value;
}
