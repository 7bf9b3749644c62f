import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  detail: string;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

/**
 * Strict JSON. On a syntax error, where it is (1-based line and column):
 * browsers' JSON.parse messages differ and some give no position, so a
 * tolerant parser locates the first error.
 */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const errors: ParseError[] = [];
    try {
      parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      // jsonc-parser recurses: a document nested thousands deep overflows the stack. Position unknown then.
    }
    const first = errors[0];
    const offset = first ? first.offset : 0;
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, problem: { line, column, detail: first ? printParseErrorCode(first.error) : String((error as Error).message) } };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
