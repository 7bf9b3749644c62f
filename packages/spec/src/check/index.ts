import type { ErrorMaker, SpecProblem } from '../spec-problem.ts';
import type { Locale, Spec } from '../types.ts';
import type { CheckContext } from './context.ts';
import { datasetTable } from './datasets.ts';
import { checkDatasetDefinitions, checkGrid, checkSources, checkTiming, checkViewIds } from './document.ts';
import { checkLinks } from './links.ts';
import { datasetReaders } from './readers.ts';
import { checkRecordFields, checkTableRecords } from './records.ts';
import { checkStationTownships } from './townships.ts';
import { checkUniqueLists } from './unique.ts';
import { checkViewData } from './view-data.ts';

/**
 * The checks a JSON Schema cannot express: references between parts of the spec, unique ids and
 * lists, dates and durations, and the records each view reads (their kind's contract). The spec
 * must already fit the schema, and be the pre-pass's null-prototype copy or read like one.
 * `loaded` holds the contents of datasets fetched from their `url`, for the checks that need data;
 * `make` makes each error (`specError` words it, `specProblem` does not).
 */
export function semanticErrors<E extends SpecProblem>(spec: Spec, locale: Locale, loaded: Readonly<Record<string, unknown>>, make: ErrorMaker<E>): E[] {
  const context: CheckContext = { spec, locale, loaded, errors: [], make };
  checkViewIds(context);
  checkDatasetDefinitions(context);
  checkSources(context);
  checkTiming(context);
  checkGrid(context);
  for (const id of Object.keys(spec.datasets ?? {})) {
    const table = datasetTable(context, id);
    if (table) checkTableRecords(context, table);
  }
  checkUniqueLists(context);
  checkViewData(context);
  for (const [id, { kinds, fields }] of datasetReaders(context)) {
    const table = kinds.size > 0 ? datasetTable(context, id) : undefined; // a dataset no record view reads: the checks above only
    if (table) checkRecordFields(context, table, kinds, fields);
  }
  checkStationTownships(context);
  checkLinks(context);
  return context.errors as E[];
}
