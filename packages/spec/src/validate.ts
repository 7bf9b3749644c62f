import { semanticErrors } from './check/index.ts';
import { orderErrors, specError, type ValidationResult } from './errors.ts';
import { migrate, SpecVersionError } from './migrate.ts';
import { schemaErrors } from './schema-errors.ts';
import type { Locale, Spec } from './types.ts';

export interface ValidateOptions {
  /** Language of the messages. Default `zh-CN`. */
  locale?: Locale;
  /**
   * Contents of datasets loaded from their `url`, by dataset id. With them the checks that need
   * data run on those datasets too (stations' townships, link fields, record fields).
   */
  datasets?: Record<string, unknown>;
}

/**
 * Validates a spec: its version (migrating older ones), its shape against the JSON Schema, then
 * the semantic checks. Errors come deepest first, without duplicates; `spec` is the migrated
 * spec, present when it is valid. Never throws for bad input.
 */
export function validateSpec(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const locale = options.locale ?? 'zh-CN';
  let migrated: unknown;
  try {
    migrated = migrate(input).spec;
  } catch (error) {
    if (!(error instanceof SpecVersionError)) throw error;
    const path = error.code === 'not-an-object' || error.code === 'missing-version' ? '' : '/version';
    return { valid: false, errors: [specError(error.code, path, error.params as never, locale)] };
  }
  const shapeErrors = schemaErrors(migrated, locale);
  if (shapeErrors.length > 0) return { valid: false, errors: orderErrors(shapeErrors) };
  const spec = migrated as Spec;
  const errors = orderErrors(semanticErrors(spec, locale, options.datasets ?? {}));
  return errors.length === 0 ? { valid: true, errors, spec } : { valid: false, errors };
}
