import type { DataRecord } from '@tongxin/spec';
import type { LoadedData } from '../model.ts';
import { ownEntry } from './own-entry.ts';

/** Title of a source id (the id itself when the spec does not list it). */
export function sourceTitle(data: LoadedData, id: unknown): string | undefined {
  if (id == null || id === '') return undefined;
  return ownEntry(data.sources, String(id))?.title ?? String(id);
}

/** The source of a record: its own `source`, else its dataset's default. */
export function recordSourceTitle(data: LoadedData, datasetId: string | undefined, record: DataRecord | undefined): string | undefined {
  const own = record?.source;
  return sourceTitle(data, own ?? ownEntry(data.datasets, datasetId)?.spec.source);
}

/** Distinct, in order of first appearance. */
export function distinct<T>(items: (T | undefined | null)[]): T[] {
  return [...new Set(items.filter((x): x is T => x != null && x !== ''))];
}

/** Whether any dataset or record shown is illustrative. */
export function anyIllustrative(data: LoadedData, datasetIds: (string | undefined)[], records: DataRecord[] = []): boolean {
  return datasetIds.some((id) => ownEntry(data.datasets, id)?.illustrative === true) || records.some((r) => r.illustrative === true);
}
