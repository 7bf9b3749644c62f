import type { CellAt, MessageParams, RecordOrigin, RowAt, SpecErrorCode } from '@tongxin/spec';
import { jsonPointer } from '../load/json-pointer.ts';

/**
 * Where a table's cells are. A position (`funds.csv` line 4 column 3, `funds.xlsx!Sheet1!C7`, a
 * pointer into a response) is built only when a problem names the cell: a row keeps its index, not
 * an object per cell (a million rows of five columns would otherwise hold five million of them).
 */
export interface CellSource {
  /** The table's columns. */
  columns(): string[];
  /** Whether `column` is one of the table's columns. */
  has(column: string): boolean;
  /** The cell of `column` in the row at `row` (its index in the rows as read); undefined if that row has none. */
  at(row: number, column: string): CellAt | undefined;
  /** JSON Pointer of that cell in the rows as read: `/<row>/<column>`, or into a JSON response. */
  pointer(row: number, column: string): string | undefined;
  /** The row at `row` as a whole (a CSV line, a sheet's row, a record's pointer in a response); undefined if there is none. */
  rowAt(row: number): RowAt | undefined;
}

/** Field → the source column its value was read from, shared by every row shaped alike; a field not in it has no cell. */
export type FieldColumns = Readonly<Record<string, string>>;

/** Above every row's values: itself without a prototype, so nothing of Object.prototype is reachable. */
const ROW_VALUES = Object.freeze(Object.create(null) as object);

/**
 * A row's values by field. No Object.prototype in its chain (a column named `__proto__` or
 * `constructor` is just a column), yet a fast object: `Object.create(null)` makes a dictionary, about
 * twice the memory for a row of five cells (331 vs 146 MB per million rows in Node 20).
 */
export const rowValues = (): Record<string, unknown> => Object.create(ROW_VALUES) as Record<string, unknown>;

/** One row of a source table: values by field (see `rowValues`), and where to find their cells. */
export interface SourceRow {
  values: Record<string, unknown>;
  /** The table the row was read from; absent for a row a transform made (an aggregate's group). */
  source?: CellSource;
  /** The row's index in `source`'s rows as read. */
  index: number;
  /** Where each field came from, once `fields` or a transform renamed or added fields; absent: each field is its own column. */
  columns?: FieldColumns;
  /** Index of the `aggregate` transform whose group this row is: none of its values is one source row's. */
  group?: number;
  /** Fields a transform made rather than read from a cell (a fold's key, a lookup's joined fields) → that transform's index; shared by rows shaped alike. */
  made?: Readonly<Record<string, number>>;
}

/** The source column of a row's field, if the value was read from a cell (kept through renames, folds and lookups). */
export function columnOf(row: SourceRow, field: string): string | undefined {
  if (!row.source) return undefined;
  if (row.columns) return Object.hasOwn(row.columns, field) ? row.columns[field] : undefined;
  return row.source.has(field) ? field : undefined;
}

/** The cell a row's field was read from, built now (for a problem's message). */
export function cellAt(row: SourceRow, field: string): CellAt | undefined {
  const column = columnOf(row, field);
  return column === undefined ? undefined : row.source!.at(row.index, column);
}

/** The pointer of that cell in the rows as read (a problem's `dataPath`). */
export function cellPointer(row: SourceRow, field: string): string | undefined {
  const column = columnOf(row, field);
  return column === undefined ? undefined : row.source!.pointer(row.index, column);
}

/** `{ dataPath }` of a row's field for a problem, or nothing when the value has no cell. */
export function cellWhere(row: SourceRow, field: string): { dataPath?: string } {
  const dataPath = cellPointer(row, field);
  return dataPath !== undefined ? { dataPath } : {};
}

/**
 * Where a row's field (without one: the row) came from, for a problem found in the records as
 * shaped: its cell; the transform that made it (an aggregate's group, a fold's key, a lookup's
 * joined field); else the source row. `transformAt` names the dataset's transform at an index.
 */
export function rowOrigin(row: SourceRow, field: string | undefined, transformAt: (index: number) => RecordOrigin): RecordOrigin | undefined {
  if (row.group !== undefined) return transformAt(row.group);
  if (field !== undefined) {
    const at = cellAt(row, field);
    if (at) return { kind: 'cell', at };
    if (row.made && Object.hasOwn(row.made, field)) return transformAt(row.made[field]);
  }
  const at = row.source?.rowAt(row.index);
  return at ? { kind: 'row', at } : undefined;
}

