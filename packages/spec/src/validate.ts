import { semanticErrors } from './check/index.ts';
import { inspectJson } from './check/document-safety.ts';
import { orderErrors, specError, type SpecError, type ValidationResult } from './errors.ts';
import { jsonType, migrate, SpecVersionError } from './migrate.ts';
import { isObject } from './own.ts';
import { schemaAccepts } from './schema-accepts.ts';
import { schemaErrors } from './schema-errors.ts';
import type { Locale, Spec } from './types.ts';
import { inspectLoaded, safetyError } from './record-problems.ts';

export interface ValidateOptions {
  /** Language of the messages. Default `zh-CN`. */
  locale?: Locale;
  /**
   * Contents of datasets loaded from their `url`, by dataset id. With them the checks that need
   * data run on those datasets too (the pre-pass, record contracts, stations' townships, link
   * fields); their errors carry `dataset` and `dataPath`.
   */
  datasets?: Record<string, unknown>;
}

/**
 * Validates a spec, in order, stopping at the first step that finds problems:
 *
 *   1. pre-pass: the root is an object; no `__proto__`/`constructor`/`prototype` key, no
 *      Infinity or NaN, nothing nested deeper than `MAX_DEPTH`, nothing JSON cannot hold
 *      (check/document-safety.ts; it never goes deeper than `MAX_DEPTH`, so no input overflows the stack)
 *   2. version: migrate older specs to the current one
 *   3. shape: the JSON Schema, on the pre-pass's null-prototype copy (`schemaAccepts` first: the
 *      interpreter runs only when it says no, and words every problem)
 *   4. meaning: the semantic checks, and the records each view reads against its record kind
 *
 * With `datasets`, each loaded dataset goes through the pre-pass too (a dataset with problems is
 * reported and then left out of step 4, as if not loaded) and step 4 reads it. Errors come
 * deepest first, without duplicates; `spec` is the migrated input, present when it is valid.
 * Reads own properties only. Never throws for bad input.
 */
export function validateSpec(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const locale = options.locale ?? 'zh-CN';
  // 1. pre-pass
  if (!isObject(input)) return invalid([specError('not-an-object', '', { actual: jsonType(input) }, locale)]);
  const inspection = inspectJson(input, { copy: true });
  if (inspection.problems.length > 0) return invalid(inspection.problems.map((problem) => safetyError(problem, locale, specError)));
  // 2. version
  let migrated: unknown;
  try {
    migrated = migrate(input).spec;
  } catch (error) {
    if (!(error instanceof SpecVersionError)) throw error;
    const path = error.code === 'not-an-object' || error.code === 'missing-version' ? '' : '/version';
    return invalid([specError(error.code, path, error.params as never, locale)]);
  }
  const safe = migrated === input ? inspection.copy : inspectJson(migrated, { copy: true }).copy;
  // 3. shape: the interpreter words the problems; `schemaAccepts` (at least as strict, and far
  // faster on inline records) answers for a spec that has none
  const shapeErrors = schemaAccepts(safe) ? [] : schemaErrors(safe, locale);
  if (shapeErrors.length > 0) return invalid(shapeErrors);
  // 4. meaning, with the loaded data that passed the pre-pass
  const data = inspectLoaded(safe as Spec, options.datasets ?? {}, locale, specError);
  const errors = orderErrors([...data.errors, ...semanticErrors(safe as Spec, locale, data.contents, specError)]);
  return errors.length === 0 ? { valid: true, errors, spec: migrated as Spec } : { valid: false, errors };
}

function invalid(errors: SpecError[]): ValidationResult {
  return { valid: false, errors: orderErrors(errors) };
}
