import { validateSpec, type Locale, type Spec } from '@tongxin/spec';
import * as errorWording from './error-wording.ts';
import { useErrorWording } from './load-error-wording.ts';
import { countStep } from './pipeline-stats.ts';
import { SpecFailure } from './spec-failure.ts';

/**
 * Steps 2–3 with the full validator: the migrated, valid spec, or a `SpecFailure` naming every
 * problem. Synchronous, for the CLI and tools; the pipeline in a page goes through
 * `checkSpecFast` (check-spec-fast.ts), which loads this module only when a spec needs it.
 */
export function checkSpec(document: unknown, locale: Locale): Spec {
  countStep('validate');
  const result = validateSpec(document, { locale });
  if (!result.valid || !result.spec) {
    // Called directly (the CLI, drawAnyView) the catalogue may not be loaded yet: this module has it.
    useErrorWording(errorWording);
    throw SpecFailure.fromSpecErrors('invalid-spec', result.errors, locale);
  }
  return result.spec;
}
