import { describe, expect, it } from 'vitest';
import type { View } from '@tongxin/spec';
import type { LoadedData } from '../../../packages/core/src/index.ts';
import { resolveSelection } from '../../../packages/core/src/index.ts';

const data: LoadedData = {
  sources: {},
  datasets: {
    townships: {
      id: 'townships', spec: {}, crs: 'gcj02', illustrative: true,
      regions: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '451323102', name: '东乡镇' }, geometry: null as never }] },
    },
    stations: { id: 'stations', spec: {}, crs: 'gcj02', illustrative: true, records: [{ id: 'wuxuan-liaison-03', name: '东乡镇联络站', township: '451323102' }] },
  },
};
const map: View = { id: 'map', kind: 'station-coverage', regions: 'townships', stations: 'stations' };

describe('resolveSelection', () => {
  it('a click on a station selects its township', () => {
    expect(resolveSelection(map, { key: 'wuxuan-liaison-03', name: '东乡镇联络站' }, data)).toEqual({ view: 'map', value: '451323102', label: '东乡镇' });
  });

  it('a click on a township selects it as is', () => {
    expect(resolveSelection(map, { key: '451323102', name: '东乡镇' }, data)).toEqual({ view: 'map', value: '451323102', label: '东乡镇' });
  });

  it('other views select the clicked item', () => {
    const funds: View = { id: 'funds', kind: 'fund-chart', data: 'funds' };
    expect(resolveSelection(funds, { key: '助学', name: '助学' }, data)).toEqual({ view: 'funds', value: '助学', label: '助学' });
  });
});
