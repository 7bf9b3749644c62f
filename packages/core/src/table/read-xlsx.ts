/**
 * Reads one sheet of an xlsx workbook: fflate unzips it (no eval, no workers for `unzipSync`), a
 * small scanner reads the sheet's XML (cells `<c r="C7" t="s"><v>3</v></c>`, shared and inline
 * strings). Numbers stay numbers, text stays text (so `500余万元` is read like a CSV cell). Loaded
 * with `import()` only when a dataset is `xlsx`: a page without spreadsheets ships none of it.
 */
import { unzipSync } from 'fflate';
import { cellAt, columnOf, problem, TableReadError, tableFromRows, type SourceTable } from './source-table.ts';

const decoder = new TextDecoder();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
    entity[0] === '#' ? String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1))) : ENTITIES[entity]);

/** The text of every `<t>` run inside an element (rich text has several; phonetic `<rPh>` runs are left out). */
const runsText = (xml: string): string => unescapeXml([...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)].map((m) => m[1] ?? '').join(''));

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** `C7` → [row 6, column 2] (0-based). */
function cellIndex(ref: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(match[2]) - 1, column - 1];
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The sheet names of a workbook, in order. */
export function xlsxSheetNames(bytes: Uint8Array, file: string): string[] {
  return workbook(bytes, file).sheets.map((s) => s.name);
}

function workbook(bytes: Uint8Array, file: string) {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (entry) => /^xl\/(workbook\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(entry.name) });
  } catch {
    throw new TableReadError([problem('unreadable-workbook', { file })]);
  }
  const text = (name: string) => (entries[name] ? decoder.decode(entries[name]) : undefined);
  const book = text('xl/workbook.xml');
  if (!book) throw new TableReadError([problem('unreadable-workbook', { file })]);
  const rels = new Map([...(text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attribute(m[0], 'Id'), attribute(m[0], 'Target')]));
  const sheets = [...book.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const target = rels.get(attribute(m[0], 'r:id')) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    return { name: unescapeXml(attribute(m[0], 'name') ?? ''), path };
  });
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? ''));
  return { sheets, shared, text };
}

/** One sheet (by name; default the first) as a table: the first non-empty row is the header; cells named `funds.xlsx!Sheet1!C7`. */
export function readXlsx(bytes: Uint8Array, sheetName: string | undefined, file: string): SourceTable {
  const { sheets, shared, text } = workbook(bytes, file);
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new TableReadError([problem('no-such-sheet', { file, sheet: sheetName ?? '', sheets: sheets.map((s) => s.name) })]);
  const xml = text(sheet.path);
  if (xml === undefined) throw new TableReadError([problem('unreadable-workbook', { file })]);
  const grid: unknown[][] = [];
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = match[1];
    const ref = attribute(` ${tag}`, 'r');
    if (!ref) continue;
    const [r, c] = cellIndex(ref);
    const type = attribute(` ${tag}`, 't');
    const inner = match[2] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    let value: unknown = '';
    if (type === 's') value = v !== undefined ? shared[Number(v)] ?? '' : '';
    else if (type === 'inlineStr') value = runsText(inner);
    else if (type === 'str' || type === 'e') value = v !== undefined ? unescapeXml(v) : '';
    else if (type === 'b') value = v === '1';
    else if (v !== undefined) value = Number(v);
    (grid[r] ??= [])[c] = value;
  }
  const first = grid.findIndex((row) => row?.some((cell) => cell !== '' && cell != null));
  if (first < 0) throw new TableReadError([problem('empty-table', { file: `${file}!${sheet.name}` })]);
  const header = grid[first];
  const body: unknown[][] = [];
  for (let r = first + 1; r < grid.length; r++) body.push(grid[r] ?? []);
  return tableFromRows(`${file}!${sheet.name}`, Array.from(header, (h) => h ?? ''), body.map((row) => Array.from({ length: header.length }, (_, c) => row[c] ?? '')),
    (r, c, column) => ({ file, sheet: sheet.name, ref: `${columnName(c)}${first + r + 2}`, header: column }),
    (r) => ({ file, sheet: sheet.name, row: first + r + 2 }));
}

/**
 * The cell a pointer into a sheet's rows as read (`/2/金额`, what a problem's `dataPath` is) names:
 * its sheet, reference (`B4`), row and column numbers — or the whole row (`4:4`) for a pointer to a
 * row. Undefined when the sheet cannot be read or has no such row. For `tongxin validate`'s location.
 */
export function locateXlsxCell(bytes: Uint8Array, sheetName: string | undefined, pointer: string): { sheet: string; ref: string; row: number; column: number } | undefined {
  const [rowToken, columnToken] = pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let table: SourceTable;
  try {
    table = readXlsx(bytes, sheetName, 'workbook');
  } catch {
    return undefined;
  }
  const row = /^\d+$/.test(rowToken ?? '') ? table.rows[Number(rowToken)] : undefined;
  const whole = !row || columnToken === undefined || columnOf(row, columnToken) === undefined;
  const at = (row && cellAt(row, whole ? table.columns[0] : columnToken)) as { sheet?: string; ref?: string } | undefined;
  if (at?.ref === undefined || at.sheet === undefined) return undefined;
  const [r, c] = cellIndex(at.ref);
  return { sheet: at.sheet, ref: whole ? `${r + 1}:${r + 1}` : at.ref, row: r + 1, column: whole ? 1 : c + 1 };
}
