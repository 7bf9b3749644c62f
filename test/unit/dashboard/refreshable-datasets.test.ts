import { describe, expect, it } from 'vitest';
import type { DashboardSpec } from '@tongxin/spec';
import { datasetsForUrl, refreshableDatasets } from '../../../packages/core/src/index.ts';

const spec: DashboardSpec = {
  version: 1,
  kind: 'dashboard',
  views: [],
  datasets: {
    townships: { url: 'townships.geo.json', format: 'geojson' },
    outline: { url: './townships.geo.json' },
    stations: { url: 'https://example.org/wuxuan/stations.json' },
    funds: { values: [{ campaign: '捐种一棵大树', amount: 3_000_000 }] },
  },
};

describe('refreshableDatasets', () => {
  it('schedules URL datasets by absolute URL and leaves inline values alone', () => {
    const urls = refreshableDatasets(spec, 'http://localhost:5173/data/wuxuan/dashboard.json');
    expect([...urls]).toEqual([
      ['townships', 'http://localhost:5173/data/wuxuan/townships.geo.json'],
      ['outline', 'http://localhost:5173/data/wuxuan/townships.geo.json'],
      ['stations', 'https://example.org/wuxuan/stations.json'],
    ]);
  });
});

describe('datasetsForUrl', () => {
  it('names only the datasets read from that URL', () => {
    const base = 'http://localhost:5173/data/wuxuan/dashboard.json';
    expect(datasetsForUrl(spec, 'http://localhost:5173/data/wuxuan/townships.geo.json', base)).toEqual(['townships', 'outline']);
    expect(datasetsForUrl(spec, 'http://localhost:5173/data/elsewhere.json', base)).toEqual([]);
  });
});
