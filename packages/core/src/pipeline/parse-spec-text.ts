import { useLoadErrorWords } from '../load/data-load-error.ts';
import { loadErrorWords } from '../load/load-error-words.ts';
import { parseJsonText } from '../load/parse-json-text.ts';
import { specDocument } from './spec-document.ts';

/**
 * Step 1 of the pipeline: a spec's text → its document. Strict JSON (a leading BOM is
 * dropped); a syntax error is a `malformed-json` DataLoadError with its line and column, the
 * same whether the text came from a file (CLI) or from an element's `src`.
 */
export function parseSpecText(text: string, url: string): unknown {
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''));
  // Synchronous, for the CLI and tools: the words of its error come with this module.
  if (!parsed.ok) useLoadErrorWords(loadErrorWords);
  return specDocument(parsed, url);
}
