import type { StationKind, StationRecord } from '@tongxin/spec';
import { regionContaining } from './region-containing.ts';
import type { RegionCollection } from './types.ts';

export interface CoverageOptions {
  /** Station kinds that count. Absent or empty: all kinds. */
  kinds?: StationKind[];
}

export interface RegionCoverage {
  code: string;
  name: string;
  /** Stations of the counted kinds in this region. */
  stations: number;
  covered: boolean;
}

export interface CoverageStats {
  /** Regions on the map. */
  total: number;
  /** Regions with at least one station of the counted kinds. */
  covered: number;
  /** covered / total, 0..1 (0 when there are no regions). */
  rate: number;
  /** One entry per region, in the regions' order. */
  byRegion: RegionCoverage[];
  /** Stations of the counted kinds placed in no region. */
  unplaced: number;
}

/**
 * Coverage (覆盖率): the share of regions with at least one station of the chosen kinds.
 *
 * A station counts for the township its record declares (`township`), because the portal
 * that publishes the station knows where it belongs even when its coordinates are rough
 * or in another CRS. Geometry decides only when the record has no `township` or declares
 * a code that is not on this map. `stationsByTownship` reports where the two disagree.
 */
export function coverageStats(
  regions: RegionCollection,
  stations: StationRecord[],
  options: CoverageOptions = {},
): CoverageStats {
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
  const counts = new Map<string, number>(regions.features.map((r) => [r.properties.code, 0]));
  let unplaced = 0;
  for (const station of stations) {
    if (kinds && !kinds.has(station.kind)) continue;
    const declared = station.township == null ? '' : String(station.township);
    const code = counts.has(declared)
      ? declared
      : regionContaining([station.lon, station.lat], regions)?.properties.code;
    if (code === undefined) unplaced += 1;
    else counts.set(code, counts.get(code)! + 1);
  }
  const byRegion = regions.features.map(({ properties: { code, name } }) => {
    const n = counts.get(code)!;
    return { code, name, stations: n, covered: n > 0 };
  });
  const covered = byRegion.filter((r) => r.covered).length;
  const total = byRegion.length;
  return { total, covered, rate: total === 0 ? 0 : covered / total, byRegion, unplaced };
}
