import type { CellAt } from '@tongxin/spec';
import { pointer, problem, TableReadError, type SourceRow, type SourceTable } from './source-table.ts';

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
  const rows: SourceRow[] = value.map((record, index) => {
    const values: Record<string, unknown> = Object.create(null);
    const at: Record<string, CellAt> = Object.create(null);
    const pointers: Record<string, string> = Object.create(null);
    if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
      for (const key of Object.keys(record)) {
        values[key] = (record as Record<string, unknown>)[key];
        pointers[key] = pointer(...tokens, index, key);
        at[key] = { file, pointer: pointers[key] };
        columns.add(key);
      }
    }
    return { values, at, pointer: pointers };
  });
  return { file, columns: [...columns], rows };
}