/** A row's whole field → column map (its own, or each source column as itself): a copy to derive a shared one from. */
export function rowColumns(row: SourceRow): Record<string, string> {
  return fieldColumns(row, row.columns ? Object.keys(row.columns) : row.source?.columns() ?? []);
}

/** The field → column map of these fields of a row (those with a cell). */
export function fieldColumns(row: SourceRow, fields: Iterable<string>): Record<string, string> {
  const columns: Record<string, string> = Object.create(null);
  for (const field of fields) {
    const column = columnOf(row, field);
    if (column !== undefined) columns[field] = column;
  }
  return columns;
}

/** A table as read from CSV, TSV, xlsx or a JSON response, before `fields` and `transform`. */
export interface SourceTable {
  /** The file's name as messages show it (`funds.xlsx`). */
  file: string;
  columns: string[];
  rows: SourceRow[];
}

/** A problem found while reading or shaping, worded later by @tongxin/spec's catalogue. */
export interface TableProblem<C extends SpecErrorCode = SpecErrorCode> {
  code: C;
  params: MessageParams<C>;
  /** Pointer into the spec, below the dataset (`/transform/0/filter/field`); default: its `url` or `values`. */
  specPath?: string;
  /** Pointer into the data as read. */
  dataPath?: string;
}

/** Thrown by readers for a problem that stops the whole table (no header, no sheet, ragged rows). */
export class TableReadError extends Error {
  constructor(readonly problems: TableProblem[]) {
    super(problems.map((p) => p.code).join(', '));
    this.name = 'TableReadError';
  }
}

export const problem = <C extends SpecErrorCode>(code: C, params: MessageParams<C>, where: Omit<TableProblem, 'code' | 'params'> = {}): TableProblem =>
  ({ code, params, ...where }) as TableProblem;

/** A JSON Pointer from its tokens (core's one `jsonPointer`). */
export const pointer = jsonPointer;

/** The file name of a URL, for messages: `…/data/funds.xlsx?v=2` → `funds.xlsx`. */
export function fileNameOf(url: string): string {
  if (url === 'inline') return 'values';
  const path = url.split(/[?#]/)[0];
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return path.slice(path.lastIndexOf('/') + 1) || url;
  }
}

/** Rows of cells (header first) → a table, each row knowing where its cells are. `cellAt` names a cell, `rowAt` a row (`row`: its index in `body`). */
export function tableFromRows(
  file: string,
  header: unknown[],
  body: unknown[][],
  cellAt: (row: number, column: number, header: string) => CellAt,
  rowAt: (row: number) => RowAt,
): SourceTable {
  const columns = header.map((h) => String(h ?? '').trim());
  const problems: TableProblem[] = [];
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column !== '' && seen.has(column)) problems.push(problem('duplicate-column', { file, column, position: index + 1 }));
    seen.add(column);
  });
  if (columns.length === 0 || columns.every((c) => c === '')) problems.push(problem('empty-table', { file }));
  if (problems.length) throw new TableReadError(problems);
  const columnIndex = new Map<string, number>();
  columns.forEach((column, c) => column !== '' && columnIndex.set(column, c)); // an unnamed column (a sheet's empty margin) is no field
  // Each row as read → its line in `body` (blank lines are skipped), the one number a row's positions need.
  const bodyIndex: number[] = [];
  const source: CellSource = {
    columns: () => [...columnIndex.keys()],
    has: (column) => columnIndex.has(column),
    at: (row, column) => (columnIndex.has(column) && row < bodyIndex.length ? cellAt(bodyIndex[row], columnIndex.get(column)!, column) : undefined),
    pointer: (row, column) => (columnIndex.has(column) && row < bodyIndex.length ? pointer(row, column) : undefined),
    rowAt: (row) => (row < bodyIndex.length ? rowAt(bodyIndex[row]) : undefined),
  };
  const rows: SourceRow[] = [];
  body.forEach((cells, r) => {
    if (cells.every((cell) => cell == null || cell === '')) return; // a blank line between rows
    const values = rowValues();
    for (const [column, c] of columnIndex) values[column] = cells[c] ?? '';
    rows.push({ values, source, index: bodyIndex.length });
    bodyIndex.push(r);
  });
  return { file, columns: [...columnIndex.keys()], rows };
}
