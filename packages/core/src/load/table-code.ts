import type { Dataset } from '@tongxin/spec';
import { datasetFormat, isTableDataset } from './dataset-format.ts';

/** The readers and transforms a set of table datasets needs; `shapeTables` reads with them. */
export interface TableReaders {
  /** CSV and TSV. */
  delimited?: typeof import('../table/read-delimited.ts');
  xlsx?: typeof import('../table/read-xlsx.ts');
  transforms?: typeof import('../table/apply-transform.ts');
}

/** The table path: `shapeTables` (fields, cell reading, township names) and the readers it needs. */
export interface TableCode extends TableReaders {
  tables: typeof import('../table/load-tables.ts');
}

/**
 * The table code the datasets need, each part imported only when some dataset needs it (each its
 * own chunk in bundles): a page whose datasets are plain JSON or GeoJSON loads none of it, a CSV
 * page no xlsx reader, a page without `transform` no transforms. Undefined when no dataset is a table.
 */
export async function tableCodeFor(datasets: readonly Dataset[]): Promise<TableCode | undefined> {
  const tabular = datasets.filter(isTableDataset);
  if (tabular.length === 0) return undefined;
  const [tables, readers] = await Promise.all([import('../table/load-tables.ts'), tableReadersFor(tabular)]);
  return { tables, ...readers };
}

/** The readers and transforms these table datasets need (`tongxin import` reads one file as a table). */
export async function tableReadersFor(tables: readonly Dataset[]): Promise<TableReaders> {
  const formats = new Set(tables.map(datasetFormat));
  const [delimited, xlsx, transforms] = await Promise.all([
    formats.has('csv') || formats.has('tsv') ? import('../table/read-delimited.ts') : undefined,
    formats.has('xlsx') ? import('../table/read-xlsx.ts') : undefined,
    tables.some((d) => (d.transform ?? []).length > 0) ? import('../table/apply-transform.ts') : undefined,
  ]);
  return { ...(delimited ? { delimited } : {}), ...(xlsx ? { xlsx } : {}), ...(transforms ? { transforms } : {}) };
}
