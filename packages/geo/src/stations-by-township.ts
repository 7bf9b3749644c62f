import type { StationRecord } from '@tongxin/spec';
import { regionContaining } from './region-containing.ts';
import type { RegionCollection } from './types.ts';

/** A station whose declared `township` is not the region its coordinates fall in. */
export interface TownshipMismatch {
  station: StationRecord;
  /** The code the record declares. */
  declared: string;
  /** The code of the region containing its coordinates. */
  found: string;
}

/** Stations per region code, by where their coordinates fall, plus what did not fit. */
export type StationsByTownship = Map<string, StationRecord[]> & {
  /** Stations inside a region other than the township they declare. */
  mismatches: TownshipMismatch[];
  /** Stations inside no region (or without usable coordinates). */
  outside: StationRecord[];
};

/**
 * Places each station in the region that contains it (geometry decides here; see
 * `coverageStats` for the count that trusts the declared code). Every region code is a
 * key, in the regions' order, even with no station. Stations and regions must share a CRS.
 */
export function stationsByTownship(stations: StationRecord[], regions: RegionCollection): StationsByTownship {
  const byCode = new Map<string, StationRecord[]>(regions.features.map((r) => [r.properties.code, []]));
  const result = Object.assign(byCode, { mismatches: [] as TownshipMismatch[], outside: [] as StationRecord[] });
  for (const station of stations) {
    const region = regionContaining([station.lon, station.lat], regions);
    if (!region) {
      result.outside.push(station);
      continue;
    }
    const found = region.properties.code;
    result.get(found)!.push(station);
    if (station.township && String(station.township) !== found) {
      result.mismatches.push({ station, declared: String(station.township), found });
    }
  }
  return result;
}
