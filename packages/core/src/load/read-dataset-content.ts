import type { DataRecord, Dataset, DatasetFormat } from '@tongxin/spec';
import type { LoadedDataset } from '../model.ts';

/** The geometry reader, loaded on demand (`loadGeoCode`). */
export type GeoCode = typeof import('./geo-code.ts');

let geoCode: Promise<GeoCode> | undefined;

/** Imports the geometry reader once; started as early as a dataset is known to hold geometry. */
export function loadGeoCode(): Promise<GeoCode> {
  return (geoCode ??= import('./geo-code.ts'));
}

/**
 * Start loading the geometry reader now: for the map elements, whose every drawing reads regions,
 * so the first map on a page does not wait for it after its spec and data have arrived (a loading
 * frame where the map could have been). A failed load is reported by the load that needs it.
 */
export function preloadGeometryReader(): void {
  loadGeoCode().catch(() => {
    geoCode = undefined; // the next load tries again, and reports its own failure
  });
}

/**
 * Whether reading this content needs the geometry reader: GeoJSON or TopoJSON content, unless the
 * dataset says `format: "json"` (then it must be records). Declared geometry (`format`, a
 * `.geo.json` URL) is known before the content arrives: `datasetFormat` says so.
 */
export function holdsGeometry(content: unknown, dataset: Dataset): boolean {
  return geometryType(content) !== undefined && dataset.format !== 'json';
}

export type DatasetContent = Pick<LoadedDataset, 'records' | 'regions'>;

/** What a dataset's content turned out to be, for the message (worded per locale by core's messages). */
export type FoundShape = { kind: 'array' } | { kind: 'object'; type?: string } | { kind: 'value'; text: string };

/** The content does not fit the dataset's format: a table expected, an object found, and the like. */
export class DatasetShapeError extends Error {
  constructor(readonly expected: 'records' | 'geojson' | 'topojson', readonly found: FoundShape) {
    super(`expected ${expected}, found ${found.kind === 'value' ? found.text : found.kind}`);
    this.name = 'DatasetShapeError';
  }
}

/**
 * Turn parsed JSON into records or regions. Throws an Error with a short
 * reason when the content does not fit the format; the caller wraps it in a
 * DataLoadError with the dataset's path.
 */
export function readDatasetContent(content: unknown, format: DatasetFormat, dataset: Dataset, geo: GeoCode | undefined): DatasetContent {
  // A `.json` file holding geometry is read as geometry when the spec did not say otherwise.
  const geoType = geometryType(content);
  if (format === 'json' && !dataset.format && geoType) format = geoType;
  if (format === 'json') {
    if (!Array.isArray(content)) throw new DatasetShapeError('records', shapeOf(content));
    // Each record being an object is the records contract's to check (step 5), with its pointer.
    return { records: content as DataRecord[] };
  }
  if (geoType !== format) throw new DatasetShapeError(format === 'geojson' ? 'geojson' : 'topojson', shapeOf(content));
  // loadData loads the reader for every content that `holdsGeometry`; this is that content.
  if (!geo) throw new Error('the geometry reader is not loaded');
  return { regions: geo.readRegions(content, { format, object: dataset.object }) as LoadedDataset['regions'] };
}

function geometryType(content: unknown): 'geojson' | 'topojson' | undefined {
  const type = content && typeof content === 'object' ? (content as { type?: unknown }).type : undefined;
  return type === 'FeatureCollection' ? 'geojson' : type === 'Topology' ? 'topojson' : undefined;
}

function shapeOf(content: unknown): FoundShape {
  if (Array.isArray(content)) return { kind: 'array' };
  if (content && typeof content === 'object') {
    const type = (content as { type?: unknown }).type;
    return typeof type === 'string' ? { kind: 'object', type } : { kind: 'object' };
  }
  return { kind: 'value', text: String(JSON.stringify(content)).slice(0, 40) };
}
