import type { Dataset, DatasetFormat } from '@tongxin/spec';

/** The format a dataset is read in: its own `format`, else from the URL's extension (`.geo.json`/`.geojson`, `.topo.json`/`.topojson`), else `json`. */
export function datasetFormat(dataset: Dataset): DatasetFormat {
  if (dataset.format) return dataset.format;
  const path = (dataset.url ?? '').split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.geo.json') || path.endsWith('.geojson')) return 'geojson';
  if (path.endsWith('.topo.json') || path.endsWith('.topojson')) return 'topojson';
  return 'json';
}
