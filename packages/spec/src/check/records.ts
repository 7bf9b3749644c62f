import { isDate, isPeriod, parseDate, parsePeriod } from '../dates.ts';
import { FORBIDDEN_KEYS } from '../limits.ts';
import { QUALIFIERS, STATION_KINDS, UNITS } from '../kinds.ts';
import { jsonType } from '../migrate.ts';
import { hasOwn, isObject, own } from '../own.ts';
import { suggest } from '../suggest.ts';
import type { DataRecord } from '../types.ts';
import { type CheckContext, report } from './context.ts';
import { asRecord, specDataset, type Table } from './datasets.ts';
import { flatRecordKeys, isJsonCopy } from './document-safety.ts';
import { COMMON_FIELDS, type FieldRule, RECORD_CONTRACTS, type RecordKind } from './record-contract.ts';
import { sourceExists } from './references.ts';

type FieldType = FieldRule['type'];
type Read<T extends FieldType> = T extends 'string' ? string : T extends 'number' ? number : T extends 'boolean' ? boolean : Record<string, unknown>;

/**
 * Reads one own field of a record and reports it when required and missing, or of the wrong type.
 * Returns the value only when it is present and of the right type.
 */
function readField<T extends FieldType>(
  context: CheckContext, table: Table, index: number, record: DataRecord,
  field: string, type: T, required: boolean,
): Read<T> | undefined {
  const value = own(record, field);
  if (value === undefined || value === null) {
    if (required) report(context, 'record-missing-field', table.at(index), { field, dataset: table.id, index });
    return undefined;
  }
  const fits = type === 'object' ? isObject(value) : typeof value === type && (type !== 'number' || Number.isFinite(value));
  if (!fits) {
    report(context, 'record-wrong-type', table.at(index, field), { field, expected: type, actual: jsonType(value) });
    return undefined;
  }
  return value as Read<T>;
}

/*
 * Fast paths. Before each check's reporting loop, one pass over the table that reads every record
 * once, allocates nothing per record, and answers whether that loop would report anything at all;
 * when it would not (a valid table, the usual case), the loop is skipped. The pass reads only
 * records the pre-pass copied (`isJsonCopy`: a plain `record.field` is an own read there), with the
 * field names written out, so that every read site sees one record shape. Anything else — a record
 * that is no copy (loaded data), not an object, a hole, a value off in any way — answers "not sure",
 * and the reporting loop below runs as it always did: it alone finds, orders and words problems.
 */

/** `isJsonCopy`, bound here: it runs for every record, and under a CommonJS transform (tsx) each use of an import is a getter call. */
const isCopy = isJsonCopy;

const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);
const STATION_KIND_SET: ReadonlySet<string> = new Set(STATION_KINDS);
const UNIT_SET: ReadonlySet<string> = new Set(UNITS);

/** The field rules of `kindFields`, as parallel arrays for `fieldsFit`. */
interface Rules {
  names: string[];
  types: FieldType[];
  required: boolean[];
}

function rulesOf(fields: ReadonlyArray<[string, FieldRule]>): Rules {
  return { names: fields.map(([name]) => name), types: fields.map(([, rule]) => rule.type), required: fields.map(([, rule]) => rule.required) };
}

/**
 * The rules worth reading for a table. For flat records of a copy (`flat`, from `flatRecordKeys`)
 * only the fields some record has: an optional field none has is absent from all of them, and a
 * required one none has makes the reporting loop speak (undefined). Otherwise all of them.
 */
function presentRules(rules: Rules, flat: readonly string[] | undefined): Rules | undefined {
  if (flat === undefined) return rules;
  const present: Rules = { names: [], types: [], required: [] };
  for (let i = 0; i < rules.names.length; i++) {
    if (!flat.includes(rules.names[i])) {
      if (rules.required[i]) return undefined;
      continue;
    }
    present.names.push(rules.names[i]);
    present.types.push(rules.types[i]);
    present.required.push(rules.required[i]);
  }
  return present;
}

/**
 * Whether an item of `records` can be read by the fast passes: a copied record (a plain read is an
 * own read). Every item of flat records (`flat` set) is one, so none is asked.
 */
function isCopiedRecord(record: unknown, flat: readonly string[] | undefined): record is Record<string, unknown> {
  return flat !== undefined || (isCopy(record) && !Array.isArray(record));
}

