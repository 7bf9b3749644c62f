import { isObject, own } from '../own.ts';
import { pointerChild } from '../pointer.ts';
import type { DataRecord, Dataset } from '../types.ts';
import type { CheckContext, Location } from './context.ts';

/** The dataset with this id, when the spec defines it (an own key of `datasets`). */
export function specDataset(context: CheckContext, id: string): Dataset | undefined {
  return own(context.spec.datasets, id) as Dataset | undefined;
}

/** The data of a dataset: inline `values`, or what the caller loaded from its `url`; undefined when neither is at hand. */
export function datasetContents(context: CheckContext, id: string): unknown {
  const dataset = specDataset(context, id);
  if (dataset?.values !== undefined && !isTableSource(dataset)) return dataset.values;
  return own(context.loaded, id);
}

/**
 * A dataset read as a source table (CSV, TSV, xlsx, a JSON response's `property`, renamed by
 * `fields` or reshaped by `transform`): its records exist only after loading, so they are checked
 * then (with their dataset and pointer), never as the inline `values` they come from.
 */
export function isTableSource(dataset: Dataset): boolean {
  const format = dataset.format ?? (/\.(csv|tsv|tab|xlsx)$/i.test((dataset.url ?? '').split(/[?#]/)[0]) ? 'table' : 'json');
  return format !== 'json' && format !== 'geojson' && format !== 'topojson' || own(dataset, 'fields') !== undefined || own(dataset, 'transform') !== undefined || own(dataset, 'property') !== undefined;
}

/** Whether a dataset holds region geometry or a table of records, from its contents, `format` or `url`. */
export function datasetShape(context: CheckContext, id: string): 'geometry' | 'table' | undefined {
  const dataset = specDataset(context, id);
  if (!dataset) return undefined;
  const contents = datasetContents(context, id);
  if (Array.isArray(contents)) return 'table';
  if (isGeometry(contents)) return 'geometry';
  if (contents !== undefined) return undefined;
  if (dataset.format) return dataset.format === 'geojson' || dataset.format === 'topojson' ? 'geometry' : 'table';
  if (dataset.url) return /\.(geo|topo)\.json$|\.(geojson|topojson)$/i.test(dataset.url) ? 'geometry' : 'table';
  return undefined;
}

export function isGeometry(contents: unknown): contents is { type: 'FeatureCollection' | 'Topology'; [key: string]: unknown } {
  const type = own(contents, 'type');
  return isObject(contents) && (type === 'FeatureCollection' || type === 'Topology');
}

/** A table's records with a way to say where each one (or one of its fields) sits. */
export interface Table {
  id: string;
  records: unknown[];
  at(index: number, field?: string): Location;
}

/** The records of a tabular dataset, when its contents are at hand. */
export function datasetTable(context: CheckContext, id: string): Table | undefined {
  const contents = datasetContents(context, id);
  if (!Array.isArray(contents)) return undefined;
  const dataset = specDataset(context, id);
  const inline = dataset?.values !== undefined && !isTableSource(dataset);
  const datasetPath = pointerChild('/datasets', id);
  return {
    id,
    records: contents,
    at(index, field) {
      const inRecords = field === undefined ? `/${index}` : pointerChild(`/${index}`, field);
      return inline ? { path: `${datasetPath}/values${inRecords}` } : { path: datasetPath, dataset: id, dataPath: inRecords };
    },
  };
}

/** The record as a plain object, or undefined when it is not one. Read its fields with `own()`. */
export function asRecord(record: unknown): DataRecord | undefined {
  return isObject(record) ? (record as DataRecord) : undefined;
}
