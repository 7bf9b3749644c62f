import { describe, expect, it } from 'vitest';
import type { DashboardSpec, View } from '@tongxin/spec';
import { viewDatasetIds } from '../../../packages/core/src/index.ts';

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
