import { DataLoadError } from '@tongxin/core';
import { validateSpec } from '@tongxin/spec';
import type { Locale } from '@tongxin/spec';

/** One problem as the element lists it: where in the spec, what, and how to fix it. */
export interface SpecErrorLike {
  path: string;
  message: string;
  hint?: string;
}

/** The spec did not validate; kept whole so the messages can be re-worded when the locale changes. */
export class SpecInvalidError extends Error {
  readonly input: unknown;
  constructor(input: unknown) {
    super('invalid spec');
    this.input = input;
  }
}

/** What went wrong, worded in `locale`: every problem with its spec path. */
export function describeFailure(error: unknown, locale: Locale): { kind: string; errors: SpecErrorLike[] } {
  if (error instanceof SpecInvalidError) {
    const result = validateSpec(error.input, { locale });
    return { kind: 'invalid-spec', errors: result.errors.map(({ path, message, hint }) => ({ path, message, hint })) };
  }
  if (error instanceof DataLoadError) {
    const { path, message, hint } = error.issue(locale);
    return { kind: error.kind, errors: [{ path, message, hint }] };
  }
  const issues = (error as { errors?: SpecErrorLike[] } | null)?.errors;
  if (Array.isArray(issues) && issues.length) {
    return { kind: 'unexpected', errors: issues.map(({ path, message, hint }) => ({ path, message, hint })) };
  }
  return { kind: 'unexpected', errors: [{ path: '', message: String((error as Error)?.message ?? error) }] };
}
