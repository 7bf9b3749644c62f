/**
 * Specs the benchmarks feed the elements: the 武宣 specs of data/ with their
 * datasets inlined (so timings measure the library, not the network), the
 * generated province, and a ~1 MB dashboard with inline datasets.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ActivityRecord, DashboardSpec, Dataset, FundRecord, Spec } from '../../packages/spec/src/types.ts';
import { ROOT } from './paths.ts';
import { generateProvince, type Province } from './province.ts';
import { createRandom } from './random.ts';

/** A data/ spec with every `url` dataset replaced by its file's content as `values`. */
export function inlineSpec(file: string): Spec {
  const path = resolve(ROOT, file);
  const spec = JSON.parse(readFileSync(path, 'utf8')) as Spec;
  const datasets: Record<string, Dataset> = {};
  for (const [id, dataset] of Object.entries(spec.datasets ?? {})) {
    if (dataset.url == null) {
      datasets[id] = dataset;
      continue;
    }
    const { url, ...rest } = dataset;
    const values = JSON.parse(readFileSync(resolve(dirname(path), url), 'utf8'));
    // `format` was inferred from the URL's extension; keep it explicit now the URL is gone.
    const format = rest.format ?? (/\.geo(json|\.json)$/.test(url) ? 'geojson' : /\.topo\.json$/.test(url) ? 'topojson' : 'json');
    datasets[id] = { ...rest, format, values };
  }
  return { ...spec, datasets };
}

/** The 武宣 single-view specs, one per element. */
export const WUXUAN_SPECS = {
  'tx-county-map': 'data/wuxuan/map.json',
  'tx-station-coverage': 'data/wuxuan/coverage.json',
  'tx-activity-trend': 'data/wuxuan/trend.json',
  'tx-fund-chart': 'data/wuxuan/funds.json',
  'tx-kpi': 'data/wuxuan/kpi.json',
} as const;

const PROVINCE_ATTRIBUTION = 'Generated province for benchmarks (bench/lib/province.ts): Voronoi township regions, not real boundaries.';

/** Station coverage and county map specs over a generated province, datasets by URL (relative to the spec). */
export function provinceSpecs(urls: { regions: string; stations: string; stats: string }): { coverage: Spec; map: Spec } {
  const base = { version: 1, locale: 'zh-CN' as const, theme: 'portal' as const };
  const regions: Dataset = { url: urls.regions, format: 'geojson', crs: 'wgs84', illustrative: true, attribution: PROVINCE_ATTRIBUTION };
  return {
    coverage: {
      ...base,
      title: '全省乡镇联络站覆盖（基准测试，示意）',
      datasets: { townships: regions, stations: { url: urls.stations, format: 'json', crs: 'wgs84', illustrative: true } },
      id: 'coverage', kind: 'station-coverage', regions: 'townships', stations: 'stations', labels: true,
    },
    map: {
      ...base,
      title: '全省乡镇站点数（基准测试，示意）',
      datasets: { townships: regions, stats: { url: urls.stats, format: 'json', illustrative: true } },
      id: 'map', kind: 'county-map', regions: 'townships', labels: true,
      measure: { data: 'stats', field: 'stations', key: 'township', label: '站点数', unit: 'count' },
    },
  };
}

const ACTIVITY_KINDS = ['consultation', 'inspection', 'survey', 'proposal', 'public-opinion', 'supervision'];

/**
 * A dashboard whose datasets are all inline, grown until its JSON is at least
 * `bytes` long: township regions and stations of a generated province, monthly
 * activities per township, fund records. Every view kind is on it.
 */
export function largeDashboardSpec(bytes = 1_048_576): { spec: DashboardSpec; json: string; province: Province } {
  const province = generateProvince({ townships: 400, stations: 4000, seed: 'tongxin-bench-spec' });
  const random = createRandom('tongxin-bench-spec:records');
  const activities: ActivityRecord[] = [];
  const funds: FundRecord[] = [];
  const build = (): DashboardSpec => ({
    version: 1,
    kind: 'dashboard',
    title: '1 MB 规格基准（示意）',
    locale: 'zh-CN',
    theme: 'bigscreen',
    datasets: {
      townships: { values: province.regions as never, format: 'geojson', crs: 'wgs84', illustrative: true, attribution: PROVINCE_ATTRIBUTION },
      stations: { values: province.stations as never, format: 'json', crs: 'wgs84', illustrative: true },
      stats: { values: province.townshipStats, format: 'json', illustrative: true },
      activities: { values: activities as never, format: 'json', illustrative: true },
      funds: { values: funds as never, format: 'json', illustrative: true },
    },
    views: [
      { id: 'coverage', kind: 'station-coverage', regions: 'townships', stations: 'stations', grid: { x: 0, y: 0, w: 12, h: 24 } },
      { id: 'map', kind: 'county-map', regions: 'townships', measure: { data: 'stats', field: 'activities' }, grid: { x: 12, y: 0, w: 12, h: 12 } },
      { id: 'trend', kind: 'activity-trend', data: 'activities', period: 'month', mark: 'stacked-bar', grid: { x: 12, y: 12, w: 6, h: 12 } },
      { id: 'funds', kind: 'fund-chart', data: 'funds', by: 'campaign', mode: 'bar', grid: { x: 18, y: 12, w: 6, h: 6 } },
      { id: 'kpi', kind: 'kpi', items: [{ label: '联络站', value: province.stations.length, unitLabel: '个', illustrative: true }], grid: { x: 18, y: 18, w: 6, h: 6 } },
    ],
    links: [{ select: 'coverage', filter: ['trend', 'funds'], field: 'township' }],
  });
  let json = JSON.stringify(build());
  // Grow the record datasets in steps until the document reaches the size asked for.
  for (let month = 0; json.length < bytes; month++) {
    const period = `${2020 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    for (const record of province.townshipStats) {
      const kind = ACTIVITY_KINDS[Math.floor(random() * ACTIVITY_KINDS.length)];
      activities.push({ period, kind, value: Math.round(random() * 20), township: String(record.township), illustrative: true });
    }
    funds.push({ campaign: `帮扶项目${(month % 12) + 1}`, amount: Math.round(random() * 5e6), date: period, township: String(province.townshipStats[month % 400].township), illustrative: true });
    json = JSON.stringify(build());
  }
  return { spec: build(), json, province };
}
