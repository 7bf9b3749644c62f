import type { CellAt, MessageParams, SpecErrorCode } from '@tongxin/spec';

/** One row of a source table: values by field (null-prototype), and where each value came from. */
export interface SourceRow {
  values: Record<string, unknown>;
  /** The cell each field was read from (kept through renames, folds and lookups). */
  at: Record<string, CellAt>;
  /** JSON Pointer of each field's cell in the rows as read: `/<row>/<column>`, or into a JSON response. */
  pointer: Record<string, string>;
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

const escape = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');
export const pointer = (...tokens: (string | number)[]): string => tokens.map((t) => `/${escape(String(t))}`).join('');

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

/** Rows of cells (header first) → a table, each cell with its position. `cellAt` names a cell. */
export function tableFromRows(
  file: string,
  header: unknown[],
  body: unknown[][],
  cellAt: (row: number, column: number, header: string) => CellAt,
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
  const rows: SourceRow[] = [];
  body.forEach((cells, r) => {
    if (cells.every((cell) => cell == null || cell === '')) return; // a blank line between rows
    const values: Record<string, unknown> = Object.create(null);
    const at: Record<string, CellAt> = Object.create(null);
    const pointers: Record<string, string> = Object.create(null);
    columns.forEach((column, c) => {
      if (column === '') return; // an unnamed column (a sheet's empty margin)
      values[column] = cells[c] ?? '';
      at[column] = cellAt(r, c, column);
      pointers[column] = pointer(rows.length, column);
    });
    rows.push({ values, at, pointer: pointers });
  });
  return { file, columns: columns.filter((c) => c !== ''), rows };
}
