import { parseDate, parsePeriod } from '../dates.ts';
import { QUALIFIERS, STATION_KINDS, UNITS } from '../kinds.ts';
import { jsonType } from '../migrate.ts';
import { suggest } from '../suggest.ts';
import type { DataRecord } from '../types.ts';
import { type CheckContext, report } from './context.ts';
import { asRecord, type Table } from './datasets.ts';
import { sourceExists } from './references.ts';

type FieldType = 'string' | 'number' | 'boolean';

/**
 * Reads one field of a record and reports it when required and missing, or of the wrong type.
 * Returns the value only when it is present and of the right type.
 */
function readField<T extends FieldType>(
  context: CheckContext, table: Table, index: number, record: DataRecord,
  field: string, type: T, required: boolean,
): (T extends 'string' ? string : T extends 'number' ? number : boolean) | undefined {
  const value = record[field];
  if (value === undefined || value === null) {
    if (required) report(context, 'record-missing-field', table.at(index), { field, dataset: table.id, index });
    return undefined;
  }
  if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) {
    report(context, 'record-wrong-type', table.at(index, field), { field, expected: type, actual: jsonType(value) });
    return undefined;
  }
  return value as never;
}

/** Every record of every table: an object, with a known qualifier and a known source. */
export function checkTableRecords(context: CheckContext, table: Table): void {
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
  });
}

function eachRecord(table: Table, visit: (record: DataRecord, index: number) => void): void {
  table.records.forEach((item, index) => {
    const record = asRecord(item);
    if (record) visit(record, index); // non-objects are reported by checkTableRecords
  });
}

function checkUnitAndPercent(context: CheckContext, table: Table, record: DataRecord, index: number, fields: string[]): void {
  const unit = readField(context, table, index, record, 'unit', 'string', false);
  if (unit !== undefined && !(UNITS as string[]).includes(unit)) {
    const suggestion = suggest(unit, UNITS);
    report(context, 'not-allowed-value', table.at(index, 'unit'), suggestion ? { value: unit, allowed: UNITS, suggestion } : { value: unit, allowed: UNITS });
  }
  if (unit !== 'percent') return;
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'number' && (value < 0 || value > 100)) report(context, 'percent-out-of-range', table.at(index, field), { value });
  }
}

/** `StationRecord`s: id, name, a known kind, township, numeric lon/lat, an opening date; ids unique. */
export function checkStationRecords(context: CheckContext, table: Table): void {
  const ids = new Set<string>();
  eachRecord(table, (record, index) => {
    const id = readField(context, table, index, record, 'id', 'string', true);
    if (id !== undefined) {
      if (ids.has(id)) report(context, 'duplicate-record-id', table.at(index, 'id'), { id, dataset: table.id });
      ids.add(id);
    }
    readField(context, table, index, record, 'name', 'string', true);
    readField(context, table, index, record, 'township', 'string', true);
    readField(context, table, index, record, 'village', 'string', false);
    const kind = readField(context, table, index, record, 'kind', 'string', true);
    if (kind !== undefined && !(STATION_KINDS as string[]).includes(kind)) {
      const suggestion = suggest(kind, STATION_KINDS);
      report(context, 'unknown-station-kind', table.at(index, 'kind'), suggestion ? { value: kind, known: STATION_KINDS, suggestion } : { value: kind, known: STATION_KINDS });
    }
    const { lon, lat } = record;
    const lonOk = typeof lon === 'number' && lon >= -180 && lon <= 180;
    const latOk = typeof lat === 'number' && lat >= -90 && lat <= 90;
    if (!lonOk || !latOk) {
      const field = !lonOk ? ('lon' in record ? 'lon' : undefined) : 'lat' in record ? 'lat' : undefined;
      report(context, 'station-coordinates', table.at(index, field), { id: id ?? `#${index + 1}`, lon: lon ?? null, lat: lat ?? null });
    }
    const opened = readField(context, table, index, record, 'opened', 'string', false);
    if (opened !== undefined && parseDate(opened) === undefined) report(context, 'bad-date', table.at(index, 'opened'), { value: opened });
  });
}

/** `ActivityRecord`s: a period, a kind, a numeric value; percentages 0–100. */
export function checkActivityRecords(context: CheckContext, table: Table): void {
  eachRecord(table, (record, index) => {
    const period = readField(context, table, index, record, 'period', 'string', true);
    if (period !== undefined && parsePeriod(period) === undefined) report(context, 'bad-period', table.at(index, 'period'), { value: period });
    readField(context, table, index, record, 'kind', 'string', true);
    readField(context, table, index, record, 'value', 'number', true);
    readField(context, table, index, record, 'township', 'string', false);
    checkUnitAndPercent(context, table, record, index, ['value']);
  });
}

/** `FundRecord`s: a non-negative amount in yuan, dates that parse. */
export function checkFundRecords(context: CheckContext, table: Table): void {
  eachRecord(table, (record, index) => {
    const amount = readField(context, table, index, record, 'amount', 'number', true);
    if (amount !== undefined && amount < 0) report(context, 'negative-amount', table.at(index, 'amount'), { value: amount });
    for (const field of ['campaign', 'purpose', 'donor', 'township']) readField(context, table, index, record, field, 'string', false);
    const date = readField(context, table, index, record, 'date', 'string', false);
    if (date !== undefined && parseDate(date) === undefined) report(context, 'bad-date', table.at(index, 'date'), { value: date });
  });
}

/** `KpiRecord`s: a label and a numeric value; percentages 0–100. */
export function checkKpiRecords(context: CheckContext, table: Table): void {
  eachRecord(table, (record, index) => {
    readField(context, table, index, record, 'label', 'string', true);
    readField(context, table, index, record, 'value', 'number', true);
    readField(context, table, index, record, 'previous', 'number', false);
    readField(context, table, index, record, 'unitLabel', 'string', false);
    checkUnitAndPercent(context, table, record, index, ['value', 'previous']);
  });
}
