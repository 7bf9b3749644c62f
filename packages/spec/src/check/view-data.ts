import { parsePeriod } from '../dates.ts';
import { own } from '../own.ts';
import { pointerChild } from '../pointer.ts';
import { suggest } from '../suggest.ts';
import type { RegionMeasure, View } from '../types.ts';
import { type CheckContext, report } from './context.ts';
import { asRecord, datasetShape, datasetTable, type Table } from './datasets.ts';
import { flatRecordKeys } from './document-safety.ts';
import { checkActivityRecords, checkFundRecords, checkKpiRecords, checkStationRecords } from './records.ts';
import { datasetExists, sourceExists } from './references.ts';
import { specViews } from './views.ts';

type Role = 'stations' | 'activity' | 'fund' | 'kpi' | 'measure';

const recordChecks: Record<Exclude<Role, 'measure'>, (context: CheckContext, table: Table) => void> = {
  stations: checkStationRecords,
  activity: checkActivityRecords,
  fund: checkFundRecords,
  kpi: checkKpiRecords,
};

/**
 * Every dataset a view names exists and has the right shape (regions are geometry, the rest are
 * tables); tables are checked as the records their view reads, once per dataset and role.
 */
export function checkViewData(context: CheckContext): void {
  const checked = new Set<string>();

  const geometry = (id: string, path: string) => {
    if (datasetExists(context, id, path) && datasetShape(context, id) === 'table') report(context, 'dataset-not-geometry', path, { id });
  };
  const table = (id: string, path: string, role: Role): Table | undefined => {
    if (!datasetExists(context, id, path)) return undefined;
    if (datasetShape(context, id) === 'geometry') {
      report(context, 'dataset-not-table', path, { id });
      return undefined;
    }
    const records = datasetTable(context, id);
    if (records && role !== 'measure' && !checked.has(`${role}\u0000${id}`)) {
      checked.add(`${role}\u0000${id}`);
      recordChecks[role](context, records);
    }
    return records;
  };
  const measure = (m: RegionMeasure, path: string) => {
    const records = table(m.data, `${path}/data`, 'measure');
    if (!records) return;
    checkMeasureFields(context, records, m, path);
  };

  for (const { view, path } of specViews(context.spec)) {
    const v = view as View;
    switch (v.kind) {
      case 'county-map':
        geometry(v.regions, `${path}/regions`);
        if (v.measure) measure(v.measure, `${path}/measure`);
        v.drilldown?.forEach((drill, i) => {
          geometry(drill.regions, `${path}/drilldown/${i}/regions`);
          if (drill.measure) measure(drill.measure, `${path}/drilldown/${i}/measure`);
        });
        break;
      case 'station-coverage':
        geometry(v.regions, `${path}/regions`);
        table(v.stations, `${path}/stations`, 'stations');
        break;
      case 'activity-trend':
        table(v.data, `${path}/data`, 'activity');
        v.annotations?.forEach((note, i) => {
          if (parsePeriod(note.period) === undefined) report(context, 'bad-period', `${path}/annotations/${i}/period`, { value: note.period });
        });
        break;
      case 'fund-chart':
        table(v.data, `${path}/data`, 'fund');
        break;
      case 'kpi':
        if (v.items === undefined && v.data === undefined) report(context, 'kpi-without-figures', path, undefined);
        if (v.items !== undefined && v.data !== undefined) report(context, 'kpi-items-and-data', path, undefined);
        if (v.data !== undefined) table(v.data, `${path}/data`, 'kpi');
        v.items?.forEach((item, i) => {
          const itemPath = `${path}/items/${i}`;
          if (item.source !== undefined) sourceExists(context, item.source, `${itemPath}/source`);
          if (item.unit === 'percent') {
            for (const field of ['value', 'previous'] as const) {
              const value = own(item, field) as number | undefined;
              if (value !== undefined && (value < 0 || value > 100)) report(context, 'percent-out-of-range', `${itemPath}/${field}`, { value });
            }
          }
        });
        break;
    }
  }
}

/** The measure's value and key fields occur in its records; percent values are 0–100. */
function checkMeasureFields(context: CheckContext, records: Table, measure: RegionMeasure, path: string): void {
  if (records.records.length === 0) return;
  // Every record's keys, first seen first: listed by the pre-pass for flat records of a copy.
  const flat = flatRecordKeys(records.records);
  const fields = new Set<string>(flat);
  if (!flat) {
    for (const record of records.records) {
      const object = asRecord(record);
      if (object) for (const key of Object.keys(object)) fields.add(key);
    }
  }
  for (const [property, field] of [['field', measure.field], ['key', measure.key ?? 'township']] as const) {
    if (fields.has(field)) continue;
    const suggestion = suggest(field, [...fields]);
    const at = measure[property] === undefined ? path : pointerChild(path, property);
    report(context, 'unknown-field', at, suggestion ? { field, dataset: measure.data, suggestion } : { field, dataset: measure.data });
  }
  if (measure.unit !== 'percent') return;
  records.records.forEach((item, index) => {
    const value = own(item, measure.field);
    if (typeof value === 'number' && (value < 0 || value > 100)) report(context, 'percent-out-of-range', records.at(index, measure.field), { value });
  });
}
