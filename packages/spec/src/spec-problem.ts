/**
 * A problem found in a spec before it is worded: its code, pointers and parameters. The checks
 * report through an `ErrorMaker`: `specError` (errors.ts) words each problem at once for
 * `validateSpec` and `validateRecords`; the fast path of a first render (`quickValidate`, the
 * records check in core's `loadData`) uses `specProblem`, which does not, so the message
 * catalogue (messages.ts) is loaded only once something has to be shown.
 */
import type { SpecError } from './errors.ts';
import type { MessageParams, SpecErrorCode } from './messages.ts';
import type { RecordOrigin } from './record-origin.ts';
import { pointerDepth } from './pointer.ts';
import type { Locale } from './types.ts';

/** A problem as a check found it; `SpecError` is the same, worded. */
export type SpecProblem = Omit<SpecError, 'message' | 'hint'> & { message?: string; hint?: string };

/** Where a problem is, beyond its pointer into the spec. */
export interface ProblemPlace {
  dataset?: string;
  dataPath?: string;
  origin?: RecordOrigin;
}

/** Builds the error for one problem a check found. */
export type ErrorMaker<E extends SpecProblem = SpecProblem> = <C extends SpecErrorCode>(code: C, path: string, params: MessageParams<C>, locale: Locale, where?: ProblemPlace) => E;

/** The problem, not worded (no catalogue needed): `specError` words it later with the same arguments. */
export const specProblem: ErrorMaker = (code, path, params, _locale, where = {}) => {
  const problem: SpecProblem = { path, code, params: (params ?? {}) as Record<string, unknown> };
  if (where.dataset !== undefined) problem.dataset = where.dataset;
  if (where.dataPath !== undefined) problem.dataPath = where.dataPath;
  if (where.origin !== undefined) problem.origin = where.origin;
  return problem;
};

/**
 * What tells two problems apart: code, pointers and the message — or, not worded, the parameters
 * and origin the message is made from.
 */
export function problemKey(problem: SpecProblem): string {
  const text = problem.message ?? `${JSON.stringify(problem.params ?? {})}\u0000${JSON.stringify(problem.origin ?? null)}`;
  return `${problem.code}\u0000${problem.path}\u0000${problem.dataPath ?? ''}\u0000${text}`;
}

/** Deepest first (by the pointer into the loaded data, then the spec), otherwise in the order found; duplicates dropped. */
export function orderErrors<E extends SpecProblem>(errors: readonly E[]): E[] {
  const seen = new Set<string>();
  const unique = errors.filter((error) => {
    const key = problemKey(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const depth = (error: E) => pointerDepth(error.path) + (error.dataPath ? pointerDepth(error.dataPath) : 0);
  return unique
    .map((error, index) => ({ error, index }))
    .sort((a, b) => depth(b.error) - depth(a.error) || a.index - b.index)
    .map(({ error }) => error);
}
