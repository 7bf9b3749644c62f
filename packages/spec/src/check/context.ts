import type { MessageParams, SpecErrorCode } from '../messages.ts';
import type { ErrorMaker, SpecProblem } from '../spec-problem.ts';
import type { Locale, Spec } from '../types.ts';

/** What every semantic check reads and where it reports. */
export interface CheckContext {
  /**
   * The spec, already valid against the schema: the pre-pass's null-prototype copy, so a typed read
   * (`view.kind`, `spec.datasets?.[id]`) can only find an own property.
   */
  spec: Spec;
  locale: Locale;
  /**
   * Contents of datasets loaded from their `url`, by id: the caller's own objects (not copied, they
   * can be large), already through the pre-pass. Read them with `own()` (own.ts), never `[key]`.
   */
  loaded: Readonly<Record<string, unknown>>;
  errors: SpecProblem[];
  /** Makes each error: worded (`specError`), or not for the fast path (`specProblem`). */
  make: ErrorMaker;
}

/** Where a problem sits: a pointer into the spec, and for loaded data a pointer into the dataset's contents. */
export interface Location {
  path: string;
  dataset?: string;
  dataPath?: string;
}

export function report<C extends SpecErrorCode>(
  context: CheckContext,
  code: C,
  at: Location | string,
  params: MessageParams<C>,
): void {
  const location = typeof at === 'string' ? { path: at } : at;
  context.errors.push(context.make(code, location.path, params, context.locale, location));
}
