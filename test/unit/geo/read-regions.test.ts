import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { geoArea, geoBounds } from 'd3-geo';
import { GeoInputError, readRegions, type RegionCollection } from '../../../packages/geo/src/index.ts';
import { laibinGeoJson, signedArea, threeTownships, yichangGeoJson } from './fixtures.ts';

const areaKm2 = (f: Parameters<typeof geoArea>[0]) => geoArea(f) * 6371.0088 ** 2;

function expectError(run: () => unknown, key: string): GeoInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GeoInputError);
    expect((error as GeoInputError).key).toBe(key);
    return error as GeoInputError;
  }
  throw new Error(`expected GeoInputError ${key}`);
}

describe('readRegions from GeoJSON', () => {
  it('reads 来宾市’s six counties with codes from the feature id and their names', () => {
    const regions = readRegions(laibinGeoJson());
    const byCode = Object.fromEntries(regions.features.map((f) => [f.properties.code, f.properties.name]));
    expect(byCode).toEqual({
      '451302': '兴宾区',
      '451321': '忻城县',
      '451322': '象州县',
      '451323': '武宣县',
      '451324': '金秀瑶族自治县',
      '451381': '合山市',
    });
    // 武宣县 is about 1,739 km², 合山市 about 366 km².
    const wuxuan = regions.features.find((f) => f.properties.code === '451323')!;
    const heshan = regions.features.find((f) => f.properties.code === '451381')!;
    expect(areaKm2(wuxuan)).toBeGreaterThan(1_600);
    expect(areaKm2(wuxuan)).toBeLessThan(1_900);
    expect(areaKm2(heshan)).toBeGreaterThan(300);
    expect(areaKm2(heshan)).toBeLessThan(450);
  });

  it('fixes RFC 7946 winding so no region fills the globe', () => {
    const regions = readRegions(threeTownships());
    for (const f of regions.features) {
      expect(geoArea(f)).toBeLessThan(1e-4);
      expect(signedArea((f.geometry as Polygon).coordinates[0]!)).toBeLessThan(0);
    }
  });

  it('reads MultiPolygon counties (宜昌市) and keeps their other properties', () => {
    const regions = readRegions(yichangGeoJson());
    const xingshan = regions.features.find((f) => f.properties.code === '420526')!;
    expect(xingshan.properties.name).toBe('兴山县');
    expect(xingshan.geometry.type).toBe('MultiPolygon');
    expect(xingshan.properties.cp).toEqual(expect.any(Array));
    expect(areaKm2(xingshan)).toBeGreaterThan(2_000); // 兴山县 ≈ 2,327 km²
    expect(areaKm2(xingshan)).toBeLessThan(2_700);
  });

  it('takes codes from codeProperty, then id, then adcode; numbers become strings', () => {
    const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const regions = readRegions(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { xzqh: 451323100, name: '武宣镇' }, geometry: square },
          { type: 'Feature', id: 451323101, properties: { name: '桐岭镇' }, geometry: square },
          { type: 'Feature', properties: { adcode: 451323102, mc: '通挽镇' }, geometry: square },
        ],
      },
      { codeProperty: 'xzqh', nameProperty: 'mc' },
    );
    expect(regions.features.map((f) => f.properties.code)).toEqual(['451323100', '451323101', '451323102']);
    // Without the name property the code stands in.
    expect(regions.features.map((f) => f.properties.name)).toEqual(['451323100', '451323101', '通挽镇']);
  });

  it('closes open rings so d3 does not drop a vertex', () => {
    const regions = readRegions({
      type: 'Feature',
      properties: { code: '1', name: 'open' },
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0]]] },
    });
    const ring = (regions.features[0]!.geometry as Polygon).coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    const expected = (Math.PI / 180) ** 2; // 1°×1° at the equator, ≈ 3.05e-4 sr
    expect(geoArea(regions.features[0]!)).toBeCloseTo(expected, 6);
  });
});

