import { semanticErrors } from './check/index.ts';
import { inspectJson, type SafetyProblem } from './check/document-safety.ts';
import { orderErrors, specError, type SpecError, type ValidationResult } from './errors.ts';
import { jsonType, migrate, SpecVersionError } from './migrate.ts';
import { isObject, own } from './own.ts';
import { pointerChild } from './pointer.ts';
import { schemaAccepts } from './schema-accepts.ts';
import { schemaErrors } from './schema-errors.ts';
import type { Dataset, Locale, Spec } from './types.ts';

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
 *      (check/document-safety.ts; iterative, so no input overflows the stack)
 *   2. version: migrate older specs to the current one
 *   3. shape: the JSON Schema, on the pre-pass's null-prototype copy
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
  if (inspection.problems.length > 0) return invalid(inspection.problems.map((problem) => safetyError(problem, locale)));
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
  // 3. shape
  const shapeErrors = schemaErrors(safe, locale);
  if (shapeErrors.length > 0) return invalid(shapeErrors);
  // 4. meaning, with the loaded data that passed the pre-pass
  const data = inspectLoaded(safe as Spec, options.datasets ?? {}, locale);
  const errors = orderErrors([...data.errors, ...semanticErrors(safe as Spec, locale, data.contents)]);
  return errors.length === 0 ? { valid: true, errors, spec: migrated as Spec } : { valid: false, errors };
}

/**
 * The fast path of `validateSpec`, for a first render: the same pre-pass, migration and semantic
 * checks, with the JSON Schema checked yes/no (`schemaAccepts`, no interpreter, no messages).
 * Returns the migrated spec when it is valid — exactly what `validateSpec(input).spec` would be —
 * and undefined when anything is wrong or not sure: then `validateSpec` gives the verdict and words
 * it, so a spec rejected by one path is rejected by the other with the same codes and pointers.
 */
export function quickValidate(input: unknown): Spec | undefined {
  if (!isObject(input)) return undefined;
  const inspection = inspectJson(input, { copy: true });
  if (inspection.problems.length > 0) return undefined;
  let migrated: unknown;
  try {
    migrated = migrate(input).spec;
  } catch {
    return undefined;
  }
  const safe = migrated === input ? inspection.copy : inspectJson(migrated, { copy: true }).copy;
  if (!schemaAccepts(safe)) return undefined;
  return semanticErrors(safe as Spec, 'zh-CN', Object.create(null)).length === 0 ? (migrated as Spec) : undefined;
}

/**
 * The checks that read data loaded from datasets' `url`, alone: for a spec that `validateSpec`
 * already accepted, once its datasets have arrived (and on every refresh). Runs the pre-pass on
 * each loaded dataset, then the record contracts, stations' townships, link and measure fields —
 * and returns only the problems the loaded contents cause (most carry `dataset` and `dataPath`;
 * a link or measure field missing from loaded records is reported at the spec's pointer).
 * The document's own problems are `validateSpec`'s; `validateSpec(spec, { datasets })` reports both.
 */
export function validateRecords(spec: Spec, datasets: Record<string, unknown>, options: { locale?: Locale } = {}): SpecError[] {
  const locale = options.locale ?? 'zh-CN';
  const inspection = inspectJson(spec, { copy: true });
  if (inspection.problems.length > 0) return orderErrors(inspection.problems.map((problem) => safetyError(problem, locale)));
  const safe = inspection.copy as Spec;
  const data = inspectLoaded(safe, datasets, locale);
  // The semantic checks with the data, minus those without it: what the data cause.
  const withoutData = new Map<string, number>();
  for (const error of semanticErrors(safe, locale, {})) withoutData.set(errorKey(error), (withoutData.get(errorKey(error)) ?? 0) + 1);
  const caused = semanticErrors(safe, locale, data.contents).filter((error) => {
    const count = withoutData.get(errorKey(error)) ?? 0;
    if (count === 0) return true;
    withoutData.set(errorKey(error), count - 1);
    return false;
  });
  return orderErrors([...data.errors, ...caused]);
}

function invalid(errors: SpecError[]): ValidationResult {
  return { valid: false, errors: orderErrors(errors) };
}

function errorKey(error: SpecError): string {
  return `${error.code}\u0000${error.path}\u0000${error.dataset ?? ''}\u0000${error.dataPath ?? ''}\u0000${error.message}`;
}

function safetyError(problem: SafetyProblem, locale: Locale, dataset?: string): SpecError {
  if (dataset === undefined) return specError(problem.code, problem.pointer, problem.params as never, locale);
  return specError(problem.code, pointerChild('/datasets', dataset), problem.params as never, locale, { dataset, dataPath: problem.pointer });
}

/**
 * The pre-pass over every loaded dataset the spec reads from a `url` (ids of the spec's datasets
 * without inline `values`; other entries are ignored). Contents with problems are reported and left
 * out, so the later checks never read a forbidden key, an Infinity or a 10,000-deep object.
 */
function inspectLoaded(spec: Spec, datasets: Record<string, unknown>, locale: Locale): { contents: Record<string, unknown>; errors: SpecError[] } {
  const contents: Record<string, unknown> = Object.create(null);
  const errors: SpecError[] = [];
  for (const id of Object.keys(spec.datasets ?? {})) {
    const dataset = own(spec.datasets, id) as Dataset;
    if (dataset.values !== undefined || !Object.hasOwn(datasets, id)) continue;
    const value = datasets[id];
    const { problems } = inspectJson(value);
    if (problems.length > 0) errors.push(...problems.map((problem) => safetyError(problem, locale, id)));
    else contents[id] = value;
  }
  return { contents, errors };
}
