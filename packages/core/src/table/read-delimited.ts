import { problem, TableReadError, tableFromRows, type SourceTable } from './source-table.ts';

/**
 * Reads CSV or TSV (RFC 4180: quoted cells may hold the delimiter, quotes doubled, line breaks),
 * keeping each row's line number. A row with more or fewer cells than the header is an error with
 * its line; blank lines are skipped. A byte-order mark is dropped.
 */
export function readDelimited(text: string, delimiter: ',' | '\t', file: string): SourceTable {
  const rows = parseDelimited(text.replace(/^\uFEFF/, ''), delimiter);
  if (rows.length === 0) throw new TableReadError([problem('empty-table', { file })]);
  const [header, ...body] = rows;
  const ragged = body.filter((row) => !(row.cells.length === 1 && row.cells[0] === '') && row.cells.length !== header.cells.length);
  if (ragged.length) {
    throw new TableReadError(ragged.slice(0, 20).map((row) => problem('ragged-row', { file, line: row.line, cells: row.cells.length, columns: header.cells.length })));
  }
  return tableFromRows(file, header.cells, body.map((row) => row.cells.map((cell) => cell.trim())), (r, c, column) => ({
    file, line: body[r].line, column: c + 1, header: column,
  }));
}

interface ParsedRow {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
}

export function parseDelimited(text: string, delimiter: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  let quoted = false;
  let atCellStart = true;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      i++;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    cell += ch;
    atCellStart = false;
    i++;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows;
}

/**
 * Line and column of a cell in CSV/TSV text, from its pointer in the rows as read (`/3/金额`: the
 * fourth non-blank row under the header, column 金额) — what `tongxin validate` prints for a cell.
 */
export function locateDelimitedCell(text: string, delimiter: ',' | '\t', pointer: string): { line: number; column: number } | undefined {
  const [rowToken, columnToken] = pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const rows = parseDelimited(text.replace(/^\uFEFF/, ''), delimiter);
  if (rows.length === 0 || !/^\d+$/.test(rowToken ?? '')) return undefined;
  const body = rows.slice(1).filter((row) => !row.cells.every((cell) => cell === ''));
  const row = body[Number(rowToken)];
  if (!row) return undefined;
  const index = columnToken === undefined ? -1 : rows[0].cells.findIndex((cell) => cell.trim() === columnToken);
  return { line: row.line, column: index + 1 || 1 };
}
