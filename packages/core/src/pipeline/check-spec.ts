import { validateSpec, type Locale, type Spec } from '@tongxin/spec';
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
  if (!result.valid || !result.spec) throw SpecFailure.fromSpecErrors('invalid-spec', result.errors, locale);
  return result.spec;
}
