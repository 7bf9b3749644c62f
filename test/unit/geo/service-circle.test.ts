import { describe, expect, it } from 'vitest';
import { geoArea, geoContains, geoDistance } from 'd3-geo';
import { EARTH_RADIUS_METRES, haversineDistance, serviceCircle, type LonLat } from '../../../packages/geo/src/index.ts';

describe('serviceCircle', () => {
  const center: LonLat = [109.66, 23.59];

  it.each([500, 3_000, 10_000])('puts every ring point %i m ± 1% from the centre', (radius) => {
    const ring = serviceCircle(center, radius).coordinates[0]!;
    expect(ring.length).toBeGreaterThan(32);
    for (const p of ring) {
      const d = haversineDistance(center, p as LonLat);
      expect(Math.abs(d / radius - 1)).toBeLessThan(0.01);
      // and by d3's own great-circle distance
      expect(Math.abs((geoDistance(center, p as LonLat) * EARTH_RADIUS_METRES) / radius - 1)).toBeLessThan(0.01);
    }
  });

  it('is a small region for d3 (area ≈ πr², not the globe) that contains its centre', () => {
    const radius = 3_000;
    const circle = serviceCircle(center, radius);
    const areaM2 = geoArea(circle) * EARTH_RADIUS_METRES ** 2;
    expect(areaM2 / (Math.PI * radius * radius)).toBeGreaterThan(0.99);
    expect(areaM2 / (Math.PI * radius * radius)).toBeLessThan(1.0001);
    expect(geoContains(circle, center)).toBe(true);
    expect(geoContains(circle, [center[0] + 0.05, center[1]])).toBe(false);
  });

  it('uses about `steps` vertices and rejects a radius that is not positive', () => {
    const few = serviceCircle(center, 1_000, 16).coordinates[0]!.length;
    const many = serviceCircle(center, 1_000, 128).coordinates[0]!.length;
    expect(few).toBeGreaterThanOrEqual(16);
    expect(few).toBeLessThanOrEqual(18);
    expect(many).toBeGreaterThanOrEqual(128);
    expect(many).toBeLessThanOrEqual(130);
    expect(() => serviceCircle(center, 0)).toThrow(RangeError);
    expect(() => serviceCircle(center, Number.NaN)).toThrow(RangeError);
  });
});
