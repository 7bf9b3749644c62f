import type { Dataset, DatasetFormat } from '@tongxin/spec';

/** The format a dataset is read in: its own `format`, else from the URL's extension (`.geo.json`/`.geojson`, `.topo.json`/`.topojson`, `.csv`, `.tsv`, `.xlsx`), else `json`. */
export function datasetFormat(dataset: Dataset): DatasetFormat {
  if (dataset.format) return dataset.format;
  const path = (dataset.url ?? '').split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.geo.json') || path.endsWith('.geojson')) return 'geojson';
  if (path.endsWith('.topo.json') || path.endsWith('.topojson')) return 'topojson';
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.tsv') || path.endsWith('.tab')) return 'tsv';
  if (path.endsWith('.xlsx')) return 'xlsx';
  return 'json';
}

/**
 * Whether the dataset goes through the table path (a spreadsheet, CSV, `property`, `fields` or
 * `transform`): its code is loaded on demand (`tableCodeFor`), plain JSON needs none of it.
 */
export function isTableDataset(dataset: Dataset): boolean {
  const format = datasetFormat(dataset);
  return format === 'csv' || format === 'tsv' || format === 'xlsx' || dataset.fields !== undefined || dataset.transform !== undefined || dataset.property !== undefined;
}

/** How a dataset's response is read: JSON, text (CSV, TSV) or bytes (xlsx). */
export function responseBody(dataset: Dataset): 'json' | 'text' | 'bytes' {
  const format = datasetFormat(dataset);
  return format === 'xlsx' ? 'bytes' : format === 'csv' || format === 'tsv' ? 'text' : 'json';
}
