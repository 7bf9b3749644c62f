import type { AggregateTransform, DataRecord, FilterTransform, FoldTransform, LookupTransform, Qualifier, TimeUnitTransform, Transform } from '@tongxin/spec';
import { suggest } from '@tongxin/spec';
import { combineQualifiers } from '../compile/combine-qualifiers.ts';
import { readDateCell, readNumberCell, readQualifierCell } from './read-cell.ts';
import { cellAt, cellPointer, cellWhere, columnOf, fieldColumns, problem, rowColumns, rowValues, type FieldColumns, type SourceRow, type TableProblem } from './source-table.ts';

export interface TransformContext {
  /** The shaped records of another dataset (for `lookup`), with whether that dataset is illustrative; undefined when it is not a table. */
  lookupTable(id: string): { records: DataRecord[]; illustrative: boolean } | undefined;
}

const nullRow = (): SourceRow => ({ values: rowValues(), index: 0 });

/**
 * Rows a transform reshapes alike share one field → column map: `derive` builds it once per map the
 * rows had before (or per source table, for rows that had none), not once per row.
 */
function sharedColumns(derive: (row: SourceRow) => Record<string, string>): (row: SourceRow) => FieldColumns {
  const derived = new Map<object, FieldColumns>();
  return (row) => {
    const key = row.columns ?? row.source!;
    let columns = derived.get(key);
    if (!columns) derived.set(key, (columns = derive(row)));
    return columns;
  };
}

/** Rows a transform marks alike share one `made` map: built once per map the rows had before. */
function sharedMade(derive: (made: Readonly<Record<string, number>> | undefined) => Record<string, number>): (row: SourceRow) => Readonly<Record<string, number>> {
  const derived = new Map<object | undefined, Readonly<Record<string, number>>>();
  return (row) => {
    let made = derived.get(row.made);
    if (!made) derived.set(row.made, (made = derive(row.made)));
    return made;
  };
}

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
    const at = cellAt(row, field);
    problems.push(problem('unreadable-cell', { at: at ?? { file: 'values', pointer: cellPointer(row, field) ?? '' }, text: String(value ?? ''), expected: field === 'amount' ? 'amount' : 'number' }, cellWhere(row, field)));
    return undefined;
  };

  if ('filter' in transform) return filter(rows, transform, need, bad, number);
  if ('aggregate' in transform) return aggregate(rows, transform, index, need, bad, number);
  if ('fold' in transform) return fold(rows, transform, index, need, bad);
  if ('timeUnit' in transform) return timeUnit(rows, transform, need, problems);
  if ('lookup' in transform) return lookup(rows, transform, index, need, bad, context, problems, base);
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