/**
 * What a kind's fast pass reads: the table's records, their keys when they are flat records of a
 * copy (`flatRecordKeys`) and the rules worth reading for them (`presentRules`); undefined when the
 * reporting loop must speak (a required field no record has).
 */
interface FastPass {
  records: unknown[];
  flat: readonly string[] | undefined;
  rules: Rules;
}

function fastPass(table: Table, fields: ReadonlyArray<[string, FieldRule]>): FastPass | undefined {
  const records = table.records;
  const flat = flatRecordKeys(records);
  const rules = presentRules(rulesOf(fields), flat);
  return rules && { records, flat, rules };
}

/** A record the fast pass can read (`isCopiedRecord`) whose kind fields `readField` would not report (`fieldsFit`). */
function recordFits(record: unknown, pass: FastPass): record is Record<string, unknown> {
  return isCopiedRecord(record, pass.flat) && fieldsFit(record, pass.rules);
}

/** Whether `readField` would report none of these fields of a copied record. */
function fieldsFit(record: Record<string, unknown>, rules: Rules): boolean {
  const { names, types, required } = rules;
  for (let i = 0; i < names.length; i++) {
    const value = record[names[i]];
    if (value === undefined || value === null) {
      if (required[i]) return false;
      continue;
    }
    switch (types[i]) {
      case 'string':
        if (typeof value !== 'string') return false;
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) return false;
        break;
      case 'boolean':
        if (typeof value !== 'boolean') return false;
        break;
      default:
        if (!isObject(value)) return false;
    }
  }
  return true;
}

/** A known unit, and for `percent` the record's values (`first`, `second`) within 0–100: `checkUnitAndPercent` would report nothing. */
function unitFits(unit: unknown, first: unknown, second: unknown): boolean {
  if (typeof unit !== 'string') return true;
  if (!UNIT_SET.has(unit)) return false;
  if (unit !== 'percent') return true;
  return !(typeof first === 'number' && (first < 0 || first > 100)) && !(typeof second === 'number' && (second < 0 || second > 100));
}

/** `checkTableRecords` would report nothing. */
function commonFieldsClean(context: CheckContext, table: Table): boolean {
  // Flat records of a copy that none has a common field of: nothing to read.
  const flat = flatRecordKeys(table.records);
  if (flat && !flat.some((key) => Object.hasOwn(COMMON_FIELDS, key))) return true;
  const sources = new Set(Object.keys(context.spec.sources ?? {}));
  const records = table.records;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!isCopiedRecord(record, flat)) return false;
    const qualifier = record.qualifier;
    if (qualifier !== undefined && qualifier !== null && (typeof qualifier !== 'string' || !QUALIFIER_SET.has(qualifier))) return false;
    const source = record.source;
    if (source !== undefined && source !== null && (typeof source !== 'string' || !sources.has(source))) return false;
    const illustrative = record.illustrative;
    if (illustrative !== undefined && illustrative !== null && typeof illustrative !== 'boolean') return false;
    const meta = record.meta;
    if (meta !== undefined && meta !== null && !isObject(meta)) return false;
  }
  return true;
}

/** Every record of every table: an object, with a known qualifier, a known source, a boolean `illustrative` and an object `meta`. */
export function checkTableRecords(context: CheckContext, table: Table): void {
  if (commonFieldsClean(context, table)) return;
  table.records.forEach((item, index) => {
    const record = asRecord(item);
    if (!record) {
      report(context, 'wrong-type', table.at(index), { expected: ['object'], actual: jsonType(item) });
      return;
    }
    const qualifier = readField(context, table, index, record, 'qualifier', 'string', false);
    if (qualifier !== undefined && !(QUALIFIERS as string[]).includes(qualifier)) {
      report(context, 'bad-qualifier', table.at(index, 'qualifier'), { value: qualifier });
    }
    const source = readField(context, table, index, record, 'source', 'string', false);
    if (source !== undefined) sourceExists(context, source, table.at(index, 'source'));
    readField(context, table, index, record, 'illustrative', 'boolean', false);
    readField(context, table, index, record, 'meta', 'object', false);
  });
}

function eachRecord(table: Table, visit: (record: DataRecord, index: number) => void): void {
  table.records.forEach((item, index) => {
    const record = asRecord(item);
    if (record) visit(record, index); // non-objects are reported by checkTableRecords
  });
}

/**
 * The fields of a record kind (not the common ones, which `checkTableRecords` reads on every
 * table): present when required, of their type. `skip` names fields the kind reports itself.
 */
