import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { fitProjection, projectPoint, readRegions } from '../../../packages/geo/src/index.ts';
import { laibinGeoJson } from './fixtures.ts';

describe('projectPoint', () => {
  const laibin = readRegions(laibinGeoJson());

  it('projects as the fitted d3 Mercator does, to the last bit, in the map and far outside it', () => {
    for (const [size, padding] of [[[1200, 800], 40], [[400, 300], 15], [[1, 1], 0]] as const) {
      const projection = fitProjection(laibin, [...size], padding);
      const point = projectPoint(projection);
      // A seeded spread: the county, the province around it, past the antimeridian, near the poles.
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      const points: [number, number][] = [[109.2, 23.7], [0, 0], [-0, -0], [180, 0], [-180, 10], [190, 20], [-540.5, -30], [109, 89.9], [109, -89.9], [109, 90], [NaN, 23]];
      for (let i = 0; i < 2000; i++) points.push(i % 2 ? [108 + random() * 3, 23 + random() * 2] : [random() * 720 - 360, random() * 170 - 85]);
      for (const [lon, lat] of points) {
        const mine = point(lon, lat)!;
        const d3 = projection([lon, lat])!;
        expect(Object.is(mine[0], d3[0]) && Object.is(mine[1], d3[1]), `${lon}, ${lat}: ${mine} vs ${d3}`).toBe(true);
      }
    }
  });

  it('leaves a projection it did not make, or one changed since, to d3', () => {
    const other = geoMercator().scale(1000).translate([10, 20]).rotate([30, 0]);
    expect(projectPoint(other)(109, 23)).toEqual(other([109, 23]));
    const fitted = fitProjection(laibin, [600, 400], 20);
    const before = projectPoint(fitted)(109.5, 23.5);
    fitted.rotate([10, 0]);
    expect(projectPoint(fitted)(109.5, 23.5)).toEqual(fitted([109.5, 23.5]));
    expect(projectPoint(fitted)(109.5, 23.5)).not.toEqual(before);
    fitted.rotate([0, 0]).translate([1, 2]);
    expect(projectPoint(fitted)(109.5, 23.5)).toEqual(fitted([109.5, 23.5]));
  });
});
