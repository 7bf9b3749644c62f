import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { fitProjection, projectedBounds, readRegions } from '../../../packages/geo/src/index.ts';
import { laibinGeoJson, threeTownships } from './fixtures.ts';

describe('fitProjection and projectedBounds', () => {
  const laibin = readRegions(laibinGeoJson());

  it('fits 来宾市 inside the padded extent, touching it on the limiting side', () => {
    const [width, height, padding] = [1200, 800, 24];
    const [[x0, y0], [x1, y1]] = projectedBounds(laibin, fitProjection(laibin, [width, height], padding));
    for (const x of [x0, x1]) expect(x).toBeGreaterThanOrEqual(padding - 1e-6), expect(x).toBeLessThanOrEqual(width - padding + 1e-6);
    for (const y of [y0, y1]) expect(y).toBeGreaterThanOrEqual(padding - 1e-6), expect(y).toBeLessThanOrEqual(height - padding + 1e-6);
    const touchesWidth = Math.abs(x1 - x0 - (width - 2 * padding)) < 1e-6;
    const touchesHeight = Math.abs(y1 - y0 - (height - 2 * padding)) < 1e-6;
    expect(touchesWidth || touchesHeight).toBe(true);
    // Centred in the free direction.
    expect((x0 + x1) / 2).toBeCloseTo(width / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo(height / 2, 6);
  });

  it('is reproducible: the same input gives the same scale and translate', () => {
    const a = fitProjection(laibin, [960, 540], 8);
    const b = fitProjection(readRegions(laibinGeoJson()), [960, 540], 8);
    expect(b.scale()).toBe(a.scale());
    expect(b.translate()).toEqual(a.translate());
  });

  it('keeps north up and west left (Mercator): 武宣 (east) right of 忻城 (west)', () => {
    const projection = fitProjection(laibin, [1000, 1000]);
    const [wuxuanX] = projection([109.66, 23.59])!;
    const [xinchengX] = projection([108.67, 24.07])!;
    expect(wuxuanX).toBeGreaterThan(xinchengX);
    expect(projection([109.66, 24.5])![1]).toBeLessThan(projection([109.66, 23.5])![1]);
  });

  it('fits small hand-made townships the same way and centres an empty map without scaling', () => {
    const towns = readRegions(threeTownships());
    const [[x0, y0], [x1, y1]] = projectedBounds(towns, fitProjection(towns, [400, 400]));
    // 0.2° × 0.2° at 23.6° N: Mercator stretches north–south by 1/cos(lat), so height limits
    // and width/height ≈ cos(23.6°).
    expect(y1 - y0).toBeCloseTo(400, 6);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(Math.cos((23.6 * Math.PI) / 180), 3);
    const empty = fitProjection({ type: 'FeatureCollection', features: [] }, [400, 300]);
    expect(empty.translate()).toEqual([200, 150]);
  });

  it('takes the bounds of a fitted map from its fit, not from a second pass over the vertices, while the fit holds', () => {
    const towns = readRegions(threeTownships());
    let reads = 0;
    const counted = { ...towns, features: towns.features.map((f) => ({ ...f, get geometry() { reads++; return f.geometry; } })) };
    const projection = fitProjection(counted, [400, 300], 10);
    const afterFit = reads;
    expect(afterFit).toBeGreaterThan(0);
    const bounds = projectedBounds(counted, projection);
    expect(reads).toBe(afterFit);
    // The same bounds a pass at the fitted scale finds.
    const walked = projectedBounds(towns, projection);
    bounds.flat().forEach((v, i) => expect(v).toBeCloseTo(walked.flat()[i]!, 9));
    // Moved or rescaled, the projection is walked again.
    projection.scale(projection.scale() * 2);
    projectedBounds(counted, projection);
    expect(reads).toBeGreaterThan(afterFit);
  });

  it('fits as d3\'s fitExtent does, by the vertices\' box for a county or province and by d3\'s bounds across the antimeridian', () => {
    const across = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { code: 'x', name: 'x' }, geometry: { type: 'Polygon' as const, coordinates: [[[179, 10], [179, 11], [-179, 11], [-179, 10], [179, 10]]] } }] };
    for (const [regions, size] of [[laibin, [1200, 800]], [readRegions(threeTownships()), [400, 300]], [across, [500, 500]]] as const) {
      const ours = fitProjection(regions, size as [number, number], 12);
      const d3 = geoMercator().fitExtent([[12, 12], [size[0] - 12, size[1] - 12]], regions);
      expect(ours.scale() / d3.scale()).toBeCloseTo(1, 9);
      ours.translate().forEach((t, i) => expect(t).toBeCloseTo(d3.translate()[i]!, 6));
    }
  });
});
