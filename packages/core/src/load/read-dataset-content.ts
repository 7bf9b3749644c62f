import type { DataRecord, Dataset, DatasetFormat } from '@tongxin/spec';
import { readRegions } from '@tongxin/geo';
import type { LoadedDataset } from '../model.ts';

export type DatasetContent = Pick<LoadedDataset, 'records' | 'regions'>;

/**
 * Turn parsed JSON into records or regions. Throws an Error with a short
 * reason when the content does not fit the format; the caller wraps it in a
 * DataLoadError with the dataset's path.
 */
export function readDatasetContent(content: unknown, format: DatasetFormat, dataset: Dataset): DatasetContent {
  // A `.json` file holding geometry is read as geometry when the spec did not say otherwise.
  const geoType = geometryType(content);
  if (format === 'json' && !dataset.format && geoType) format = geoType;
  if (format === 'json') {
    if (!Array.isArray(content)) throw new Error(describeShape(content, 'an array of records'));
    // Each record being an object is the records contract's to check (step 5), with its pointer.
    return { records: content as DataRecord[] };
  }
  if (geoType !== format) throw new Error(describeShape(content, format === 'geojson' ? 'a GeoJSON FeatureCollection' : 'a TopoJSON Topology'));
  return { regions: readRegions(content, { format, object: dataset.object }) as LoadedDataset['regions'] };
}

function geometryType(content: unknown): 'geojson' | 'topojson' | undefined {
  const type = content && typeof content === 'object' ? (content as { type?: unknown }).type : undefined;
  return type === 'FeatureCollection' ? 'geojson' : type === 'Topology' ? 'topojson' : undefined;
}

function describeShape(content: unknown, expected: string): string {
  const found = Array.isArray(content)
    ? 'an array'
    : content && typeof content === 'object'
      ? `an object${typeof (content as { type?: unknown }).type === 'string' ? ` of type ${(content as { type: string }).type}` : ''}`
      : JSON.stringify(content);
  return `expected ${expected}, found ${found}`;
}