describe('readRegions from TopoJSON', () => {
  const geojson = () => readRegions(laibinGeoJson());
  const compare = (a: RegionCollection, b: RegionCollection, relativeArea: number, degrees: number) => {
    expect(b.features.map((f) => [f.properties.code, f.properties.name])).toEqual(
      a.features.map((f) => [f.properties.code, f.properties.name]),
    );
    a.features.forEach((fa, i) => {
      const fb = b.features[i]!;
      expect(Math.abs(geoArea(fb) / geoArea(fa) - 1)).toBeLessThan(relativeArea);
      const [ba, bb] = [geoBounds(fa), geoBounds(fb)];
      for (const k of [0, 1] as const) for (const j of [0, 1] as const) {
        expect(Math.abs(bb[k][j] - ba[k][j])).toBeLessThan(degrees);
      }
    });
  };

  it('gives the same regions as the GeoJSON it was built from (exact coordinates)', () => {
    const topo = topology({ counties: laibinGeoJson() });
    compare(geojson(), readRegions(topo), 1e-9, 1e-9);
  });

  it('gives approximately the same regions from a quantized topology, auto-detected', () => {
    const topo = topology({ counties: laibinGeoJson() }, 1e5);
    expect(topo.transform).toBeDefined();
    compare(geojson(), readRegions(JSON.parse(JSON.stringify(topo))), 0.005, 0.001);
  });

  it('reads the named object, and lists the objects when it is missing', () => {
    const topo = topology({ outline: threeTownships(), counties: laibinGeoJson() });
    expect(readRegions(topo, { object: 'counties', format: 'topojson' }).features).toHaveLength(6);
    expect(readRegions(topo).features).toHaveLength(3); // first object by default
    const error = expectError(() => readRegions(topo, { object: 'townships' }), 'topology-object-missing');
    expect(error.message).toContain('townships');
    expect(error.details).toEqual({ object: 'townships', available: ['outline', 'counties'] });
  });
});

describe('readRegions rejects bad input with a keyed GeoInputError', () => {
  const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

  it('names what it got when the input is neither GeoJSON nor TopoJSON', () => {
    expect(expectError(() => readRegions([1, 2]), 'not-geojson-or-topojson').message).toContain('[1,2]');
    expect(expectError(() => readRegions({ type: 'Point', coordinates: [0, 0] }), 'not-geojson-or-topojson').message).toContain('Point');
    expectError(() => readRegions('{"type":"FeatureCollection"}'), 'not-geojson-or-topojson');
    expectError(() => readRegions(null), 'not-geojson-or-topojson');
  });

  it('reports a declared format the file does not have', () => {
    const error = expectError(() => readRegions(threeTownships(), { format: 'topojson' }), 'format-mismatch');
    expect(error.details).toEqual({ expected: 'topojson', found: 'geojson' });
  });

  it('reports a region without a code, by position', () => {
    const error = expectError(
      () => readRegions({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '无码' }, geometry: square }] }),
      'region-without-code',
    );
    expect(error.details).toEqual({ index: 0, codeProperty: 'code' });
    expect(error.localized('zh-CN')).toContain('第 1 个区划缺少代码');
  });

  it('reports non-polygon regions, swapped latitude/longitude, projected metres and duplicate codes', () => {
    const one = (geometry: unknown, code = '1') => ({ type: 'Feature', properties: { code, name: 'x' }, geometry });
    const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
    expect(expectError(() => readRegions(fc(one({ type: 'Point', coordinates: [0, 0] }))), 'region-not-polygon').details)
      .toEqual({ code: '1', geometryType: 'Point' });
    expectError(() => readRegions(fc(one(null))), 'region-not-polygon');
    const swapped = { type: 'Polygon', coordinates: [[[23.5, 109.5], [23.6, 109.5], [23.6, 109.6], [23.5, 109.5]]] };
    expect(expectError(() => readRegions(fc(one(swapped))), 'region-bad-coordinates').message).toContain('[23.5,109.5]');
    const metres = { type: 'Polygon', coordinates: [[[12207000, 2703000], [12208000, 2703000], [12208000, 2704000], [12207000, 2703000]]] };
    expectError(() => readRegions(fc(one(metres))), 'region-bad-coordinates');
    expect(expectError(() => readRegions(fc(one(square, '7'), one(square, '7'))), 'region-duplicate-code').details).toEqual({ code: '7' });
    expectError(() => readRegions({ type: 'FeatureCollection', features: {} }), 'features-not-array');
    expectError(() => readRegions({ type: 'Topology', objects: {} }), 'topology-invalid');
  });
});

