import type { Crs, DataRecord, StationRecord } from '@tongxin/spec';
import { convertRecords } from '@tongxin/geo';
import { recordNumber } from './view-records.ts';

/**
 * Records that are usable stations (a number for lon and lat), with their
 * coordinates converted into the regions' CRS so they land on the map drawn.
 */
export function stationRecords(records: DataRecord[], from: Crs, to: Crs): StationRecord[] {
  const usable: StationRecord[] = [];
  for (const r of records) {
    const lon = recordNumber(r, 'lon');
    const lat = recordNumber(r, 'lat');
    if (lon == null || lat == null) continue;
    // Coordinates that are numbers already: the record itself, not a copy (a province has 100,000).
    usable.push((lon === r.lon && lat === r.lat ? r : { ...r, lon, lat }) as unknown as StationRecord);
  }
  return from === to ? usable : convertRecords(usable, from, to);
}
