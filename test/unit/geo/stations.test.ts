import { describe, expect, it } from 'vitest';
import type { StationKind, StationRecord } from '../../../packages/spec/src/index.ts';
import {
  convertPoint,
  convertRecords,
  coverageStats,
  readRegions,
  regionContaining,
  stationsByTownship,
} from '../../../packages/geo/src/index.ts';
import { laibinGeoJson, threeTownships } from './fixtures.ts';

// 示意东乡 109.50–109.60 E, 示意西乡 109.60–109.70 E (both 23.50–23.60 N),
// 示意北乡 109.50–109.70 E × 23.60–23.70 N with a hole 109.58–109.62 × 23.63–23.67.
const EAST = '451323901';
const WEST = '451323902';
const NORTH = '451323903';

const station = (id: string, kind: StationKind, lon: number, lat: number, township = ''): StationRecord => ({
  id, name: `站${id}`, kind, township, lon, lat,
});

describe('regionContaining', () => {
  const regions = readRegions(threeTownships());
  it('finds the township that contains a point', () => {
    expect(regionContaining([109.55, 23.55], regions)?.properties.code).toBe(EAST);
    expect(regionContaining([109.65, 23.55], regions)?.properties.name).toBe('示意西乡');
    expect(regionContaining([109.52, 23.68], regions)?.properties.code).toBe(NORTH);
  });
  it('finds none outside every township, in a hole, or without coordinates', () => {
    expect(regionContaining([109.8, 23.55], regions)).toBeUndefined();
    expect(regionContaining([109.6, 23.65], regions)).toBeUndefined(); // the hole
    expect(regionContaining([Number.NaN, 23.55], regions)).toBeUndefined();
  });
  it('places each 来宾 county seat (GCJ-02) in its own county', () => {
    const laibin = readRegions(laibinGeoJson());
    // Seats in GCJ-02 (AMap): 武宣镇, 合山市 岭南镇, 象州镇, 金秀镇, 城关镇 (忻城).
    expect(regionContaining([109.663, 23.594], laibin)?.properties.name).toBe('武宣县');
    expect(regionContaining([108.886, 23.806], laibin)?.properties.name).toBe('合山市');
    expect(regionContaining([109.705, 23.959], laibin)?.properties.name).toBe('象州县');
    expect(regionContaining([110.189, 24.130], laibin)?.properties.name).toBe('金秀瑶族自治县');
    expect(regionContaining([108.665, 24.066], laibin)?.properties.name).toBe('忻城县');
  });
});

describe('stationsByTownship', () => {
  const regions = readRegions(threeTownships());
  const stations = [
    station('a', 'liaison', 109.55, 23.55, EAST),
    station('b', 'reading-point', 109.56, 23.52, EAST),
    station('c', 'liaison', 109.52, 23.68, WEST), // declares 西乡, stands in 北乡
    station('d', 'liaison', 109.9, 23.55, WEST), // outside the map
    station('e', 'liaison', 109.6, 23.65), // in the hole, no declared township
  ];
  const result = stationsByTownship(stations, regions);

  it('assigns stations to the region that contains them, with every region as a key', () => {
    expect([...result.keys()]).toEqual([EAST, WEST, NORTH]);
    expect(result.get(EAST)!.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.get(WEST)).toEqual([]);
    expect(result.get(NORTH)!.map((s) => s.id)).toEqual(['c']);
  });
  it('reports stations whose declared township disagrees with where they stand', () => {
    expect(result.mismatches).toEqual([{ station: stations[2], declared: WEST, found: NORTH }]);
  });
  it('reports stations inside no region', () => {
    expect(result.outside.map((s) => s.id)).toEqual(['d', 'e']);
  });
});

describe('coverageStats', () => {
  const regions = readRegions(threeTownships());

  it('counts the share of townships with a station: 2 of 3', () => {
    const stats = coverageStats(regions, [
      station('a', 'liaison', 109.55, 23.55, EAST),
      station('b', 'liaison', 109.56, 23.52, EAST),
      station('c', 'reading-point', 109.52, 23.68, NORTH),
    ]);
    expect(stats.total).toBe(3);
    expect(stats.covered).toBe(2);
    expect(stats.rate).toBeCloseTo(0.667, 3);
    expect(stats.byRegion).toEqual([
      { code: EAST, name: '示意东乡', stations: 2, covered: true },
      { code: WEST, name: '示意西乡', stations: 0, covered: false },
      { code: NORTH, name: '示意北乡', stations: 1, covered: true },
    ]);
    expect(stats.unplaced).toBe(0);
  });

  it('counts only the chosen kinds', () => {
    const stations = [
      station('a', 'liaison', 109.55, 23.55, EAST),
      station('b', 'reading-point', 109.65, 23.55, WEST),
      station('c', 'industry-base', 109.52, 23.68, NORTH),
    ];
    expect(coverageStats(regions, stations).covered).toBe(3);
    const liaisonOnly = coverageStats(regions, stations, { kinds: ['liaison'] });
    expect(liaisonOnly.covered).toBe(1);
    expect(liaisonOnly.rate).toBeCloseTo(1 / 3, 10);
    expect(liaisonOnly.byRegion.map((r) => r.covered)).toEqual([true, false, false]);
    expect(coverageStats(regions, stations, { kinds: ['liaison', 'reading-point'] }).covered).toBe(2);
    expect(coverageStats(regions, stations, { kinds: [] }).covered).toBe(3); // empty = all kinds
  });

  it('trusts the declared township over the coordinates; uses geometry when none is declared or it is not on the map', () => {
    const stats = coverageStats(regions, [
      station('declared', 'liaison', 109.55, 23.55, WEST), // stands in 东乡, declared 西乡 → 西乡
      station('geometry', 'liaison', 109.52, 23.68), // no township → 北乡 by geometry
      station('unknown-code', 'liaison', 109.52, 23.68, '999999999'), // not on this map → geometry → 北乡
      station('nowhere', 'liaison', 110.5, 23.55), // no township, outside → unplaced
    ]);
    expect(stats.byRegion.map((r) => r.stations)).toEqual([0, 1, 2]);
    expect(stats.covered).toBe(2);
    expect(stats.unplaced).toBe(1);
  });

  it('places a WGS-84 station correctly on a GCJ-02 map only after converting it', () => {
    // The station stands just inside 西乡 (GCJ-02 109.602 E). A GPS reading (WGS-84) puts it
    // ~430 m west, which read against the GCJ-02 map would fall in 东乡.
    const [lon, lat] = convertPoint([109.602, 23.55], 'gcj02', 'wgs84');
    const gps = [station('w', 'liaison', lon, lat)];
    expect(coverageStats(regions, gps).byRegion.map((r) => r.stations)).toEqual([1, 0, 0]);
    const converted = convertRecords(gps, 'wgs84', 'gcj02');
    expect(coverageStats(regions, converted).byRegion.map((r) => r.stations)).toEqual([0, 1, 0]);
  });

  it('has rate 0 for an empty map and 1 when every township has a station', () => {
    expect(coverageStats({ type: 'FeatureCollection', features: [] }, []).rate).toBe(0);
    const all = coverageStats(regions, [
      station('a', 'liaison', 109.55, 23.55),
      station('b', 'liaison', 109.65, 23.55),
      station('c', 'liaison', 109.52, 23.68),
    ]);
    expect(all.rate).toBe(1);
  });
});
