import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import {
  convertPoint,
  convertRecords,
  convertRegions,
  haversineDistance,
  readRegions,
  EARTH_RADIUS_METRES,
  type LonLat,
} from '../../../packages/geo/src/index.ts';
import type { Crs } from '../../../packages/spec/src/index.ts';
import { laibinGeoJson } from './fixtures.ts';

const counties: Array<[string, LonLat]> = [
  ['武宣', [109.66, 23.59]],
  ['东兰', [107.37, 24.51]],
  ['远安', [111.64, 31.06]],
  ['犍为', [103.95, 29.21]],
  ['合山', [108.89, 23.81]],
];

describe('haversineDistance', () => {
  it('measures one degree of latitude as 111.195 km and agrees with d3.geoDistance', () => {
    expect(haversineDistance([109.66, 23], [109.66, 24])).toBeCloseTo((Math.PI / 180) * EARTH_RADIUS_METRES, 3);
    expect(haversineDistance([109.66, 23], [109.66, 24]) / 1000).toBeCloseTo(111.195, 3);
    const [a, b]: LonLat[] = [[103.95, 29.21], [111.64, 31.06]];
    expect(haversineDistance(a, b)).toBeCloseTo(geoDistance(a, b) * EARTH_RADIUS_METRES, 3);
  });
});

describe('convertPoint', () => {
  it.each(counties)('%s: WGS-84 → GCJ-02 moves the point a few hundred metres', (_, p) => {
    const offset = haversineDistance(p, convertPoint(p, 'wgs84', 'gcj02'));
    expect(offset).toBeGreaterThan(100);
    expect(offset).toBeLessThan(1_000);
  });

  it.each(counties)('%s: GCJ-02 ↔ WGS-84 round trips within a metre, both ways', (_, p) => {
    expect(haversineDistance(p, convertPoint(convertPoint(p, 'gcj02', 'wgs84'), 'wgs84', 'gcj02'))).toBeLessThan(1);
    expect(haversineDistance(p, convertPoint(convertPoint(p, 'wgs84', 'gcj02'), 'gcj02', 'wgs84'))).toBeLessThan(1);
  });

  it.each(counties)('%s: BD-09 round trips with WGS-84 and GCJ-02 within a metre', (_, p) => {
    const pairs: Array<[Crs, Crs]> = [['bd09', 'wgs84'], ['bd09', 'gcj02'], ['wgs84', 'bd09'], ['gcj02', 'bd09']];
    for (const [from, to] of pairs) {
      expect(haversineDistance(p, convertPoint(convertPoint(p, from, to), to, from))).toBeLessThan(1);
    }
    // BD-09 is GCJ-02 shifted again, by several hundred metres.
    const shift = haversineDistance(p, convertPoint(p, 'gcj02', 'bd09'));
    expect(shift).toBeGreaterThan(300);
    expect(shift).toBeLessThan(1_500);
  });

  it('composes: WGS-84 → BD-09 equals WGS-84 → GCJ-02 → BD-09', () => {
    const p: LonLat = [109.66, 23.59];
    const direct = convertPoint(p, 'wgs84', 'bd09');
    const viaGcj = convertPoint(convertPoint(p, 'wgs84', 'gcj02'), 'gcj02', 'bd09');
    expect(haversineDistance(direct, viaGcj)).toBeLessThan(0.01);
  });

  it('leaves a point unchanged when the systems are the same, and outside China', () => {
    expect(convertPoint([109.66, 23.59], 'gcj02', 'gcj02')).toEqual([109.66, 23.59]);
    expect(convertPoint([2.35, 48.86], 'wgs84', 'gcj02')).toEqual([2.35, 48.86]);
  });
});

describe('convertRecords', () => {
  it('converts lon/lat, keeps the other fields, and does not touch the input', () => {
    const records = [
      { id: 's1', name: '武宣镇联络站', township: '451323100', lon: 109.66, lat: 23.59 },
      { id: 's2', name: '坐标缺失', township: '451323101', lon: Number.NaN, lat: 23.6 },
    ];
    const converted = convertRecords(records, 'gcj02', 'wgs84');
    expect(converted[0]).toMatchObject({ id: 's1', name: '武宣镇联络站', township: '451323100' });
    expect(converted[0]).toEqual({ ...records[0], lon: convertPoint([109.66, 23.59], 'gcj02', 'wgs84')[0], lat: convertPoint([109.66, 23.59], 'gcj02', 'wgs84')[1] });
    expect(haversineDistance([records[0]!.lon, records[0]!.lat], [converted[0]!.lon, converted[0]!.lat])).toBeGreaterThan(100);
    expect(converted[1]).toEqual(records[1]);
    expect(converted[1]).not.toBe(records[1]);
    expect(records[0]!.lon).toBe(109.66);
  });
});

describe('convertRegions', () => {
  it('moves every vertex by the CRS offset and keeps codes, names and the input', () => {
    const gcj = readRegions(laibinGeoJson());
    const firstBefore = JSON.stringify(gcj.features[0]!.geometry);
    const wgs = convertRegions(gcj, 'gcj02', 'wgs84');
    expect(wgs.features.map((f) => f.properties.code)).toEqual(gcj.features.map((f) => f.properties.code));
    const ringOf = (fc: typeof gcj, i: number) => (fc.features[i]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const a = ringOf(gcj, 3)[10]! as LonLat;
    const b = ringOf(wgs, 3)[10]! as LonLat;
    expect(b).toEqual(convertPoint(a, 'gcj02', 'wgs84'));
    expect(JSON.stringify(gcj.features[0]!.geometry)).toBe(firstBefore);
  });
});
