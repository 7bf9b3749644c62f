import { messageText, withOriginText, type MessageParams, type RecordOrigin, type SpecErrorCode } from './messages.ts';
import type { Locale, Spec } from './types.ts';
import type { ErrorMaker, SpecProblem } from './spec-problem.ts';

export { orderErrors } from './spec-problem.ts';

/** One problem found in a spec. */
export interface SpecError {
  /** JSON Pointer of the offending value in the spec; `''` is the document itself. */
  path: string;
  /** What is wrong, in the requested locale. */
  message: string;
  /** What to do about it, where there is something useful to say. */
  hint?: string;
  /** Stable id of the problem, e.g. `unknown-dataset`; see `messages`. */
  code: SpecErrorCode;
  /** The message's parameters, so the error can be shown again in another locale (`formatErrors`). */
  params?: Record<string, unknown>;
  /**
   * For problems inside a dataset loaded from its `url` (passed in `options.datasets`): the
   * dataset's id, and `dataPath`, the JSON Pointer of the offending value inside the loaded
   * contents. `path` then points at the dataset in the spec.
   */
  dataset?: string;
  dataPath?: string;
  /**
   * For records read from a table (CSV, TSV, xlsx, a JSON response reshaped by `fields` or
   * `transform`): where the value at `dataPath` came from — its source cell or row, or the transform
   * that made the record. The message starts with it.
   */
  origin?: RecordOrigin;
}

export interface ValidationResult {
  valid: boolean;
  /** Deepest first; no duplicates. */
  errors: SpecError[];
  /** The spec migrated to the current version; present when valid. */
  spec?: Spec;
}

/** Builds an error with its message in `locale` (an `ErrorMaker`: the checks report through it). */
export function specError<C extends SpecErrorCode>(
  code: C,
  path: string,
  params: MessageParams<C>,
  locale: Locale,
  where: { dataset?: string; dataPath?: string; origin?: RecordOrigin } = {},
): SpecError {
  const text = withOriginText(messageText(code, params, locale), where.origin, locale);
  const error: SpecError = { path, message: text.message, code };
  if (text.hint !== undefined) error.hint = text.hint;
  error.params = (params ?? {}) as Record<string, unknown>;
  if (where.dataset !== undefined) error.dataset = where.dataset;
  if (where.dataPath !== undefined) error.dataPath = where.dataPath;
  if (where.origin !== undefined) error.origin = where.origin;
  return error;
}

/** A problem found without wording (`specProblem`), worded as `specError` would have made it. */
export function wordProblem(problem: SpecProblem, locale: Locale): SpecError {
  const { dataset, dataPath, origin } = problem;
  return specError(problem.code, problem.path, (problem.params ?? {}) as never, locale, {
    ...(dataset !== undefined ? { dataset } : {}),
    ...(dataPath !== undefined ? { dataPath } : {}),
    ...(origin !== undefined ? { origin } : {}),
  });
}

/** The error again, with where its value came from (its message re-worded to start with it). */
export function withOrigin(error: SpecError, origin: RecordOrigin, locale: Locale): SpecError {
  const { dataset, dataPath } = error;
  return specError(error.code, error.path, (error.params ?? {}) as never, locale, { ...(dataset !== undefined ? { dataset } : {}), ...(dataPath !== undefined ? { dataPath } : {}), origin });
}

specError satisfies ErrorMaker<SpecError>;
