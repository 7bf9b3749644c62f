import type { SpecError } from '../errors.ts';
import type { Locale, Spec } from '../types.ts';
import type { CheckContext } from './context.ts';
import { datasetTable } from './datasets.ts';
import { checkDatasetDefinitions, checkGrid, checkSources, checkTiming, checkViewIds } from './document.ts';
import { checkLinks } from './links.ts';
import { checkTableRecords } from './records.ts';
import { checkStationTownships } from './townships.ts';
import { checkViewData } from './view-data.ts';

/**
 * The checks a JSON Schema cannot express: references between parts of the spec, unique ids,
 * dates and durations, and the records each view reads. The spec must already fit the schema.
 * `loaded` holds the contents of datasets fetched from their `url`, for the checks that need data.
 */
export function semanticErrors(spec: Spec, locale: Locale, loaded: Readonly<Record<string, unknown>> = {}): SpecError[] {
  const context: CheckContext = { spec, locale, loaded, errors: [] };
  checkViewIds(context);
  checkDatasetDefinitions(context);
  checkSources(context);
  checkTiming(context);
  checkGrid(context);
  for (const id of Object.keys(spec.datasets ?? {})) {
    const table = datasetTable(context, id);
    if (table) checkTableRecords(context, table);
  }
  checkViewData(context);
  checkStationTownships(context);
  checkLinks(context);
  return context.errors;
}
