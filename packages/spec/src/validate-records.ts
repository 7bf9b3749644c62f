import { specError, type SpecError } from './errors.ts';
import { recordProblems } from './record-problems.ts';
import type { Locale, Spec } from './types.ts';

/**
 * The checks that read data loaded from datasets' `url`, alone: for a spec that `validateSpec`
 * already accepted, once its datasets have arrived (and on every refresh). Runs the pre-pass on
 * each loaded dataset, then the record contracts, stations' townships, link and measure fields —
 * and returns only the problems the loaded contents cause (most carry `dataset` and `dataPath`;
 * a link or measure field missing from loaded records is reported at the spec's pointer).
 * The document's own problems are `validateSpec`'s; `validateSpec(spec, { datasets })` reports both.
 */
export function validateRecords(spec: Spec, datasets: Record<string, unknown>, options: { locale?: Locale } = {}): SpecError[] {
  return recordProblems(spec, datasets, options.locale ?? 'zh-CN', specError);
}
