import { pointer, problem, rowValues, TableReadError, type CellSource, type SourceRow, type SourceTable } from './source-table.ts';

const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * The records of a JSON response: the array itself, or the one `property` (a dot path such as
 * `data.list`) names. Each value keeps its JSON Pointer, so a bad cell is named by it.
 */
export function readJsonRows(content: unknown, property: string | undefined, file: string): SourceTable {
  let value = content;
  const tokens: string[] = [];
  if (property !== undefined && property !== '') {
    for (const key of property.split('.')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) {
        throw new TableReadError([problem('property-not-found', { file, property, missing: key })]);
      }
      value = (value as Record<string, unknown>)[key];
      tokens.push(key);
    }
  }
  if (!Array.isArray(value)) throw new TableReadError([problem('property-not-array', { file, property: property ?? '', actual: jsonType(value) })]);
  const columns = new Set<string>();
  const records = value;
  const isRecord = (record: unknown): record is Record<string, unknown> => record !== null && typeof record === 'object' && !Array.isArray(record);
  const has = (row: number, key: string) => row < records.length && isRecord(records[row]) && Object.hasOwn(records[row], key);
  const source: CellSource = {
    columns: () => [...columns],
    has: (column) => columns.has(column),
    at: (row, column) => (has(row, column) ? { file, pointer: pointer(...tokens, row, column) } : undefined),
    pointer: (row, column) => (has(row, column) ? pointer(...tokens, row, column) : undefined),
    rowAt: (row) => (row < records.length ? { file, pointer: pointer(...tokens, row) } : undefined),
  };
  const rows: SourceRow[] = records.map((record, index) => {
    const values = rowValues();
    if (isRecord(record)) {
      for (const key of Object.keys(record)) {
        values[key] = record[key];
        columns.add(key);
      }
    }
    return { values, source, index };
  });
  return { file, columns: [...columns], rows };
}