function readKindFields(
  context: CheckContext, table: Table, index: number, record: DataRecord, fields: ReadonlyArray<[string, FieldRule]>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, rule] of fields) values[field] = readField(context, table, index, record, field, rule.type, rule.required);
  return values;
}

/** A kind's own fields and their rules, less `skip` (fields the kind reports itself): once per table, not per record. */
function kindFields(kind: RecordKind, skip: readonly string[] = []): Array<[string, FieldRule]> {
  return Object.entries(RECORD_CONTRACTS[kind]).filter(([field]) => !Object.hasOwn(COMMON_FIELDS, field) && !skip.includes(field));
}

function checkUnitAndPercent(context: CheckContext, table: Table, record: DataRecord, index: number, unit: unknown, fields: string[]): void {
  if (typeof unit === 'string' && !(UNITS as string[]).includes(unit)) {
    const suggestion = suggest(unit, UNITS);
    report(context, 'not-allowed-value', table.at(index, 'unit'), suggestion ? { value: unit, allowed: UNITS, suggestion } : { value: unit, allowed: UNITS });
  }
  if (unit !== 'percent') return;
  for (const field of fields) {
    const value = own(record, field);
    if (typeof value === 'number' && (value < 0 || value > 100)) report(context, 'percent-out-of-range', table.at(index, field), { value });
  }
}

/** `StationRecord`s: id, name, a known kind, township, numeric lon/lat, an opening date; ids unique. */
export function checkStationRecords(context: CheckContext, table: Table): void {
  const fields = kindFields('station', ['lon', 'lat']);
  if (stationsClean(table, fields)) return;
  const ids = new Set<string>();
  eachRecord(table, (record, index) => {
    const { id, kind, opened } = readKindFields(context, table, index, record, fields);
    if (typeof id === 'string') {
      if (ids.has(id)) report(context, 'duplicate-record-id', table.at(index, 'id'), { id, dataset: table.id });
      ids.add(id);
    }
    if (typeof kind === 'string' && !(STATION_KINDS as string[]).includes(kind)) {
      const suggestion = suggest(kind, STATION_KINDS);
      report(context, 'unknown-station-kind', table.at(index, 'kind'), suggestion ? { value: kind, known: STATION_KINDS, suggestion } : { value: kind, known: STATION_KINDS });
    }
    const lon = own(record, 'lon');
    const lat = own(record, 'lat');
    const lonOk = typeof lon === 'number' && lon >= -180 && lon <= 180;
    const latOk = typeof lat === 'number' && lat >= -90 && lat <= 90;
    if (!lonOk || !latOk) {
      const field = !lonOk ? (hasOwn(record, 'lon') ? 'lon' : undefined) : hasOwn(record, 'lat') ? 'lat' : undefined;
      report(context, 'station-coordinates', table.at(index, field), { id: typeof id === 'string' ? id : `#${index + 1}`, lon: lon ?? null, lat: lat ?? null });
    }
    if (typeof opened === 'string' && parseDate(opened) === undefined) report(context, 'bad-date', table.at(index, 'opened'), { value: opened });
  });
}

/** `checkStationRecords` would report nothing. */
function stationsClean(table: Table, fields: ReadonlyArray<[string, FieldRule]>): boolean {
  const pass = fastPass(table, fields);
  if (!pass) return false;
  const records = pass.records;
  // Ids in ascending order (as exports usually list them) cannot repeat: each is compared with the
  // one before; from the first that is not, a Set of them all says.
  let previous: string | undefined;
  let ids: Set<string> | undefined;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!recordFits(record, pass)) return false;
    const id = record.id;
    if (typeof id === 'string') {
      if (ids === undefined && (previous === undefined || previous < id)) previous = id;
      else {
        ids ??= idsBefore(records, i);
        if (ids.has(id)) return false;
        ids.add(id);
      }
    }
    const kind = record.kind;
    if (typeof kind === 'string' && !STATION_KIND_SET.has(kind)) return false;
    const lon = record.lon;
    const lat = record.lat;
    if (!(typeof lon === 'number' && lon >= -180 && lon <= 180 && typeof lat === 'number' && lat >= -90 && lat <= 90)) return false;
    const opened = record.opened;
    if (typeof opened === 'string' && !isDate(opened)) return false;
  }
  return true;
}

