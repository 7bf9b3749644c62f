import { own } from '../own.ts';
import type { DashboardSpec, View } from '../types.ts';
import { type CheckContext, report } from './context.ts';
import { datasetTable } from './datasets.ts';
import { viewExists } from './references.ts';
import { specViews } from './views.ts';

/** The records a view shows, when they are at hand; undefined for maps, which match on region codes. */
function viewRecords(context: CheckContext, view: View): unknown[] | undefined {
  switch (view.kind) {
    case 'county-map':
      return undefined;
    case 'station-coverage':
      return datasetTable(context, view.stations)?.records;
    case 'kpi':
      return view.items ?? (view.data !== undefined ? datasetTable(context, view.data)?.records : undefined);
    default:
      return datasetTable(context, view.data)?.records;
  }
}

/** Links name views that exist, and the filtered views' records carry the link's field. */
export function checkLinks(context: CheckContext): void {
  const { spec } = context;
  if (spec.kind !== 'dashboard') return;
  const views = new Map<string, View>();
  for (const { view } of specViews(spec)) if (!views.has(view.id)) views.set(view.id, view); // a duplicate id is reported elsewhere
  (spec as DashboardSpec).links?.forEach((link, i) => {
    const path = `/links/${i}`;
    viewExists(context, link.select, `${path}/select`);
    const field = link.field ?? 'township';
    link.filter.forEach((id, j) => {
      if (!viewExists(context, id, `${path}/filter/${j}`)) return;
      const records = viewRecords(context, views.get(id)!);
      if (!records || records.length === 0) return;
      if (records.some((record) => own(record, field) !== undefined)) return;
      report(context, 'link-field-missing', link.field !== undefined ? `${path}/field` : `${path}/filter/${j}`, { field, view: id });
    });
  });
}
