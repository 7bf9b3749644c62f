/**
 * Declarative transforms on a dataset (`transform: [...]`), applied in order after loading and
 * after `fields` renames the source's columns. Names follow Vega-Lite where the idea is the same;
 * there is no expression language: every transform is data.
 */

/** A value a filter compares with: a cell's text or number. */
export type FilterValue = string | number;

/** Keep the records whose `field` passes: `equal`, `oneOf`, `range` [min, max] (inclusive), `gte`, `lte`. */
export interface FieldPredicate {
  /** The field to test (after `fields`). */
  field: string;
  equal?: FilterValue;
  oneOf?: FilterValue[];
  /** Inclusive `[min, max]`; numbers are read like the cells (`500万` is 5000000). */
  range?: number[];
  gte?: number;
  lte?: number;
}

/** `{ "filter": { "field": "年度", "gte": 2022 } }`. */
export interface FilterTransform {
  filter: FieldPredicate;
}

export type AggregateOp = 'sum' | 'count' | 'mean' | 'min' | 'max' | 'distinct';

export interface AggregateOpDef {
  op: AggregateOp;
  /** The field read (numbers read like the cells); `count` may leave it out. */
  field?: string;
  /** The output field. */
  as: string;
}

/**
 * `{ "aggregate": { "groupby": ["township"], "ops": [{ "op": "sum", "field": "amount", "as": "amount" }] } }`.
 * A sum over 多/余 figures stays "over", over 约 figures "about"; a group with any illustrative
 * record is illustrative; a group's `source` is kept when all its records share one.
 */
export interface AggregateTransform {
  aggregate: {
    /** Fields to group by; none: one record for the whole table. */
    groupby?: string[];
    ops: AggregateOpDef[];
  };
}

/**
 * Wide to long: `{ "fold": ["2022", "2023"], "as": ["period", "value"] }` turns a column per year
 * into one record per year, the column name in `as[0]`, the cell in `as[1]`.
 */
export interface FoldTransform {
  fold: string[];
  /** Names of the key and value fields: two names. Default `["key", "value"]`. */
  as?: string[];
}

/** `{ "timeUnit": "quarter", "field": "日期", "as": "period" }`: a date (`2024-05-17`, `2024/5/17`, `2024年5月`, an Excel date) → `2024-Q2`. */
export interface TimeUnitTransform {
  timeUnit: 'year' | 'quarter' | 'month';
  field: string;
  /** Output field. Default: `field`. */
  as?: string;
}

/** `{ "lookup": "township", "from": { "data": "towns", "key": "name", "fields": ["code"] } }`: join fields of another dataset by key. */
export interface LookupTransform {
  /** The field of this dataset whose value is looked up. */
  lookup: string;
  from: {
    /** Id of the other dataset (records, after its own `fields` and `transform`). */
    data: string;
    /** Its field matched against `lookup`. */
    key: string;
    fields: string[];
  };
  /** Names for the joined fields, in the order of `from.fields`. Default: the same names. */
  as?: string[];
}

export type Transform = FilterTransform | AggregateTransform | FoldTransform | TimeUnitTransform | LookupTransform;
