import type { Dataset, DashboardSpec, View } from '@tongxin/spec';
import type { LoadedData, Selection } from '../model.ts';
import { selectRecords } from '../compile/view-records.ts';
import { viewDatasetIds } from './view-datasets.ts';

/**
 * A one-view dashboard spec for a child element, with the datasets the view reads
 * carried inline from data the dashboard already loaded: the child fetches nothing,
 * and every view shares the dashboard's one load and refresh.
 *
 * `filter` is the linked selection aimed at this view: its table records are cut to
 * the selected value (geometry is kept whole, so a map still shows the whole county).
 */
export function viewSpec(spec: DashboardSpec, view: View, data: LoadedData, filter?: Selection): DashboardSpec {
  const datasets: Record<string, Dataset> = {};
  for (const id of viewDatasetIds(view)) {
    const loaded = data.datasets[id];
    const declared = spec.datasets?.[id];
    if (!loaded || !declared) continue;
    const { url: _url, values: _values, object: _object, ...kept } = declared;
    if (loaded.regions) {
      // Loaded regions are already read and rewound; hand them on as GeoJSON.
      datasets[id] = { ...kept, format: 'geojson', values: loaded.regions as unknown as Dataset['values'] };
    } else {
      const records = loaded.records ?? [];
      datasets[id] = { ...kept, format: 'json', values: filter ? selectRecords(records, filter) : records };
    }
  }
  const { links: _links, tour: _tour, refresh: _refresh, layout: _layout, ...document } = spec;
  return { ...document, datasets, views: [view] };
}
