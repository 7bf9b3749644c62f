import { describe, expect, it } from 'vitest';
import type { StationCoverageView } from '@tongxin/spec';
import { compileStationCoverage, themeTokens } from '../../../packages/core/src/index.ts';
import { renderSvg } from '../../../packages/core/src/render/render-svg.ts';
import { labelsClearOfStations } from '../../../packages/core/src/compile/labels-clear-of-stations.ts';
import { fitProjection, projectedBounds } from '../../../packages/geo/src/index.ts';
import { HOSTILE, load, seriesOf, zh, type AnySeries } from './fixtures.ts';

const view: StationCoverageView = { id: 'cov', kind: 'station-coverage', title: '拥挤', regions: 'townships', stations: 'stations' };

/** A 20 × 12 grid of 0.02° townships: at 600 × 400 their names cannot all show. */
function crowded(withStations: boolean) {
  const features = [];
  const stations = [];
  for (let i = 0; i < 240; i++) {
    const x = 109 + (i % 20) * 0.02;
    const y = 23 + Math.floor(i / 20) * 0.02;
    const code = String(451300000 + i);
    const name = i === 7 ? HOSTILE : i % 3 ? `乡镇${i}号` : `长名字的乡镇${i}`;
    features.push({ type: 'Feature', properties: { code, name }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.02], [x, y + 0.02], [x, y]]] } });
    if (withStations && i % 5) stations.push({ id: `s${i}`, name: `站${i}`, kind: 'liaison', township: code, lon: x + 0.01, lat: y + 0.01 });
  }
  return { townships: { values: { type: 'FeatureCollection', features }, crs: 'wgs84' }, stations: { values: stations, crs: 'wgs84' } };
}

/** The two township-names series (covered names, uncovered ones): rows [lon, lat, name]. */
const isNames = (s: AnySeries) => s.id === 'township-names' || s.id === 'township-names-uncovered';
const namesSeries = (out: { option: Record<string, unknown> }) => seriesOf(out.option).filter(isNames);
const names = (out: { option: Record<string, unknown> }) => namesSeries(out).flatMap((s) => s.data.map(([lon, lat, name]: [number, number, string]) => ({ name, value: [lon, lat] })));
/**
 * Every township's name at the point it is given (its label point, `cp`), by names series: what a
 * compile that left none out would hand ECharts.
 */
function allNamesSeries(out: { option: Record<string, unknown>; maps: { geoJSON: { features: { properties?: Record<string, unknown> | null }[] } }[] }) {
  const points = new Map(out.maps[0]!.geoJSON.features.map((f) => [String(f.properties?.code), f.properties?.cp as [number, number]]));
  const coverage = seriesOf(out.option).find((s) => s.id === 'coverage')!;
  const rows = (covered: boolean) => (coverage.data as { code: string; name: string; value: number }[])
    .filter((d) => d.value > 0 === covered)
    .map((d): [number, number, string] => [...points.get(d.code)!, d.name]);
  return new Map([['township-names', rows(true)], ['township-names-uncovered', rows(false)]]);
}
/** The text lines ECharts drew (server-side SVG), once each. */
const drawn = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>'));

describe('township names that would overlap are left out before ECharts draws them', () => {
  for (const withStations of [false, true]) {
    it(`hands ECharts only the names its own overlap hiding would show (${withStations ? 'covered, names moved off markers' : 'all uncovered, two bold lines'})`, async () => {
      const data = await load(crowded(withStations));
      const out = compileStationCoverage(view, data, zh);
      const given: string[] = names(out).map((d) => d.name);
      expect(given.length).toBeGreaterThan(10);
      expect(given.length).toBeLessThan(240);

      // The same option with every township's name at the point it was given: what ECharts shows of all of them.
      const allSeries = allNamesSeries(out);
      const allNames = [...allSeries.values()].flat().map(([, , name]) => ({ name }));
      expect(allNames).toHaveLength(240);
      const points = new Map(names(out).map((d) => [d.name, d.value]));
      // Names left out keep their label point; only names that were given can have moved.
      const everything = { ...out, option: { ...out.option, series: seriesOf(out.option).map((s) => (isNames(s) ? { ...s, labelLayout: { hideOverlap: true }, data: allSeries.get(String(s.id))!.map(([lon, lat, name]) => [...(points.get(name) ?? [lon, lat]), name]) } : s)) } };
      const tokens = themeTokens('portal');
      const shownOfAll = drawn(renderSvg(everything, { width: 600, height: 400, tokens })).filter((t) => allNames.some((d) => d.name === t));
      // No overlap hiding is asked of ECharts (the compile did it) …
      expect(namesSeries(out).map((s) => s.labelLayout)).toEqual([undefined, undefined]);
      // … and asked, it would hide none of the names handed over …
      const checked = { ...out, option: { ...out.option, series: seriesOf(out.option).map((s) => (isNames(s) ? { ...s, labelLayout: { hideOverlap: true } } : s)) } };
      const shownOfGiven = drawn(renderSvg(checked, { width: 600, height: 400, tokens })).filter((t) => given.includes(t));
      expect(shownOfGiven.sort()).toEqual([...given].sort());
      // … and, given all of them, would have shown the same ones.
      if (!withStations) expect(shownOfAll.sort()).toEqual([...given].sort());
    });
  }

  it('keeps a label that overlaps only a hidden one, as ECharts does (first come, first kept)', () => {
    const regions = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { code: 'r', name: 'r' }, geometry: { type: 'Polygon' as const, coordinates: [[[109, 23], [109.1, 23], [109.1, 23.1], [109, 23.1], [109, 23]]] } }] };
    const projection = fitProjection(regions, [600, 400], 20);
    const metrics = { height: 12, width: (t: string) => t.length * 12 };
    // Label points 30 px apart on the drawn map (ECharts fits the projected bounds into 80% of the chart).
    const [[x0, y0], [x1, y1]] = projectedBounds(regions, projection);
    const scale = 0.8 * Math.min(600 / (x1 - x0), 400 / (y1 - y0));
    const [cx, cy] = projection([109.05, 23.05])!;
    const at = (px: number) => projection.invert!([cx + px / scale, cy])! as [number, number];
    // Each 38 px wide (three ideographs and the halo): a overlaps b, b overlaps c, a and c are apart.
    const labels = [
      { code: 'a', at: at(0), lines: ['甲甲甲'] },
      { code: 'b', at: at(30), lines: ['乙乙乙'] },
      { code: 'c', at: at(60), lines: ['丙丙丙'] },
      { code: 'd', at: at(98.1), lines: ['丁丁丁'] },
    ];
    const { hidden } = labelsClearOfStations(regions, labels, [], { width: 600, height: 400, fontSize: 12, symbolSize: 12 }, projection, { regular: metrics, bold: metrics, halo: 2, isBold: () => false });
    // d starts 0.1 px after c ends: apart. Moved by no marker (there are none).
    expect([...hidden]).toEqual(['b']);
  });
});
