import { specProblem, type Dataset, type DataRecord, type Locale, type RecordOrigin, type Spec, type SpecProblem, type Transform } from '@tongxin/spec';
import type { LoadedDataset } from '../model.ts';
import { datasetFormat } from '../load/dataset-format.ts';
import { jsonPointer } from '../load/json-pointer.ts';
import type { TableReaders } from '../load/table-code.ts';
import { datasetReading } from './dataset-readers.ts';
import { readJsonRows } from './read-json-rows.ts';
import { shapeDataset } from './shape-dataset.ts';
import { fileNameOf, rowOrigin, TableReadError, type SourceRow, type SourceTable, type TableProblem } from './source-table.ts';
import type { RegionNames } from './resolve-township.ts';

/** A table dataset's content as it arrived. */
export interface ArrivedTable {
  dataset: Dataset;
  content: unknown;
  url: string;
  /** The spec path of its `url` or `values`. */
  path: string;
}

/**
 * Step 4 for tables: read each arrived table (CSV/TSV/xlsx/JSON with `property`), then rename,
 * transform and read its cells by type, in an order that gives `lookup` its other dataset first.
 * Problems are not worded here (`specProblem`: a table that reads well loads no message catalogue);
 * they carry the dataset's id and, for a cell, its pointer, and are worded (`wordProblem`) with the
 * cell's file, line and column (or `funds.xlsx!Sheet1!C7`).
 */
export function shapeTables(
  spec: Spec,
  tables: Record<string, ArrivedTable>,
  loaded: Record<string, LoadedDataset | Error>,
  options: { locale: Locale; readers: TableReaders },
): ShapedTables {
  const { locale } = options;
  const records: Record<string, DataRecord[]> = Object.create(null);
  const shapedRows: Record<string, SourceRow[]> = Object.create(null);
  const errors: SpecProblem[] = [];
  const failed = new Set<string>();
  const visiting = new Set<string>();

  const regionNames = (ids: string[]): RegionNames | undefined => {
    const all = ids.length ? ids : Object.keys(loaded);
    for (const id of all) {
      const dataset = Object.hasOwn(loaded, id) ? loaded[id] : undefined;
      if (dataset && !(dataset instanceof Error) && dataset.regions) {
        return { id, regions: dataset.regions.features.map((f) => ({ code: String(f.properties.code), name: String(f.properties.name) })) };
      }
    }
    return undefined;
  };

  const shape = (id: string): DataRecord[] | undefined => {
    if (Object.hasOwn(records, id)) return records[id];
    if (failed.has(id) || visiting.has(id)) return undefined;
    const arrived = tables[id];
    visiting.add(id);
    const report = (problems: TableProblem[]) => {
      failed.add(id);
      for (const p of problems) {
        const path = p.specPath !== undefined ? `${jsonPointer('datasets', id)}${p.specPath}` : arrived.path;
        errors.push(specProblem(p.code, path, p.params as never, locale, p.dataPath !== undefined ? { dataset: id, dataPath: p.dataPath } : { dataset: id }));
      }
    };
    try {
      let table: SourceTable;
      try {
        table = readTable(arrived, options.readers);
      } catch (error) {
        if (error instanceof TableReadError) return void report(error.problems);
        throw error;
      }
      const reading = datasetReading(spec, id);
      const shaped = shapeDataset(table, arrived.dataset, {
        reading,
        regions: regionNames(reading.regions),
        ...(options.readers.transforms ? { transforms: options.readers.transforms } : {}),
        lookupTable: (other) => {
          if (Object.hasOwn(tables, other)) {
            const found = shape(other);
            return found ? { records: found, illustrative: tables[other].dataset.illustrative === true } : undefined;
          }
          const dataset = Object.hasOwn(loaded, other) ? loaded[other] : undefined;
          return dataset && !(dataset instanceof Error) && dataset.records ? { records: dataset.records, illustrative: dataset.illustrative } : undefined;
        },
      });
      if (shaped.problems.length) return void report(shaped.problems);
      records[id] = shaped.records;
      shapedRows[id] = shaped.rows;
      return shaped.records;
    } finally {
      visiting.delete(id);
    }
  };
  for (const id of Object.keys(tables)) shape(id);
  const origin = (id: string, dataPath: string): RecordOrigin | undefined => {
    if (!Object.hasOwn(shapedRows, id)) return undefined;
    const [record, field] = dataPath.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const row = /^\d+$/.test(record ?? '') ? shapedRows[id][Number(record)] : undefined;
    if (!row) return undefined;
    const transforms = tables[id].dataset.transform ?? [];
    return rowOrigin(row, field, (index) => ({ kind: 'transform', path: jsonPointer('datasets', id, 'transform', index), transform: transformName(transforms[index]) }));
  };
  const locate = (contract: SpecProblem[]): SpecProblem[] =>
    contract.map((e) => {
      if (e.dataset === undefined || e.dataPath === undefined || !Object.hasOwn(tables, e.dataset)) return e;
      // A required field left empty: its (empty) cell, when it has a column; else the record's row.
      const field = e.code === 'record-missing-field' ? (e.params as { field?: string } | undefined)?.field : undefined;
      const found = (field !== undefined ? origin(e.dataset, `${e.dataPath}${jsonPointer(field)}`) : undefined) ?? origin(e.dataset, e.dataPath);
      if (!found) return e;
      // Its wording changes (it starts with the origin): the caller words it again (`wordProblem`).
      const { message: _message, hint: _hint, ...problem } = e;
      return { ...problem, origin: found };
    });
  return { records, errors, locate };
}

/** What `shapeTables` gives: the records of each table, the problems found reading them, and a way to locate the records' problems. */
export interface ShapedTables {
  records: Record<string, DataRecord[]>;
  errors: SpecProblem[];
  /**
   * Records-contract problems (`validateRecords` on the records as shaped), each with where its
   * value came from (`origin`: its source cell or row, or the transform that made the record);
   * those given an origin lose their wording, to be worded again starting with it (`wordProblem`).
   * Holds the shaped rows: keep it no longer than the load.
   */
  locate(contract: SpecProblem[]): SpecProblem[];
}

/** A transform's name, as the spec writes it (`aggregate`). */
const transformName = (transform: Transform | undefined): string =>
  (['filter', 'aggregate', 'fold', 'timeUnit', 'lookup'] as const).find((name) => transform !== undefined && Object.hasOwn(transform, name)) ?? 'transform';


/** Readers `tableCodeFor` did not load are a bug in the loader, not in the data: thrown as such. */
function readTable(arrived: ArrivedTable, readers: TableReaders): SourceTable {
  const { dataset, content, url } = arrived;
  const file = fileNameOf(url === 'inline' ? 'values' : url);
  const format = datasetFormat(dataset);
  if (format === 'csv' || format === 'tsv') {
    if (!readers.delimited) throw new Error('CSV reader not loaded');
    const text = typeof content === 'string' ? content : '';
    return readers.delimited.readDelimited(text, format === 'csv' ? ',' : '\t', file);
  }
  if (format === 'xlsx') {
    if (!readers.xlsx) throw new Error('xlsx reader not loaded');
    return readers.xlsx.readXlsx(content as Uint8Array, dataset.sheet, file);
  }
  return readJsonRows(content, dataset.property, file);
}
