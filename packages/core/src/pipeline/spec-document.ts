import { DataLoadError } from '../load/data-load-error.ts';
import { parseJsonLazily } from '../load/parse-json-lazily.ts';
import type { JsonParseResult } from '../load/parse-json-text.ts';
import { loadErrorWording } from './load-error-wording.ts';

/**
 * `parseSpecText` as `loadSpec` runs it: the same answer, with the error-locating parser and the
 * wording of its problem and of the error (`loadErrorWording`) loaded only for a syntax error.
 */
export async function parseSpecTextLazily(text: string, url: string): Promise<unknown> {
  const parsed = await parseJsonLazily(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) await loadErrorWording();
  return specDocument(parsed, url);
}

/** A parse result → the document, or the `malformed-json` DataLoadError with its line and column. */
export function specDocument(parsed: JsonParseResult, url: string): unknown {
  if (!parsed.ok) throw new DataLoadError({ kind: 'malformed-json', url, path: '', ...parsed.problem });
  return parsed.value;
}
