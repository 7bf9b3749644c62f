import { describe, expect, it } from 'vitest';
import type { DashboardSpec, View } from '@tongxin/spec';
import type { LoadedData } from '../../../packages/core/src/index.ts';
import { viewDatasetIds, viewSpec } from '../../../packages/core/src/index.ts';

const regions = {
  type: 'FeatureCollection' as const,
  features: [{ type: 'Feature' as const, properties: { code: '451323101', name: '桐岭镇' }, geometry: null }],
};

const spec: DashboardSpec = {
  version: 1,
  kind: 'dashboard',
  title: '武宣县政协',
  refresh: '60s',
  datasets: {
    townships: { url: 'townships.geo.json', crs: 'gcj02', illustrative: true, attribution: '示意区划' },
    stations: { url: 'stations.json', crs: 'gcj02' },
    funds: { url: 'funds.json', source: 'wuxuan-2022' },
  },
  views: [
    { id: 'map', kind: 'station-coverage', regions: 'townships', stations: 'stations' },
    { id: 'funds', kind: 'fund-chart', data: 'funds' },
  ],
  links: [{ select: 'map', filter: ['funds'] }],
};

const data: LoadedData = {
  sources: {},
  datasets: {
    townships: { id: 'townships', spec: spec.datasets!.townships, regions: regions as never, crs: 'gcj02', illustrative: true },
    stations: { id: 'stations', spec: spec.datasets!.stations, records: [{ id: 's1', township: '451323101' }], crs: 'gcj02', illustrative: false },
    funds: {
      id: 'funds', spec: spec.datasets!.funds, crs: 'wgs84', illustrative: false,
      records: [{ campaign: '捐种一棵大树', amount: 3_000_000, township: '451323101' }, { campaign: '助学', amount: 780_000, township: '451323102' }],
    },
  },
};

describe('viewDatasetIds', () => {
  it('lists what each kind reads', () => {
    const map: View = {
      id: 'm', kind: 'county-map', regions: 'counties', measure: { data: 'stats', field: 'n' },
      drilldown: [{ region: '451323', regions: 'townships', measure: { data: 'stats', field: 'n' } }],
    };
    expect(viewDatasetIds(map)).toEqual(['counties', 'stats', 'townships']);
    expect(viewDatasetIds(spec.views[0])).toEqual(['townships', 'stations']);
    expect(viewDatasetIds({ id: 'k', kind: 'kpi', items: [] })).toEqual([]);
  });
});

describe('viewSpec', () => {
  it('carries the loaded data inline, so the child element fetches nothing', () => {
    const child = viewSpec(spec, spec.views[0], data);
    expect(child.views).toEqual([spec.views[0]]);
    expect(Object.keys(child.datasets!)).toEqual(['townships', 'stations']);
    for (const dataset of Object.values(child.datasets!)) expect(dataset.url).toBeUndefined();
    expect(child.datasets!.townships).toMatchObject({ format: 'geojson', crs: 'gcj02', illustrative: true, attribution: '示意区划', values: regions });
    expect(child.datasets!.stations.values).toEqual([{ id: 's1', township: '451323101' }]);
    expect(child.title).toBe('武宣县政协');
    expect(child.refresh).toBeUndefined();
    expect(child.links).toBeUndefined();
  });

  it('cuts a linked view’s records to the selected township', () => {
    const child = viewSpec(spec, spec.views[1], data, { field: 'township', value: '451323102', label: '东乡镇' });
    expect(child.datasets!.funds).toMatchObject({ source: 'wuxuan-2022', values: [{ campaign: '助学', amount: 780_000, township: '451323102' }] });
  });
});
