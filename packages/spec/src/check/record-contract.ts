import type { ActivityRecord, FundRecord, KpiRecord, RecordBase, StationRecord } from '../types.ts';

/** The record kinds: which view kind reads them. */
export type RecordKind = 'station' | 'activity' | 'fund' | 'kpi';

/** The view kind that reads each record kind, as messages and docs say it. */
export const RECORD_READERS: Readonly<Record<RecordKind, 'station-coverage' | 'activity-trend' | 'fund-chart' | 'kpi'>> = {
  station: 'station-coverage', activity: 'activity-trend', fund: 'fund-chart', kpi: 'kpi',
};

/** The JSON type of a record field and whether every record must have it. */
export interface FieldRule {
  type: 'string' | 'number' | 'boolean' | 'object';
  required: boolean;
}

/** A rule for every field of a record type, optional ones included: the compiler fails here when types.ts gains or loses a field. */
type Contract<R> = { readonly [K in keyof R]-?: FieldRule };

const required = (type: FieldRule['type']): FieldRule => ({ type, required: true });
const optional = (type: FieldRule['type']): FieldRule => ({ type, required: false });

/** Fields every record may carry (`RecordBase`); checked on every table, read by a view or not. */
export const COMMON_FIELDS: Contract<RecordBase> = {
  qualifier: optional('string'),
  source: optional('string'),
  illustrative: optional('boolean'),
  meta: optional('object'),
};

const station: Contract<StationRecord> = {
  id: required('string'), name: required('string'), kind: required('string'), township: required('string'),
  lon: required('number'), lat: required('number'), village: optional('string'), opened: optional('string'),
  ...COMMON_FIELDS,
};
const activity: Contract<ActivityRecord> = {
  period: required('string'), kind: required('string'), value: required('number'), unit: optional('string'),
  township: optional('string'), ...COMMON_FIELDS,
};
const fund: Contract<FundRecord> = {
  amount: required('number'), campaign: optional('string'), purpose: optional('string'), donor: optional('string'),
  date: optional('string'), township: optional('string'), ...COMMON_FIELDS,
};
const kpi: Contract<KpiRecord> = {
  id: optional('string'), label: required('string'), value: required('number'), unit: optional('string'),
  unitLabel: optional('string'), previous: optional('number'), ...COMMON_FIELDS,
};

/**
 * The record contract: every field each record kind has, with its JSON type and whether it is
 * required — the runtime twin of `StationRecord`, `ActivityRecord`, `FundRecord` and `KpiRecord`
 * (a test holds it equal to their definitions in the generated schema). Enums, dates, periods and
 * ranges are checked on top of it (records.ts).
 */
export const RECORD_CONTRACTS: Readonly<Record<RecordKind, Readonly<Record<string, FieldRule>>>> = { station, activity, fund, kpi };

/** The field names of a record kind: its own, then the common ones. */
export function recordFields(kind: RecordKind): string[] {
  return Object.keys(RECORD_CONTRACTS[kind]);
}
