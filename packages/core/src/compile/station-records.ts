import type { Crs, DataRecord, StationRecord } from '@tongxin/spec';
import { convertRecords } from '@tongxin/geo';
import { recordNumber } from './view-records.ts';

/**
 * Records that are usable stations (a number for lon and lat), with their
 * coordinates converted into the regions' CRS so they land on the map drawn.
 */
export function stationRecords(records: DataRecord[], from: Crs, to: Crs): StationRecord[] {
  const usable = records
    .map((r) => ({ ...r, lon: recordNumber(r, 'lon'), lat: recordNumber(r, 'lat') }))
    .filter((r): r is typeof r & { lon: number; lat: number } => r.lon != null && r.lat != null) as unknown as StationRecord[];
  return from === to ? usable : convertRecords(usable, from, to);
}
