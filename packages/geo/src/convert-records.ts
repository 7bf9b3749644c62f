import type { Crs } from '@tongxin/spec';
import { convertPoint } from './convert-point.ts';

/**
 * Copies of `records` with `lon`/`lat` converted from one CRS to another; other fields
 * are kept. Records whose `lon`/`lat` are not finite numbers are copied unchanged
 * (validation reports them; converting would only turn them into NaN).
 */
export function convertRecords<T extends { lon: number; lat: number }>(records: T[], from: Crs, to: Crs): T[] {
  return records.map((record) => {
    if (!Number.isFinite(record.lon) || !Number.isFinite(record.lat)) return { ...record };
    const [lon, lat] = convertPoint([record.lon, record.lat], from, to);
    return { ...record, lon, lat };
  });
}
