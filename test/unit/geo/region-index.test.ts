import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readRegions, regionContaining } from '../../../packages/geo/src/index.ts';
import { laibinGeoJson, readJson, threeTownships, yichangGeoJson } from './fixtures.ts';

/** What regionContaining must answer: the first feature d3's spherical geoContains accepts. */
const scan = (point: [number, number], fc: FeatureCollection<Geometry | null, { code: string }>) =>
  fc.features.find((f) => f.geometry && geoContains(f as unknown as Feature, point))?.properties.code;

/** Deterministic points: a grid over the collection, every vertex, and points a hair off edge midpoints. */
function probes(fc: FeatureCollection): [number, number][] {
  const points: [number, number][] = [];
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const rings = fc.features.flatMap((f) => (f.geometry?.type === 'Polygon' ? f.geometry.coordinates : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : []));
  // About 300 vertices and 1,200 near-edge points whatever the detail of the outlines.
  const stride = Math.max(1, Math.round(rings.reduce((k, r) => k + r.length, 0) / 300));
  for (const ring of rings) {
    ring.forEach((p, i) => {
      [w, s, e, n] = [Math.min(w, p[0]), Math.min(s, p[1]), Math.max(e, p[0]), Math.max(n, p[1])];
      if (i % stride === 0) points.push([p[0], p[1]]);
      const q = ring[i + 1];
      if (q && i % stride === 0) for (const d of [0, 1e-6, -1e-6, 1e-4]) points.push([(p[0] + q[0]) / 2 + d, (p[1] + q[1]) / 2 - d]);
    });
  }
  for (let i = 0; i <= 40; i++) for (let j = 0; j <= 40; j++) points.push([w + ((e - w) * i) / 40, s + ((n - s) * j) / 40]);
  return points;
}

describe('regionContaining with its spatial index answers exactly as a geoContains scan', () => {
  const cases: [string, () => FeatureCollection][] = [
    ['hand-made townships (a hole, shared edges)', threeTownships],
    ['来宾市 counties (real outlines)', laibinGeoJson],
    ['宜昌市 counties (MultiPolygons)', yichangGeoJson],
    ['武宣 generated townships (data/)', () => readJson<FeatureCollection>('data/wuxuan/townships.geo.json')],
  ];
  for (const [name, load] of cases) {
    it(name, () => {
      const regions = readRegions(load());
      const points = probes(regions);
      expect(points.length).toBeGreaterThan(1000);
      const differ = points.filter((p) => regionContaining(p, regions)?.properties.code !== scan(p, regions));
      expect(differ.slice(0, 5)).toEqual([]);
    });
  }

  it('a region across the antimeridian (kept out of the grid), and points far outside the grid', () => {
    const fc = readRegions({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'dateline', name: 'd' }, geometry: { type: 'Polygon', coordinates: [[[179, -1], [-179, -1], [-179, 1], [179, 1], [179, -1]]] } },
        { type: 'Feature', properties: { code: 'box', name: 'b' }, geometry: { type: 'Polygon', coordinates: [[[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]] } },
      ],
    });
    for (const p of [[179.5, 0], [-179.5, 0.5], [180, 0], [10.5, 10.5], [0, 0], [10.5, 60], [-100, -45]] as [number, number][]) {
      expect(regionContaining(p, fc)?.properties.code, String(p)).toBe(scan(p, fc));
    }
  });

  it('the first region in order wins where regions overlap', () => {
    const square = (code: string, x: number) => ({ type: 'Feature' as const, properties: { code, name: code }, geometry: { type: 'Polygon' as const, coordinates: [[[x, 0], [x + 2, 0], [x + 2, 2], [x, 2], [x, 0]]] } });
    const fc = readRegions({ type: 'FeatureCollection', features: [square('a', 0), square('b', 1)] });
    expect(regionContaining([1.5, 1], fc)?.properties.code).toBe('a');
    const reversed = readRegions({ type: 'FeatureCollection', features: [square('b', 1), square('a', 0)] });
    expect(regionContaining([1.5, 1], reversed)?.properties.code).toBe('b');
  });
});
