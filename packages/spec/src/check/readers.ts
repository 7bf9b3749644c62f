import type { DashboardSpec, View } from '../types.ts';
import type { CheckContext } from './context.ts';
import { specDataset } from './datasets.ts';
import type { RecordKind } from './record-contract.ts';
import { specViews } from './views.ts';

/** Who reads a dataset's records: the record kinds of the views that read it, and single fields (a measure's, a link's). */
export interface DatasetReaders {
  kinds: Set<RecordKind>;
  fields: Set<string>;
}

/** The datasets the views and links read, by id (only ids the spec defines). */
export function datasetReaders(context: CheckContext): Map<string, DatasetReaders> {
  const readers = new Map<string, DatasetReaders>();
  const entry = (id: string | undefined): DatasetReaders | undefined => {
    if (id === undefined || !specDataset(context, id)) return undefined;
    let found = readers.get(id);
    if (!found) readers.set(id, (found = { kinds: new Set(), fields: new Set() }));
    return found;
  };
  const views = new Map<string, View>();
  for (const { view } of specViews(context.spec)) {
    if (!views.has(view.id)) views.set(view.id, view);
    switch (view.kind) {
      case 'station-coverage':
        entry(view.stations)?.kinds.add('station');
        break;
      case 'activity-trend':
        entry(view.data)?.kinds.add('activity');
        break;
      case 'fund-chart':
        entry(view.data)?.kinds.add('fund');
        break;
      case 'kpi':
        entry(view.data)?.kinds.add('kpi');
        break;
      case 'county-map':
        for (const measure of [view.measure, ...(view.drilldown ?? []).map((drill) => drill.measure)]) {
          if (!measure) continue;
          const fields = entry(measure.data)?.fields;
          fields?.add(measure.field);
          fields?.add(measure.key ?? 'township');
        }
        break;
    }
  }
  if (context.spec.kind === 'dashboard') {
    for (const link of (context.spec as DashboardSpec).links ?? []) {
      for (const id of link.filter) {
        const view = views.get(id);
        const data = view?.kind === 'station-coverage' ? view.stations : view?.kind === 'county-map' ? undefined : view?.data;
        entry(data)?.fields.add(link.field ?? 'township');
      }
    }
  }
  return readers;
}