/** The string ids of the (copied) records before `end`. */
function idsBefore(records: unknown[], end: number): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < end; i++) {
    const id = (records[i] as Record<string, unknown>).id;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

/** `checkActivityRecords` would report nothing. */
function activitiesClean(table: Table, fields: ReadonlyArray<[string, FieldRule]>): boolean {
  const pass = fastPass(table, fields);
  if (!pass) return false;
  const records = pass.records;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!recordFits(record, pass)) return false;
    const period = record.period;
    if (typeof period === 'string' && !isPeriod(period)) return false;
    if (!unitFits(record.unit, record.value, undefined)) return false;
  }
  return true;
}

/** `checkFundRecords` would report nothing. */
function fundsClean(table: Table, fields: ReadonlyArray<[string, FieldRule]>): boolean {
  const pass = fastPass(table, fields);
  if (!pass) return false;
  const records = pass.records;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!recordFits(record, pass)) return false;
    const amount = record.amount;
    if (typeof amount === 'number' && amount < 0) return false;
    const date = record.date;
    if (typeof date === 'string' && !isDate(date)) return false;
  }
  return true;
}

/** `checkKpiRecords` would report nothing. */
function kpisClean(table: Table, fields: ReadonlyArray<[string, FieldRule]>): boolean {
  const pass = fastPass(table, fields);
  if (!pass) return false;
  const records = pass.records;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!recordFits(record, pass)) return false;
    if (!unitFits(record.unit, record.value, record.previous)) return false;
  }
  return true;
}

/** `ActivityRecord`s: a period, a kind, a numeric value; percentages 0–100. */
export function checkActivityRecords(context: CheckContext, table: Table): void {
  const fields = kindFields('activity');
  if (activitiesClean(table, fields)) return;
  eachRecord(table, (record, index) => {
    const { period, unit } = readKindFields(context, table, index, record, fields);
    if (typeof period === 'string' && parsePeriod(period) === undefined) report(context, 'bad-period', table.at(index, 'period'), { value: period });
    checkUnitAndPercent(context, table, record, index, unit, ['value']);
  });
}

/** `FundRecord`s: a non-negative amount in yuan, dates that parse. */
export function checkFundRecords(context: CheckContext, table: Table): void {
  const fields = kindFields('fund');
  if (fundsClean(table, fields)) return;
  eachRecord(table, (record, index) => {
    const { amount, date } = readKindFields(context, table, index, record, fields);
    if (typeof amount === 'number' && amount < 0) report(context, 'negative-amount', table.at(index, 'amount'), { value: amount });
    if (typeof date === 'string' && parseDate(date) === undefined) report(context, 'bad-date', table.at(index, 'date'), { value: date });
  });
}

/** `KpiRecord`s: a label and a numeric value; percentages 0–100. */
export function checkKpiRecords(context: CheckContext, table: Table): void {
  const fields = kindFields('kpi');
  if (kpisClean(table, fields)) return;
  eachRecord(table, (record, index) => {
    const { unit } = readKindFields(context, table, index, record, fields);
    checkUnitAndPercent(context, table, record, index, unit, ['value', 'previous']);
  });
}

/**
 * No record a view reads has a field its kind lacks: the fields of every record kind that reads
 * the dataset (a dataset read by two view kinds accepts both), the fields a measure or a link
 * reads from it, and the dataset's `extraFields`. A typo (`qualifer`) gets a "did you mean".
 */
export function checkRecordFields(context: CheckContext, table: Table, kinds: ReadonlySet<RecordKind>, readFields: ReadonlySet<string>): void {
  const known: string[] = [];
  const add = (field: string) => {
    if (!known.includes(field)) known.push(field);
  };
  for (const kind of kinds) Object.keys(RECORD_CONTRACTS[kind]).forEach(add);
  readFields.forEach(add);
  const extra = specDataset(context, table.id)?.extraFields ?? [];
  extra.forEach(add);
  const knownSet = new Set(known);
  // Flat records of a copy: their keys are listed once for all of them.
  const flat = flatRecordKeys(table.records);
  if (flat && flat.every((field) => knownSet.has(field))) return;
  eachRecord(table, (record, index) => {
    for (const field of Object.keys(record)) {
      if (knownSet.has(field) || FORBIDDEN_KEYS.includes(field)) continue; // forbidden keys: reported by the pre-pass
      const suggestion = suggest(field, known);
      const params = { field, dataset: table.id, index, known };
      report(context, 'unknown-record-field', table.at(index, field), suggestion === undefined ? params : { ...params, suggestion });
    }
  });
}
