import { RECORD_READERS, recordFields, validateRecords, validateSpec, wordProblem, type DataRecord, type Dataset, type DatasetFormat, type Locale, type RecordKind, type Spec, type SpecError } from '@tongxin/spec';
import type { FeatureCollection, Geometry } from 'geojson';
import { readRegions } from '@tongxin/geo';
import type { LoadedDataset, RegionProperties } from '../model.ts';
import { tableReadersFor } from '../load/table-code.ts';
import { shapeTables } from './load-tables.ts';

export interface ImportTableInput {
  /** The file's content: text (CSV, TSV), bytes (xlsx) or parsed JSON. */
  content: unknown;
  /** The file's name, as messages show it. */
  file: string;
  format: DatasetFormat;
  kind: RecordKind;
  sheet?: string;
  property?: string;
  fields?: Record<string, string>;
  transform?: Dataset['transform'];
  /** Township regions as GeoJSON or TopoJSON, to resolve township names to codes (and check codes). */
  regions?: unknown;
  locale?: Locale;
}

/**
 * Reads a spreadsheet, CSV or JSON response into records of one kind with the rules a dataset's
 * `fields` and `transform` follow when a view loads it (the same code: `shapeTables`), then checks
 * them against the records contract. What `tongxin import` runs.
 */
export async function importTable(input: ImportTableInput): Promise<{ records: DataRecord[]; errors: SpecError[]; kept: string[] }> {
  const locale = input.locale ?? 'zh-CN';
  const dataset: Dataset = { url: input.file, format: input.format };
  if (input.sheet !== undefined) dataset.sheet = input.sheet;
  if (input.property !== undefined) dataset.property = input.property;
  if (input.fields !== undefined) dataset.fields = input.fields;
  if (input.transform !== undefined) dataset.transform = input.transform;
  const view = RECORD_READERS[input.kind];
  const spec = {
    version: 1,
    kind: view,
    id: 'import',
    ...(view === 'station-coverage' ? { regions: 'regions', stations: 'data' } : { data: 'data' }),
    datasets: { data: dataset, ...(input.regions ? { regions: { values: input.regions } } : {}) },
  } as unknown as Spec;
  // `fields`, `property`, `sheet` and `transform` are held to the schema a spec's dataset is: the
  // same errors, with pointers into the dataset (`/datasets/data/transform/0/filter/gte`).
  const checked = validateSpec({ ...spec, datasets: { data: dataset, ...(view === 'station-coverage' ? { regions: { url: 'regions.geo.json' } } : {}) } }, { locale });
  if (!checked.valid) return { records: [], errors: checked.errors, kept: [] };
  const loaded: Record<string, LoadedDataset> = Object.create(null);
  if (input.regions !== undefined) {
    const type = (input.regions as { type?: unknown }).type;
    const regions = readRegions(input.regions, { format: type === 'Topology' ? 'topojson' : 'geojson' }) as FeatureCollection<Geometry, RegionProperties>;
    loaded.regions = { id: 'regions', spec: {}, regions, crs: 'wgs84', illustrative: false };
  }
  const readers = await tableReadersFor([dataset]); // the readers a view's dataset would load
  const shaped = shapeTables(spec, { data: { dataset, content: input.content, url: input.file, path: '/datasets/data/url' } }, loaded, { locale, readers });
  if (shaped.errors.length) return { records: [], errors: shaped.errors.map((problem) => wordProblem(problem, locale)), kept: [] };
  // Columns no field of the kind reads go into each record's `meta` (kept, not read), and are named in `kept`.
  const known = new Set(recordFields(input.kind));
  const kept = new Set<string>();
  const records = shaped.records.data.map((record) => {
    const own: Record<string, unknown> = {};
    const meta: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (known.has(key)) own[key] = value;
      else {
        meta[key] = value;
        kept.add(key);
      }
    }
    if (Object.keys(meta).length) own.meta = { ...(record.meta as object | undefined), ...meta };
    return own as DataRecord;
  });
  // One record per shaped record, in order: each problem also names its source cell or row, or the transform that made it.
  const errors = shaped.locate(validateRecords(spec, { data: records, ...(input.regions ? { regions: input.regions } : {}) }, { locale })).map((problem) => wordProblem(problem, locale));
  return { records, errors, kept: [...kept] };
}
