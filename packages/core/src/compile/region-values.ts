import type { DataRecord, Qualifier, RegionMeasure } from '@tongxin/spec';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LoadedData, RegionProperties } from '../model.ts';
import { datasetRecords, recordNumber } from './view-records.ts';
import { ownEntry } from './own-entry.ts';

export interface RegionValue {
  code: string;
  name: string;
  value: number | null;
  qualifier?: Qualifier;
  record?: DataRecord;
}

/**
 * A measure joined onto regions: the record whose `key` field (default
 * `township`) equals the region's code, or failing that its name.
 */
export function regionValues(regions: FeatureCollection<Geometry, RegionProperties>, measure: RegionMeasure | undefined, data: LoadedData): RegionValue[] {
  const key = measure?.key ?? 'township';
  const records = measure ? datasetRecords(data, measure.data) : [];
  const byKey = new Map<string, DataRecord>();
  for (const r of records) {
    const value = ownEntry(r, key);
    if (value != null && !byKey.has(String(value))) byKey.set(String(value), r);
  }
  return regions.features.map(({ properties: { code, name } }) => {
    const record = byKey.get(code) ?? byKey.get(name);
    const value = record && measure ? recordNumber(record, measure.field) : null;
    const qualifier = (record?.qualifier as Qualifier | undefined) ?? undefined;
    return { code, name, value, ...(qualifier ? { qualifier } : {}), ...(record ? { record } : {}) };
  });
}
