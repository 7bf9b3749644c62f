import type { DataTable } from '../model.ts';
import { ownEntry } from './own-entry.ts';

/**
 * The table as CSV (RFC 4180: CRLF, fields with , " CR LF quoted, quotes
 * doubled), with the formatted cells people read. Text that a spreadsheet
 * would run as a formula (= + - @, tab, CR at the start) gets a leading '
 * (OWASP CSV injection); numbers such as -12 are left alone.
 */
export function toCSV(table: DataTable): string {
  const lines = [table.columns.map((c) => field(c.label)), ...table.rows.map((row) => table.columns.map((c) => field(ownEntry(row.cells, c.key) ?? '')))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function field(text: string): string {
  let value = String(text);
  if (/^[=+\-@\t\r]/.test(value) && !/^[+-]?[\d,]+(\.\d+)?%?$/.test(value)) value = `'${value}`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
