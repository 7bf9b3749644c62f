import { parse, type ParseError, printParseErrorCode } from 'jsonc-parser';

export type JsonRead =
  | { ok: true; value: unknown }
  | { ok: false; problem: string; offset: number };

/** Parses strict JSON (no comments, no trailing commas); on failure, the first problem and where it is. */
export function readJson(text: string): JsonRead {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) return { ok: false, problem: printParseErrorCode(errors[0].error), offset: errors[0].offset };
  return { ok: true, value };
}
