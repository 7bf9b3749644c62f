import type { DataRecord, Qualifier } from '@tongxin/spec';
import type { LoadedData } from '../model.ts';
import { combineQualifiers } from './combine-qualifiers.ts';
import { sourceTitle } from './figure-sources.ts';
import { ownEntry } from './own-entry.ts';
import { recordNumber } from './view-records.ts';

export interface FundGroup {
  /** The group's name (campaign, purpose, donor) or date. */
  name: string;
  /** Yuan. */
  amount: number;
  /** The qualifier of the sum: 约 anywhere makes it "about", else any 多/余 "over", … */
  qualifier?: Qualifier;
  /** Every qualifier among its records (a running total combines these). */
  qualifiers: ReadonlySet<Qualifier>;
  /** Source titles of its records, distinct, in order of first appearance. */
  sources: string[];
}

export interface FundFigures {
  /** In order of first appearance. */
  groups: FundGroup[];
  /** Source titles of every record with an amount (grouped or not), distinct, in order of first appearance. */
  sources: string[];
  /** Whether any record with an amount is illustrative. */
  illustrative: boolean;
}

interface Accumulator { amount: number; qualifiers: Set<Qualifier>; sources: Set<string> }

/**
 * Amounts summed per group, with each sum's qualifier and sources, in ONE walk over the records:
 * a fund view of a million records (bench/heavy-spec.ts) must compile inside one frame budget's
 * worth of main thread, and every extra pass (a filter, a map per group, a source per record)
 * cost tens of milliseconds there. Records without a number `amount` are left out; records whose
 * `groupOf` is undefined count for sources and illustrative but belong to no group.
 */
export function fundFigures(records: readonly DataRecord[], data: LoadedData, datasetId: string | undefined, groupOf: (record: DataRecord) => string | undefined): FundFigures {
  const groups = new Map<string, Accumulator>();
  const sources = new Set<string>();
  // A record's source is its own `source`, else its dataset's: titles looked up once per id.
  const fallback = ownEntry(data.datasets, datasetId)?.spec.source;
  const titles = new Map<unknown, string | undefined>();
  const titleOf = (id: unknown) => {
    if (!titles.has(id)) titles.set(id, sourceTitle(data, id));
    return titles.get(id);
  };
  let illustrative = false;
  for (const record of records) {
    const amount = recordNumber(record, 'amount');
    if (amount == null) continue;
    const source = titleOf(record.source ?? fallback);
    if (source !== undefined) sources.add(source);
    if (record.illustrative === true) illustrative = true;
    const name = groupOf(record);
    if (name === undefined) continue;
    let group = groups.get(name);
    if (!group) groups.set(name, (group = { amount: 0, qualifiers: new Set(), sources: new Set() }));
    group.amount += amount;
    if (record.qualifier != null) group.qualifiers.add(record.qualifier as Qualifier);
    if (source !== undefined) group.sources.add(source);
  }
  return {
    groups: [...groups].map(([name, g]) => {
      const qualifier = combineQualifiers([...g.qualifiers]);
      return { name, amount: g.amount, ...(qualifier ? { qualifier } : {}), qualifiers: g.qualifiers, sources: [...g.sources] };
    }),
    sources: [...sources],
    illustrative,
  };
}

/** The group of a record by `field`: its value as text, or `otherName` when it has none. */
export function groupByField(field: string, otherName: string): (record: DataRecord) => string {
  return (record) => {
    const value = ownEntry(record, field);
    return value == null || value === '' ? otherName : String(value);
  };
}
