import type { View } from '@tongxin/spec';

/** The ids of the datasets a view reads, in the order it names them, without repeats. */
export function viewDatasetIds(view: View): string[] {
  const ids: Array<string | undefined> = [];
  switch (view.kind) {
    case 'county-map':
      ids.push(view.regions, view.measure?.data);
      for (const drill of view.drilldown ?? []) ids.push(drill.regions, drill.measure?.data);
      break;
    case 'station-coverage':
      ids.push(view.regions, view.stations);
      break;
    case 'activity-trend':
    case 'fund-chart':
    case 'kpi':
      ids.push(view.data);
      break;
  }
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}
