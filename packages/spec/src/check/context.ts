import { specError, type SpecError } from '../errors.ts';
import type { MessageParams, SpecErrorCode } from '../messages.ts';
import type { Locale, Spec } from '../types.ts';

/** What every semantic check reads and where it reports. */
export interface CheckContext {
  /** The spec, already valid against the schema. */
  spec: Spec;
  locale: Locale;
  /** Contents of datasets loaded from their `url`, by id (what the caller passed in). */
  loaded: Readonly<Record<string, unknown>>;
  errors: SpecError[];
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
  context.errors.push(specError(code, location.path, params, context.locale, location));
}
