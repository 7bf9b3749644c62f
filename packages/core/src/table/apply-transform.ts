import type { AggregateTransform, CellAt, DataRecord, FilterTransform, FoldTransform, LookupTransform, Qualifier, TimeUnitTransform, Transform } from '@tongxin/spec';
import { suggest } from '@tongxin/spec';
import { combineQualifiers } from '../compile/combine-qualifiers.ts';
import { readDateCell, readNumberCell, readQualifierCell } from './read-cell.ts';
import { problem, type SourceRow, type TableProblem } from './source-table.ts';

export interface TransformContext {
  /** The shaped records of another dataset (for `lookup`), with whether that dataset is illustrative; undefined when it is not a table. */
  lookupTable(id: string): { records: DataRecord[]; illustrative: boolean } | undefined;
}

const nullRow = (): SourceRow => ({ values: Object.create(null), at: Object.create(null), pointer: Object.create(null) });

const fieldsOf = (rows: SourceRow[]): string[] => {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.values)) seen.add(key);
  return [...seen];
};

/** One transform over the rows; problems (with the spec path of the transform, or the cell) are pushed. */
export function applyTransform(rows: SourceRow[], transform: Transform, index: number, context: TransformContext, problems: TableProblem[]): SourceRow[] {
  const base = `/transform/${index}`;
  const known = fieldsOf(rows);
  const need = (field: string, name: string, specPath: string): boolean => {
    if (rows.length === 0 || known.includes(field)) return true;
    const suggestion = suggest(field, known);
    problems.push(problem('transform-missing-field', { field, transform: name, fields: known, ...(suggestion !== undefined ? { suggestion } : {}) }, { specPath: base + specPath }));
    return false;
  };
  const bad = (name: string, what: 'range' | 'fold-as' | 'lookup-as' | 'empty' | 'op-field' | 'filter-test', specPath = '') => {
    problems.push(problem('bad-transform', { transform: name, problem: what }, { specPath: base + specPath }));
    return rows;
  };
  const number = (row: SourceRow, field: string): { value: number; qualifier?: Qualifier } | undefined => {
    const value = row.values[field];
    const read = readNumberCell(value);
    if (read) return read;
    const at = row.at[field];
    problems.push(problem('unreadable-cell', { at: at ?? { file: 'values', pointer: row.pointer[field] ?? '' }, text: String(value ?? ''), expected: field === 'amount' ? 'amount' : 'number' }, row.pointer[field] !== undefined ? { dataPath: row.pointer[field] } : {}));
    return undefined;
  };

  if ('filter' in transform) return filter(rows, transform, need, bad, number);
  if ('aggregate' in transform) return aggregate(rows, transform, need, bad, number);
  if ('fold' in transform) return fold(rows, transform, need, bad);
  if ('timeUnit' in transform) return timeUnit(rows, transform, need, problems);
  if ('lookup' in transform) return lookup(rows, transform, need, bad, context, problems, base);
  return rows;
}

type Need = (field: string, name: string, specPath: string) => boolean;
type Bad = (name: string, what: 'range' | 'fold-as' | 'lookup-as' | 'empty' | 'op-field' | 'filter-test', specPath?: string) => SourceRow[];
type ReadNumber = (row: SourceRow, field: string) => { value: number; qualifier?: Qualifier } | undefined;

const sameText = (cell: unknown, wanted: string | number): boolean => {
  if (typeof wanted === 'number') {
    const read = readNumberCell(cell);
    return read !== undefined && read.value === wanted;
  }
  return String(cell ?? '').trim() === wanted;
};

function filter(rows: SourceRow[], { filter: test }: FilterTransform, need: Need, bad: Bad, number: ReadNumber): SourceRow[] {
  const { field, equal, oneOf, range, gte, lte } = test;
  if (equal === undefined && oneOf === undefined && range === undefined && gte === undefined && lte === undefined) return bad('filter', 'filter-test', '/filter');
  if (range !== undefined && range.length !== 2) return bad('filter', 'range', '/filter/range');
  if (oneOf !== undefined && oneOf.length === 0) return bad('filter', 'empty', '/filter/oneOf');
  if (!need(field, 'filter', '/filter/field')) return rows;
  const numeric = range !== undefined || gte !== undefined || lte !== undefined;
  return rows.filter((row) => {
    const cell = row.values[field];
    if (equal !== undefined && !sameText(cell, equal)) return false;
    if (oneOf !== undefined && !oneOf.some((wanted) => sameText(cell, wanted))) return false;
    if (!numeric) return true;
    const read = number(row, field);
    if (!read) return false;
    const min = range ? range[0] : gte;
    const max = range ? range[1] : lte;
    return (min === undefined || read.value >= min) && (max === undefined || read.value <= max);
  });
}

