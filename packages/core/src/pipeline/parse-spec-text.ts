import { parseJsonText } from '../load/parse-json-text.ts';
import { specDocument } from './spec-document.ts';

/**
 * Step 1 of the pipeline: a spec's text → its document. Strict JSON (a leading BOM is
 * dropped); a syntax error is a `malformed-json` DataLoadError with its line and column, the
 * same whether the text came from a file (CLI) or from an element's `src`.
 */
export function parseSpecText(text: string, url: string): unknown {
  return specDocument(parseJsonText(text.replace(/^\uFEFF/, '')), url);
}

