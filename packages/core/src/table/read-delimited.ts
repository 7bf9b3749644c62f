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
  }), (r) => ({ file, line: body[r].line }));
}

interface ParsedRow {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
}

export function parseDelimited(text: string, delimiter: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  // One cell per turn: a quoted cell is scanned to its closing quote, a plain one sliced up to
  // the next delimiter or line break (no string built a character at a time).
  while (i < n) {
    let cell: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let from = ++i;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          value += text.slice(from);
          i = n;
          break;
        }
        if (text.charCodeAt(quote + 1) === 34) {
          value += text.slice(from, quote + 1);
          i = from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        i = quote + 1;
        break;
      }
      for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) line++;
      // Anything between the closing quote and the delimiter belongs to the cell, as written.
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === d || c === 10 || c === 13) break;
        end++;
      }
      cell = value + text.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === d || c === 10 || c === 13) break;
        end++;
      }
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) cells.push('');
      continue;
    }
    // A line break ends the row.
    rows.push({ cells, line: rowLine });
    cells = [];
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    line++;
    rowLine = line;
  }
  if (cells.length > 0) rows.push({ cells, line: rowLine });
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