function aggregate(rows: SourceRow[], { aggregate: spec }: AggregateTransform, need: Need, bad: Bad, number: ReadNumber): SourceRow[] {
  const groupby = spec.groupby ?? [];
  if (spec.ops.length === 0) return bad('aggregate', 'empty', '/aggregate/ops');
  for (const [i, op] of spec.ops.entries()) if (op.op !== 'count' && op.field === undefined) return bad('aggregate', 'op-field', `/aggregate/ops/${i}`);
  for (const [i, field] of groupby.entries()) if (!need(field, 'aggregate', `/aggregate/groupby/${i}`)) return rows;
  for (const [i, op] of spec.ops.entries()) if (op.field !== undefined && !need(op.field, 'aggregate', `/aggregate/ops/${i}/field`)) return rows;
  const groups = new Map<string, SourceRow[]>();
  for (const row of rows) {
    const key = JSON.stringify(groupby.map((field) => String(row.values[field] ?? '').trim()));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  const out: SourceRow[] = [];
  for (const group of groups.values()) {
    const row = nullRow();
    for (const field of groupby) {
      row.values[field] = typeof group[0].values[field] === 'string' ? (group[0].values[field] as string).trim() : group[0].values[field];
      if (group[0].at[field]) row.at[field] = group[0].at[field];
      if (group[0].pointer[field]) row.pointer[field] = group[0].pointer[field];
    }
    const qualifiers: (Qualifier | undefined)[] = [];
    for (const op of spec.ops) {
      if (op.op === 'count') {
        row.values[op.as] = group.length;
        continue;
      }
      const field = op.field!;
      if (op.op === 'distinct') {
        row.values[op.as] = new Set(group.map((r) => String(r.values[field] ?? '').trim())).size;
        continue;
      }
      const read = group.map((r) => {
        const cell = r.values[field];
        if (cell === '' || cell == null) return undefined; // an empty cell adds nothing; it is not a 0
        return number(r, field);
      });
      const present = read.filter((x): x is { value: number; qualifier?: Qualifier } => x !== undefined);
      if (present.length === 0) continue;
      const values = present.map((x) => x.value);
      if (op.op === 'sum' || op.op === 'mean') {
        const sum = values.reduce((a, b) => a + b, 0);
        row.values[op.as] = Number((op.op === 'sum' ? sum : sum / values.length).toPrecision(15));
        qualifiers.push(...present.map((x) => x.qualifier));
      } else {
        const pick = op.op === 'min' ? Math.min(...values) : Math.max(...values);
        row.values[op.as] = pick;
        qualifiers.push(present.find((x) => x.value === pick)?.qualifier);
      }
    }
    // The group's honesty: a sum over 多/余 figures stays "over"; any illustrative record makes it illustrative; one source is kept.
    const rowQualifiers = group.map((r) => readQualifierCell(r.values.qualifier)).filter((q): q is Qualifier => typeof q === 'string');
    const qualifier = combineQualifiers([...qualifiers, ...rowQualifiers]);
    if (qualifier) row.values.qualifier = qualifier;
    if (group.some((r) => r.values.illustrative === true || r.values.illustrative === 'true')) row.values.illustrative = true;
    const sources = [...new Set(group.map((r) => r.values.source).filter((s) => s !== undefined && s !== ''))];
    if (sources.length === 1) row.values.source = sources[0];
    else if (sources.length > 1) row.values.meta = { sources };
    out.push(row);
  }
  return out;
}

function fold(rows: SourceRow[], transform: FoldTransform, need: Need, bad: Bad): SourceRow[] {
  const [key, value] = transform.as ?? ['key', 'value'];
  if (transform.fold.length === 0) return bad('fold', 'empty', '/fold');
  if (transform.as !== undefined && transform.as.length !== 2) return bad('fold', 'fold-as', '/as');
  for (const [i, column] of transform.fold.entries()) if (!need(column, 'fold', `/fold/${i}`)) return rows;
  const folded = new Set(transform.fold);
  const out: SourceRow[] = [];
  for (const row of rows) {
    for (const column of transform.fold) {
      const cell = row.values[column];
      if (cell === '' || cell == null) continue; // no figure for that column
      const next = nullRow();
      for (const field of Object.keys(row.values)) {
        if (folded.has(field)) continue;
        next.values[field] = row.values[field];
        if (row.at[field]) next.at[field] = row.at[field];
        if (row.pointer[field]) next.pointer[field] = row.pointer[field];
      }
      next.values[key] = column;
      next.values[value] = cell;
      if (row.at[column]) next.at[value] = row.at[column];
      if (row.pointer[column]) next.pointer[value] = row.pointer[column];
      out.push(next);
    }
  }
  return out;
}

function timeUnit(rows: SourceRow[], transform: TimeUnitTransform, need: Need, problems: TableProblem[]): SourceRow[] {
  const { field, timeUnit: unit } = transform;
  const as = transform.as ?? field;
  if (!need(field, 'timeUnit', '/field')) return rows;
  return rows.map((row) => {
    const cell = row.values[field];
    const date = readDateCell(cell);
    if (!date || (unit !== 'year' && date.month === undefined)) {
      const at: CellAt = row.at[field] ?? { file: 'values', pointer: row.pointer[field] ?? '' };
      problems.push(problem('unreadable-cell', { at, text: String(cell ?? ''), expected: 'date' }, row.pointer[field] !== undefined ? { dataPath: row.pointer[field] } : {}));
      return row;
    }
    const period = unit === 'year' ? String(date.year) : unit === 'quarter' ? `${date.year}-Q${Math.ceil(date.month! / 3)}` : `${date.year}-${String(date.month).padStart(2, '0')}`;
    const next: SourceRow = { values: Object.assign(Object.create(null), row.values), at: Object.assign(Object.create(null), row.at), pointer: Object.assign(Object.create(null), row.pointer) };
    next.values[as] = period;
    if (as !== field) {
      if (row.at[field]) next.at[as] = row.at[field];
      if (row.pointer[field]) next.pointer[as] = row.pointer[field];
    }
    return next;
  });
}

function lookup(rows: SourceRow[], transform: LookupTransform, need: Need, bad: Bad, context: TransformContext, problems: TableProblem[], base: string): SourceRow[] {
  const { lookup: field, from } = transform;
  const as = transform.as ?? from.fields;
  if (from.fields.length === 0) return bad('lookup', 'empty', '/from/fields');
  if (as.length !== from.fields.length) return bad('lookup', 'lookup-as', '/as');
  if (!need(field, 'lookup', '/lookup')) return rows;
  const other = context.lookupTable(from.data);
  if (!other) {
    problems.push(problem('lookup-not-table', { data: from.data }, { specPath: `${base}/from/data` }));
    return rows;
  }
  const index = new Map<string, DataRecord>();
  for (const record of other.records) {
    const key = (record as Record<string, unknown>)[from.key];
    if (key !== undefined && !index.has(String(key).trim())) index.set(String(key).trim(), record);
  }
  return rows.map((row) => {
    const key = String(row.values[field] ?? '').trim();
    const match = index.get(key);
    if (!match) {
      const at: CellAt = row.at[field] ?? { file: 'values', pointer: row.pointer[field] ?? '' };
      problems.push(problem('lookup-no-match', { at, value: key, data: from.data, key: from.key }, row.pointer[field] !== undefined ? { dataPath: row.pointer[field] } : {}));
      return row;
    }
    const next: SourceRow = { values: Object.assign(Object.create(null), row.values), at: Object.assign(Object.create(null), row.at), pointer: Object.assign(Object.create(null), row.pointer) };
    from.fields.forEach((name, i) => {
      next.values[as[i]] = (match as Record<string, unknown>)[name];
      delete next.at[as[i]];
      delete next.pointer[as[i]];
    });
    // Figures joined from illustrative data are illustrative; a joined qualifier joins the row's.
    if (other.illustrative || match.illustrative === true) next.values.illustrative = true;
    const joined = combineQualifiers([readQualifierCell(row.values.qualifier) || undefined, from.fields.some((f) => typeof (match as Record<string, unknown>)[f] === 'number') ? readQualifierCell(match.qualifier) || undefined : undefined]);
    if (joined) next.values.qualifier = joined;
    return next;
  });
}
