/**
 * Where a value of loaded records came from (a cell, a row, a transform), as data and as a short
 * locale-free reference; messages.ts words it. Apart from the catalogue so that naming an origin
 * does not load every message.
 */

/** Where a cell is: a table cell (CSV line and column, or an xlsx sheet's A1 reference) or a JSON pointer in a response. */
export type CellAt =
  | { file: string; line: number; column: number; header: string; sheet?: undefined }
  | { file: string; sheet: string; ref: string; header: string }
  | { file: string; pointer: string };

/** A whole row of a source table: a CSV line, a sheet's row, or a record's pointer in a JSON response. */
export type RowAt =
  | { file: string; line: number }
  | { file: string; sheet: string; row: number }
  | { file: string; pointer: string };

/**
 * Where a value of the records as shaped (after `fields` and `transform`) came from: a cell or a row
 * of the source file, or the transform that made it (an `aggregate`'s group has no one source row).
 * `path` is the transform's pointer in the spec. Plain data: it crosses to and from the worker.
 */
export type RecordOrigin =
  | { kind: 'cell'; at: CellAt }
  | { kind: 'row'; at: RowAt }
  | { kind: 'transform'; path: string; transform: string };

/** A row's place, tagged (the validator reads own properties only: no `in`). */
export function rowPlace(at: RowAt): { by: 'pointer'; pointer: string } | { by: 'sheet'; sheet: string; row: number } | { by: 'line'; line: number } {
  const a = at as { pointer?: string; sheet?: string; row?: number; line?: number };
  if (a.pointer !== undefined) return { by: 'pointer', pointer: a.pointer };
  if (a.sheet !== undefined) return { by: 'sheet', sheet: a.sheet, row: a.row ?? 0 };
  return { by: 'line', line: a.line ?? 0 };
}

/**
 * An origin as one short, locale-free reference: `funds.csv:4:3`, `funds.csv:4` (a row),
 * `funds.xlsx!Sheet1!C7`, `funds.xlsx!Sheet1!7:7`, `api.json#/data/list/1/jine`, or the transform's
 * pointer in the spec (`/datasets/funds/transform/0`).
 */
export function originRef(origin: RecordOrigin): string {
  if (origin.kind === 'transform') return origin.path;
  const { file } = origin.at;
  if (origin.kind === 'cell') {
    const a = origin.at as { pointer?: string; sheet?: string; ref?: string; line?: number; column?: number };
    if (a.pointer !== undefined) return `${file}#${a.pointer}`;
    if (a.ref !== undefined) return `${file}!${a.sheet ?? ''}!${a.ref}`;
    return `${file}:${a.line ?? 0}:${a.column ?? 0}`;
  }
  const place = rowPlace(origin.at);
  if (place.by === 'pointer') return `${file}#${place.pointer}`;
  if (place.by === 'sheet') return `${file}!${place.sheet}!${place.row}:${place.row}`;
  return `${file}:${place.line}`;
}

