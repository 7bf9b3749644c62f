import { describe, expect, it } from 'vitest';
import type { CountyMapView } from '@tongxin/spec';
import { compileCountyMap, compileView, themeTokens } from '../../../packages/core/src/index.ts';
import { renderSvg } from '../../../packages/core/src/render/render-svg.ts';
import { counties, en, HOSTILE, load, seriesOf, svgFills, tooltipText, townships, zh } from './fixtures.ts';

const view: CountyMapView = {
  id: 'map',
  kind: 'county-map',
  title: '武宣县',
  regions: 'townships',
  measure: { data: 'stationCounts', field: 'stations', label: '联络站数', unit: 'count' },
};
const datasets = {
  townships: { values: townships, illustrative: true, attribution: '底图：示意' },
  stationCounts: { values: [{ township: '451323100', stations: 3, source: 'wuxuan-2022' }, { township: '451323101', stations: 1 }, { township: '451323102', stations: 2 }] },
};

/** The text of every <text> element of a rendered SVG. */
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('compileCountyMap', () => {
  it('draws one map series with the registered regions and d3 projection', async () => {
    const out = compileCountyMap(view, await load(datasets), zh);
    const [series] = seriesOf(out.option);
    expect(series.type).toBe('map');
    expect(out.maps).toHaveLength(1);
    expect(series.map).toBe(out.maps[0].name);
    expect(out.maps[0].geoJSON.features.map((f) => f.properties?.name)).toEqual(['武宣镇', '桐岭镇', HOSTILE]);
    const [x, y] = series.projection.project([109.65, 23.65]);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(600);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(400);
    expect(series.projection.unproject([x, y])[0]).toBeCloseTo(109.65, 6);
    expect(series.selectedMode).toBe('single');
    expect(series.labelLayout).toEqual({ hideOverlap: true });
    expect(out.option.aria).toMatchObject({ enabled: true });
  });

  it('colours each township by its value: the top township gets the darkest colour', async () => {
    const out = compileCountyMap(view, await load(datasets), zh);
    expect(seriesOf(out.option)[0].data.map((d: { name: string; value: number }) => [d.name, d.value])).toEqual([['武宣镇', 3], ['桐岭镇', 1], [HOSTILE, 2]]);
    const tokens = themeTokens('portal');
    const svg = renderSvg(out, { width: 600, height: 400, tokens });
    // 3 → the darkest end of the ramp, 1 → the lightest, 2 → the middle.
    expect(svgFills(svg, 0)).toEqual({ 0: tokens.ramp[4], 1: tokens.ramp[0], 2: tokens.ramp[2] });
    // The hostile name is drawn as text in the SVG too.
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect((out.option.visualMap as { type: string }).type).toBe('piecewise');
  });

  it('uses a continuous legend for many values, 0–100 for percentages', async () => {
    const many = { ...datasets, rates: { values: townships.features.map((f, i) => ({ township: f.properties.code, rate: [20, 55, 92][i] })) } };
    const out = compileCountyMap({ ...view, measure: { data: 'rates', field: 'rate', unit: 'percent' } }, await load(many), zh);
    // Three values would be pieces; six distinct make it continuous.
    expect((out.option.visualMap as { type: string }).type).toBe('piecewise');
    const six = { ...datasets, townships: { values: { type: 'FeatureCollection', features: Array.from({ length: 6 }, (_, i) => ({ ...townships.features[0], properties: { code: `45132310${i}`, name: `镇${i}` }, geometry: { type: 'Polygon', coordinates: [[[109 + i * 0.1, 23], [109.1 + i * 0.1, 23], [109.1 + i * 0.1, 23.1], [109 + i * 0.1, 23.1], [109 + i * 0.1, 23]]] } })) } }, rates: { values: Array.from({ length: 6 }, (_, i) => ({ township: `45132310${i}`, rate: 10 + i * 15 })) } };
    const cont = compileCountyMap({ ...view, measure: { data: 'rates', field: 'rate', unit: 'percent' } }, await load(six), zh);
    expect(cont.option.visualMap).toMatchObject({ type: 'continuous', min: 0, max: 100 });
    // Drawn: the ends once each (the handles print them), no second copy from `text`.
    const texts = svgTexts(renderSvg(cont, { width: 600, height: 400, tokens: themeTokens('portal') }));
    expect(texts.filter((t) => t === '100%')).toHaveLength(1);
    expect(texts.filter((t) => t === '0%')).toHaveLength(1);
  });

  it('labels every piece of a piecewise legend under the measure name', async () => {
    const out = compileCountyMap(view, await load(datasets), zh);
    const texts = svgTexts(renderSvg(out, { width: 600, height: 400, tokens: themeTokens('portal') }));
    expect(texts.filter((t) => t === '联络站数')).toHaveLength(1);
    for (const label of ['1', '2', '3']) expect(texts, `piece ${label}`).toContain(label);
  });

  it('escapes a hostile township name in the tooltip', async () => {
    const out = compileCountyMap(view, await load(datasets), zh);
    const html = tooltipText(out.option, { dataIndex: 2, color: '#c23531' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('2');
    expect(tooltipText(out.option, { dataIndex: 0 })).toContain('来源：委员履职“三聚焦” 乡村振兴添动力');
  });

  it('table, summary, illustrative regions, attribution and selectable', async () => {
    const out = compileCountyMap(view, await load(datasets), zh);
    expect(out.table.rows.map((r) => [r.cells.region, r.cells.value])).toEqual([['武宣镇', '3'], ['桐岭镇', '1'], [HOSTILE, '2']]);
    expect(out.table.rows[0].source).toBe('委员履职“三聚焦” 乡村振兴添动力');
    expect(out.summary).toBe('武宣县：3 个乡镇，联络站数最高的是武宣镇（3）');
    expect(out.illustrative).toBe(true);
    expect(out.illustrativeRegions).toBe(true);
    expect(out.attributions).toEqual(['底图：示意']);
    // In the chart: the short 示意区划 badge only; the attribution is for the footer (out.attributions).
    const texts = svgTexts(renderSvg(out, { width: 600, height: 400, tokens: themeTokens('portal') }));
    expect(texts.filter((t) => t === '示意区划')).toHaveLength(1);
    expect(texts.filter((t) => t.includes('底图'))).toEqual([]);
    expect(out.selectable.map((s) => [s.key, s.dataIndex])).toEqual([['451323100', 0], ['451323101', 1], ['451323102', 2]]);
    expect(out.empty).toBe(false);
    const english = compileCountyMap(view, await load(datasets), en);
    expect(english.summary).toBe('武宣县: 3 townships; highest 联络站数: 武宣镇 (3)');
  });

  it('without a measure, regions share one colour and there is no legend', async () => {
    const out = compileCountyMap({ id: 'm', kind: 'county-map', regions: 'townships' }, await load(datasets), zh);
    expect(out.option.visualMap).toBeUndefined();
    expect(out.table.columns.map((c) => c.key)).toEqual(['region', 'code']);
  });

  it('drills from the city into a county', async () => {
    const city: CountyMapView = { id: 'city', kind: 'county-map', regions: 'counties', drilldown: [{ region: '451323', regions: 'townships', measure: view.measure }] };
    const data = await load({ ...datasets, counties: { values: counties } });
    const top = compileView(city, data, zh);
    expect(top.selectable.find((s) => s.key === '451323')?.drill).toBe(true);
    expect(top.selectable.find((s) => s.key === '451381')?.drill).toBeUndefined();
    expect(top.drill).toBeUndefined();
    expect(top.summary).toBe('2 个县（市、区）');
    const inside = compileView(city, data, { ...zh, drilledInto: '451323' });
    expect(inside.drill).toEqual({ current: '451323', name: '武宣县', back: true });
    expect(seriesOf(inside.option)[0].data.map((d: { name: string }) => d.name)).toEqual(['武宣镇', '桐岭镇', HOSTILE]);
    expect(inside.maps[0].name).not.toBe(top.maps[0].name);
    expect(inside.summary.startsWith('武宣县：3 个乡镇')).toBe(true);
  });

  it('marks the linked selection as selected', async () => {
    const out = compileCountyMap(view, await load(datasets), { ...zh, selection: { field: 'township', value: '451323101' } });
    expect(seriesOf(out.option)[0].data.filter((d: { selected?: boolean }) => d.selected).map((d: { name: string }) => d.name)).toEqual(['桐岭镇']);
  });

  it('turns animation off for reduced motion and is empty without regions', async () => {
    const out = compileCountyMap(view, await load({ ...datasets, townships: { values: { type: 'FeatureCollection', features: [] } } }), { ...zh, reducedMotion: true });
    expect(out.option.animation).toBe(false);
    expect(out.empty).toBe(true);
  });
});
