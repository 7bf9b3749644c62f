import type { JsonParseResult } from './parse-json-text.ts';

/**
 * `parseJsonText` for pages: `JSON.parse`, and only when that fails the tolerant parser that
 * finds the error's line and column (jsonc-parser, loaded with `import()`): a page whose JSON
 * is well formed never downloads it. The same result as `parseJsonText`.
 */
export async function parseJsonLazily(text: string): Promise<JsonParseResult> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return (await import('./parse-json-text.ts')).parseJsonText(text);
  }
}
