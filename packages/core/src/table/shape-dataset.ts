import type { CellExpectation, DataRecord, Dataset, Qualifier, Transform } from '@tongxin/spec';
import { suggest } from '@tongxin/spec';
import { combineQualifiers } from '../compile/combine-qualifiers.ts';
import { jsonPointer } from '../load/json-pointer.ts';
import type { TransformContext } from './apply-transform.ts';
import type { DatasetReading } from './dataset-readers.ts';
import { readNumberCell, readQualifierCell } from './read-cell.ts';
import { cellAt, cellPointer, cellWhere, columnOf, problem, rowValues, type SourceRow, type SourceTable, type TableProblem } from './source-table.ts';
import { resolveTownship, type RegionNames } from './resolve-township.ts';

export interface ShapeContext extends TransformContext {
  reading: DatasetReading;
  /** The regions a township name is resolved against (the first of the views' regions datasets). */
  regions?: RegionNames;
  /** The transforms, imported on demand (`tableCodeFor`) when the dataset has any. */
  transforms?: typeof import('./apply-transform.ts');
}

export interface Shaped {
  records: DataRecord[];
  problems: TableProblem[];
  /** The rows each record was typed from (same order): where a problem in a record came from (`rowOrigin`). */
  rows: SourceRow[];
}

/**
 * From a source table to the records a view reads: `fields` renames columns, the transforms run in
 * order, then each cell is read by the type the view expects (numbers with their qualifier words,
 * township names to codes). Every problem names the cell; nothing unreadable becomes NaN or 0.
 */
export function shapeDataset(table: SourceTable, dataset: Dataset, context: ShapeContext): Shaped {
  const problems: TableProblem[] = [];
  let rows = renameFields(table, dataset.fields ?? {}, problems);
  if (problems.length) return { records: [], problems, rows: [] };
  // Township names become codes before any transform, so `桐岭镇` and `桐岭` group together.
  if (context.regions) rows = resolveTownships(rows, context.regions, problems);
  // Without transforms, the other cells are still read, so one run names every bad cell.
  if (problems.length && (dataset.transform ?? []).length > 0) return { records: [], problems, rows: [] };
  for (const [index, transform] of (dataset.transform ?? []).entries()) {
    if (!context.transforms) throw new Error('transforms not loaded');
    rows = context.transforms.applyTransform(rows, transform as Transform, index, context, problems);
    if (problems.length) return { records: [], problems, rows: [] };
  }
  const records = rows.map((row) => typeRow(row, context, problems));
  return problems.length ? { records: [], problems, rows: [] } : { records, problems, rows };
}

function renameFields(table: SourceTable, fields: Record<string, string>, problems: TableProblem[]): SourceRow[] {
  const byColumn = new Map<string, string[]>();
  for (const field of Object.keys(fields)) {
    const column = fields[field];
    if (!table.columns.includes(column)) {
      const suggestion = suggest(column, table.columns);
      problems.push(problem('missing-column', { file: table.file, column, field, columns: table.columns, ...(suggestion !== undefined ? { suggestion } : {}) }, { specPath: jsonPointer('fields', field) }));
    }
    byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  if (problems.length || byColumn.size === 0) return table.rows;
  const renamed = new Set(Object.keys(fields));
  const namesOf = (column: string) => byColumn.get(column) ?? (renamed.has(column) ? [] : [column]); // a column named like a mapped field gives way to it
  // Every row is renamed alike: one field → column map for all of them (the cells stay where they are).
  const columns: Record<string, string> = Object.create(null);
  for (const column of table.columns) for (const name of namesOf(column)) columns[name] = column;
  return table.rows.map((row) => {
    const values = rowValues();
    for (const column of Object.keys(row.values)) for (const name of namesOf(column)) values[name] = row.values[column];
    return { ...row, values, columns };
  });
}

const expectation = (field: string): CellExpectation => (field === 'amount' ? 'amount' : field === 'value' || field === 'previous' ? 'number' : 'number');

/** A row's value as the view expects its type; problems at the cell. */
function typeRow(row: SourceRow, context: ShapeContext, problems: TableProblem[]): DataRecord {
  const record: Record<string, unknown> = Object.create(null);
  const cellQualifiers: { qualifier: Qualifier; field: string; text: string }[] = [];
  let percent = false;
  for (const field of Object.keys(row.values)) {
    const value = row.values[field];
    const type = context.reading.types.get(field);
    const at = cellAt(row, field);
    const where = cellWhere(row, field);
    if (field === 'qualifier') {
      const qualifier = readQualifierCell(value);
      if (qualifier !== undefined) record.qualifier = qualifier === null ? value : qualifier;
      continue;
    }
    if (type === 'number') {
      if (value === '' || value == null) {
        if (context.reading.types.has(field) && requiredNumber(field, context)) problems.push(problem('unreadable-cell', { at: at ?? { file: 'values', pointer: '' }, text: '', expected: expectation(field) }, where));
        continue;
      }
      const read = readNumberCell(value);
      if (!read || (read.percent && field === 'amount')) {
        if (at) problems.push(problem('unreadable-cell', { at, text: String(value), expected: expectation(field) }, where));
        else record[field] = value; // a number a transform made: kept as it is
        continue;
      }
      record[field] = read.value;
      if (read.percent) percent = true;
      if (read.qualifier) cellQualifiers.push({ qualifier: read.qualifier, field, text: String(value) });
      continue;
    }
    if (type === 'string') {
      if (value === '' || value == null) continue; // an empty optional cell; a required one is the contract's to report
      let text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value;
      record[field] = text;
      continue;
    }
    if (value === '' && columnOf(row, field) !== undefined) continue; // an empty cell of a column no view reads
    record[field] = value;
  }
  // The qualifiers a cell's words carry (500余万元) join the row's: one qualifier per record, never dropped.
  if (cellQualifiers.length) {
    const column = record.qualifier as Qualifier | undefined;
    const combined = combineQualifiers(cellQualifiers.map((q) => q.qualifier));
    const conflict = cellQualifiers.find((q) => column !== undefined && q.qualifier !== column);
    const conflictAt = conflict && cellAt(row, conflict.field);
    if (conflict && conflictAt) {
      problems.push(problem('qualifier-conflict', { at: conflictAt, text: conflict.text, cell: conflict.qualifier, column: String(column) }, cellWhere(row, conflict.field)));
    } else if (combined) {
      record.qualifier = combined;
    }
  }
  if (percent && context.reading.types.has('unit') && record.unit === undefined) record.unit = 'percent';
  return { ...record } as DataRecord;
}

function requiredNumber(field: string, context: ShapeContext): boolean {
  return context.reading.required.has(field);
}

function resolveTownships(rows: SourceRow[], regions: RegionNames, problems: TableProblem[]): SourceRow[] {
  const cache = new Map<string, ReturnType<typeof resolveTownship>>();
  for (const row of rows) {
    const value = row.values.township;
    if (value === undefined || value === '' || value === null) continue;
    const text = String(value).trim();
    let resolved = cache.get(text);
    if (!resolved) cache.set(text, (resolved = resolveTownship(text, regions)));
    if (resolved.code !== undefined) {
      row.values.township = resolved.code;
      continue;
    }
    const at = cellAt(row, 'township') ?? { file: 'values', pointer: cellPointer(row, 'township') ?? '' };
    const code = resolved.ambiguous ? 'ambiguous-township-name' : 'unknown-township-name';
    problems.push(problem(code, { at, name: text, regions: regions.id, candidates: resolved.candidates }, cellWhere(row, 'township')));
  }
  return rows;
}
