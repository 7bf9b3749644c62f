import { semanticErrors } from './check/index.ts';
import { isTableSource } from './check/datasets.ts';
import { inspectJson, type SafetyProblem } from './check/document-safety.ts';
import { own } from './own.ts';
import { pointerChild } from './pointer.ts';
import { orderErrors, problemKey, type ErrorMaker, type SpecProblem } from './spec-problem.ts';
import type { Dataset, Locale, Spec } from './types.ts';

/**
 * `validateRecords` (validate-records.ts) with each problem made by `make`: core's `loadData` runs it
 * with `specProblem` on every load and words the problems only when there are some.
 *
 * The checks that read data loaded from datasets' `url`, alone: for a spec that `validateSpec`
 * already accepted, once its datasets have arrived (and on every refresh). Runs the pre-pass on
 * each loaded dataset, then the record contracts, stations' townships, link and measure fields —
 * and returns only the problems the loaded contents cause (most carry `dataset` and `dataPath`;
 * a link or measure field missing from loaded records is reported at the spec's pointer).
 * The document's own problems are `validateSpec`'s; `validateSpec(spec, { datasets })` reports both.
 */
export function recordProblems<E extends SpecProblem>(spec: Spec, datasets: Record<string, unknown>, locale: Locale, make: ErrorMaker<E>): E[] {
  return checkLoadedRecords(spec, datasets, locale, make).problems;
}

/**
 * `recordProblems`, and the loaded record tables as the pre-pass copied them (`records`: ids of the
 * `datasets` whose content is an array and passed the pre-pass). The copies read as the inline
 * records of a validated spec do — own properties only, nothing of Object.prototype — and the record
 * checks take their fast paths over them; core's `loadData` hands them to the views.
 */
export function checkLoadedRecords<E extends SpecProblem>(spec: Spec, datasets: Record<string, unknown>, locale: Locale, make: ErrorMaker<E>): { problems: E[]; records: Record<string, unknown[]> } {
  const inspection = inspectJson(spec, { copy: true });
  if (inspection.problems.length > 0) return { problems: orderErrors(inspection.problems.map((problem) => safetyError(problem, locale, make))), records: Object.create(null) };
  const safe = inspection.copy as Spec;
  const data = inspectLoaded(safe, datasets, locale, make);
  // The semantic checks with the data, minus those without it: what the data cause.
  const withoutData = new Map<string, number>();
  for (const error of semanticErrors(safe, locale, {}, make)) withoutData.set(errorKey(error), (withoutData.get(errorKey(error)) ?? 0) + 1);
  const caused = semanticErrors(safe, locale, data.contents, make).filter((error) => {
    const count = withoutData.get(errorKey(error)) ?? 0;
    if (count === 0) return true;
    withoutData.set(errorKey(error), count - 1);
    return false;
  });
  const records: Record<string, unknown[]> = Object.create(null);
  for (const id of Object.keys(data.contents)) if (Array.isArray(data.contents[id])) records[id] = data.contents[id] as unknown[];
  return { problems: orderErrors([...data.errors, ...caused]), records };
}

function errorKey(error: SpecProblem): string {
  return `${error.dataset ?? ''}\u0000${problemKey(error)}`;
}

export function safetyError<E extends SpecProblem>(problem: SafetyProblem, locale: Locale, make: ErrorMaker<E>, dataset?: string): E {
  if (dataset === undefined) return make(problem.code, problem.pointer, problem.params as never, locale);
  return make(problem.code, pointerChild('/datasets', dataset), problem.params as never, locale, { dataset, dataPath: problem.pointer });
}

/**
 * The pre-pass over every loaded dataset the spec reads from a `url` (ids of the spec's datasets
 * without inline `values`, or whose `values` are read as a table; other entries are ignored). Contents with problems are reported and left
 * out, so the later checks never read a forbidden key, an Infinity or a 10,000-deep object. An
 * array (a record table) is checked, and returned in `contents`, as the pre-pass's copy.
 */
export function inspectLoaded<E extends SpecProblem>(spec: Spec, datasets: Record<string, unknown>, locale: Locale, make: ErrorMaker<E>): { contents: Record<string, unknown>; errors: E[] } {
  const contents: Record<string, unknown> = Object.create(null);
  const errors: E[] = [];
  for (const id of Object.keys(spec.datasets ?? {})) {
    const dataset = own(spec.datasets, id) as Dataset;
    // Inline `values` read as a table (`fields`, `transform`) are records only once shaped: checked then, like a file's.
    if ((dataset.values !== undefined && !isTableSource(dataset)) || !Object.hasOwn(datasets, id)) continue;
    const value = datasets[id];
    // Record tables are copied (`checkLoadedRecords`); geometry is read as it is by the geometry reader.
    const records = Array.isArray(value);
    const { problems, copy } = inspectJson(value, { copy: records });
    if (problems.length > 0) errors.push(...problems.map((problem) => safetyError(problem, locale, make, id)));
    else contents[id] = records ? copy : value;
  }
  return { contents, errors };
}
