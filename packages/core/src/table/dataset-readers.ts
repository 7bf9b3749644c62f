import { RECORD_CONTRACTS, type DashboardSpec, type FieldRule, type RecordKind, type Spec, type View } from '@tongxin/spec';

/** What the views read from one dataset: the type of each field they expect, and the regions they draw it on. */
export interface DatasetReading {
  /** Field → its JSON type, from the record kinds of the views reading the dataset (and a map measure's field). */
  types: Map<string, FieldRule['type']>;
  /** Fields some reading record kind requires. */
  required: Set<string>;
  /** Ids of the regions datasets of those views (a township name is resolved against them). */
  regions: string[];
}

const views = (spec: Spec): View[] => (spec.kind === 'dashboard' ? (spec as DashboardSpec).views ?? [] : [spec as unknown as View]);

/** How the spec's views read dataset `id`. */
export function datasetReading(spec: Spec, id: string): DatasetReading {
  const kinds = new Set<RecordKind>();
  const types = new Map<string, FieldRule['type']>();
  const regions: string[] = [];
  const required = new Set<string>();
  for (const view of views(spec)) {
    switch (view.kind) {
      case 'station-coverage':
        if (view.stations === id) kinds.add('station'), regions.push(view.regions);
        break;
      case 'activity-trend':
        if (view.data === id) kinds.add('activity');
        break;
      case 'fund-chart':
        if (view.data === id) kinds.add('fund');
        break;
      case 'kpi':
        if (view.data === id) kinds.add('kpi');
        break;
      case 'county-map':
        for (const [measure, regionsId] of [[view.measure, view.regions], ...(view.drilldown ?? []).map((d) => [d.measure, d.regions] as const)] as const) {
          if (measure?.data !== id) continue;
          types.set(measure.field, 'number');
          types.set(measure.key ?? 'township', 'string');
          regions.push(regionsId);
        }
        break;
    }
  }
  for (const kind of kinds) {
    for (const [field, rule] of Object.entries(RECORD_CONTRACTS[kind])) {
      if (!types.has(field) || rule.type === 'number') types.set(field, rule.type);
      if (rule.required) required.add(field);
    }
  }
  return { types, required, regions: [...new Set(regions)] };
}
