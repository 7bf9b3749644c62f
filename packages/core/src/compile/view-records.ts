import type { DataRecord } from '@tongxin/spec';
import type { LoadedData, Selection } from '../model.ts';
import { ownEntry } from './own-entry.ts';

/** The records of a dataset (none when it is missing or holds geometry). */
export function datasetRecords(data: LoadedData, id: string | undefined): DataRecord[] {
  return ownEntry(data.datasets, id)?.records ?? [];
}

/** A linked dashboard's filter: the records whose `field` equals the selected value. */
export function selectRecords<R extends Record<string, unknown>>(records: R[], selection: Selection | undefined): R[] {
  if (!selection) return records;
  return records.filter((r) => {
    const value = ownEntry(r, selection.field);
    return value != null && String(value) === selection.value;
  });
}

/** A record's number, or null when it has none. */
export function recordNumber(record: DataRecord, field: string): number | null {
  const v = ownEntry(record, field);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}
