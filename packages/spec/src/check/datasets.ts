import { pointerChild } from '../pointer.ts';
import type { DataRecord, Dataset } from '../types.ts';
import type { CheckContext, Location } from './context.ts';

/** The data of a dataset: inline `values`, or what the caller loaded from its `url`; undefined when neither is at hand. */
export function datasetContents(context: CheckContext, id: string): unknown {
  const dataset = context.spec.datasets?.[id];
  if (dataset?.values !== undefined) return dataset.values;
  return context.loaded[id];
}

/** Whether a dataset holds region geometry or a table of records, from its contents, `format` or `url`. */
export function datasetShape(context: CheckContext, id: string): 'geometry' | 'table' | undefined {
  const dataset: Dataset | undefined = context.spec.datasets?.[id];
  if (!dataset) return undefined;
  const contents = datasetContents(context, id);
  if (Array.isArray(contents)) return 'table';
  if (isGeometry(contents)) return 'geometry';
  if (contents !== undefined) return undefined;
  if (dataset.format) return dataset.format === 'json' ? 'table' : 'geometry';
  if (dataset.url) return /\.(geo|topo)\.json$|\.(geojson|topojson)$/i.test(dataset.url) ? 'geometry' : 'table';
  return undefined;
}

export function isGeometry(contents: unknown): contents is { type: 'FeatureCollection' | 'Topology'; [key: string]: unknown } {
  const type = (contents as { type?: unknown } | null)?.type;
  return typeof contents === 'object' && contents !== null && (type === 'FeatureCollection' || type === 'Topology');
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
  const inline = context.spec.datasets?.[id]?.values !== undefined;
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

/** The record as a plain object, or undefined when it is not one. */
export function asRecord(record: unknown): DataRecord | undefined {
  return record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as DataRecord) : undefined;
}