function aggregate(rows: SourceRow[], { aggregate: spec }: AggregateTransform, index: number, need: Need, bad: Bad, number: ReadNumber): SourceRow[] {
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
    // A group's row is made, not read; its groupby fields keep the cell of the group's first row.
    const first = group[0];
    const row: SourceRow = first.source ? { values: rowValues(), source: first.source, index: first.index, columns: fieldColumns(first, groupby) } : nullRow();
    row.group = index; // a problem in the records as shaped names this transform, not the first row
    for (const field of groupby) {
      row.values[field] = typeof first.values[field] === 'string' ? (first.values[field] as string).trim() : first.values[field];
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

function fold(rows: SourceRow[], transform: FoldTransform, index: number, need: Need, bad: Bad): SourceRow[] {
  const [key, value] = transform.as ?? ['key', 'value'];
  if (transform.fold.length === 0) return bad('fold', 'empty', '/fold');
  if (transform.as !== undefined && transform.as.length !== 2) return bad('fold', 'fold-as', '/as');
  for (const [i, column] of transform.fold.entries()) if (!need(column, 'fold', `/fold/${i}`)) return rows;
  const folded = new Set(transform.fold);
  // One map per folded column (and per map the rows had): the kept fields where they were, `value` at that column's cell, `key` made.
  const columnsFor = transform.fold.map((column) => sharedColumns((row) => {
    const columns = rowColumns(row);
    for (const field of [...folded, key]) delete columns[field];
    const cell = columnOf(row, column);
    if (cell !== undefined) columns[value] = cell;
    else delete columns[value];
    return columns;
  }));
  // The key is made from a column's name (no cell); the value keeps its cell.
  const madeFor = sharedMade((made) => {
    const next: Record<string, number> = Object.assign(Object.create(null), made);
    for (const field of [...folded, value]) delete next[field];
    next[key] = index;
    return next;
  });
  const out: SourceRow[] = [];
  for (const row of rows) {
    transform.fold.forEach((column, i) => {
      const cell = row.values[column];
      if (cell === '' || cell == null) return; // no figure for that column
      const next: SourceRow = row.source ? { values: rowValues(), source: row.source, index: row.index, columns: columnsFor[i](row) } : nullRow();
      next.made = madeFor(row);
      if (row.group !== undefined) next.group = row.group;
      for (const field of Object.keys(row.values)) {
        if (folded.has(field)) continue;
        next.values[field] = row.values[field];
      }
      next.values[key] = column;
      next.values[value] = cell;
      out.push(next);
    });
  }
  return out;
}

function timeUnit(rows: SourceRow[], transform: TimeUnitTransform, need: Need, problems: TableProblem[]): SourceRow[] {
  const { field, timeUnit: unit } = transform;
  const as = transform.as ?? field;
  if (!need(field, 'timeUnit', '/field')) return rows;
  const columnsWithPeriod = sharedColumns((row) => {
    const columns = rowColumns(row);
    const cell = columnOf(row, field);
    if (cell !== undefined) columns[as] = cell;
    return columns;
  });
  // A period from a date no cell holds (a fold's key) was made where that date was.
  const madeWithPeriod = sharedMade((made) => Object.assign(Object.create(null), made, { [as]: made![field] }));
  return rows.map((row) => {
    const cell = row.values[field];
    const date = readDateCell(cell);
    if (!date || (unit !== 'year' && date.month === undefined)) {
      const at = cellAt(row, field) ?? { file: 'values', pointer: cellPointer(row, field) ?? '' };
      problems.push(problem('unreadable-cell', { at, text: String(cell ?? ''), expected: 'date' }, cellWhere(row, field)));
      return row;
    }
    const period = unit === 'year' ? String(date.year) : unit === 'quarter' ? `${date.year}-Q${Math.ceil(date.month! / 3)}` : `${date.year}-${String(date.month).padStart(2, '0')}`;
    const next: SourceRow = { ...row, values: Object.assign(rowValues(), row.values) };
    next.values[as] = period;
    if (as !== field && row.source) next.columns = columnsWithPeriod(row); // the period is read from the date's cell
    if (as !== field && row.made && Object.hasOwn(row.made, field)) next.made = madeWithPeriod(row);
    return next;
  });
}

function lookup(rows: SourceRow[], transform: LookupTransform, transformIndex: number, need: Need, bad: Bad, context: TransformContext, problems: TableProblem[], base: string): SourceRow[] {
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
  const columnsWithoutJoined = sharedColumns((row) => {
    const columns = rowColumns(row);
    for (const name of as) delete columns[name];
    return columns;
  });
  const madeWithJoined = sharedMade((made) => {
    const next: Record<string, number> = Object.assign(Object.create(null), made);
    for (const name of as) next[name] = transformIndex;
    return next;
  });
  const index = new Map<string, DataRecord>();
  for (const record of other.records) {
    const key = (record as Record<string, unknown>)[from.key];
    if (key !== undefined && !index.has(String(key).trim())) index.set(String(key).trim(), record);
  }
  return rows.map((row) => {
    const key = String(row.values[field] ?? '').trim();
    const match = index.get(key);
    if (!match) {
      const at = cellAt(row, field) ?? { file: 'values', pointer: cellPointer(row, field) ?? '' };
      problems.push(problem('lookup-no-match', { at, value: key, data: from.data, key: from.key }, cellWhere(row, field)));
      return row;
    }
    // The joined fields come from the other dataset's records: no cell of this table.
    const next: SourceRow = { ...row, values: Object.assign(rowValues(), row.values), ...(row.source ? { columns: columnsWithoutJoined(row) } : {}), made: madeWithJoined(row) };
    from.fields.forEach((name, i) => {
      next.values[as[i]] = (match as Record<string, unknown>)[name];
    });
    // Figures joined from illustrative data are illustrative; a joined qualifier joins the row's.
    if (other.illustrative || match.illustrative === true) next.values.illustrative = true;
    const joined = combineQualifiers([readQualifierCell(row.values.qualifier) || undefined, from.fields.some((f) => typeof (match as Record<string, unknown>)[f] === 'number') ? readQualifierCell(match.qualifier) || undefined : undefined]);
    if (joined) next.values.qualifier = joined;
    return next;
  });
}
