import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { geoCentroid, geoContains } from 'd3-geo';
import { readRegions, regionLabelPoint } from '../../../packages/geo/src/index.ts';
import { laibinGeoJson, yichangGeoJson } from './fixtures.ts';

describe('regionLabelPoint', () => {
  it('uses the centroid of a convex region', () => {
    const square = readRegions({
      type: 'Feature',
      properties: { code: '1', name: 'square' },
      geometry: { type: 'Polygon', coordinates: [[[109.5, 23.5], [109.7, 23.5], [109.7, 23.7], [109.5, 23.7], [109.5, 23.5]]] },
    }).features[0]!;
    const [lon, lat] = regionLabelPoint(square);
    expect(lon).toBeCloseTo(109.6, 6);
    expect(lat).toBeCloseTo(23.6, 3);
  });

  it('finds a point inside a crescent (C shape) whose centroid falls in the gap', () => {
    // A "C" opening east: a thick west bar with thin arms top and bottom.
    const c: Feature<Polygon> = {
      type: 'Feature',
      properties: { code: 'c', name: 'crescent' },
      geometry: {
        type: 'Polygon',
        coordinates: [[
          [109, 23], [110, 23], [110, 23.1], [109.1, 23.1], [109.1, 23.9],
          [110, 23.9], [110, 24], [109, 24], [109, 23],
        ]],
      },
    };
    const region = readRegions(c).features[0]!;
    expect(geoContains(region, geoCentroid(region))).toBe(false); // the case being handled
    const label = regionLabelPoint(region);
    expect(geoContains(region, label)).toBe(true);
  });

  it('puts every 来宾 and 宜昌 county label inside its county (MultiPolygons included)', () => {
    for (const fc of [readRegions(laibinGeoJson()), readRegions(yichangGeoJson())]) {
      for (const county of fc.features) {
        expect(geoContains(county, regionLabelPoint(county)), county.properties.name).toBe(true);
      }
    }
  });
});
