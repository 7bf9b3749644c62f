import { own } from '../own.ts';
import { suggest } from '../suggest.ts';
import { type CheckContext, report } from './context.ts';
import { datasetTable, specDataset } from './datasets.ts';
import { flatRecordKeys, isJsonCopy } from './document-safety.ts';
import { regionCodes } from './region-codes.ts';
import { specViews } from './views.ts';

/**
 * Each station names a township that is a region of its view's regions dataset. Runs when both
 * datasets are at hand (inline, or loaded and passed in); otherwise there is nothing to compare.
 */
export function checkStationTownships(context: CheckContext): void {
  const checked = new Set<string>();
  for (const { view } of specViews(context.spec)) {
    if (view.kind !== 'station-coverage') continue;
    const pair = `${view.stations}\u0000${view.regions}`;
    if (checked.has(pair)) continue;
    checked.add(pair);
    const stations = specDataset(context, view.stations) && datasetTable(context, view.stations);
    const codes = specDataset(context, view.regions) && regionCodes(context, view.regions);
    if (!stations || !codes) continue;
    const records = stations.records;
    // Flat records of a copy are all copies: a plain read is an own read, and none needs asking.
    const copies = flatRecordKeys(records) !== undefined;
    for (let index = 0; index < records.length; index++) {
      const item = records[index];
      const township = copies || isJsonCopy(item) ? (item as Record<string, unknown>).township : own(item, 'township');
      if (typeof township !== 'string' || codes.has(township)) continue;
      const suggestion = suggest(township, [...codes]);
      const params = { township, regions: view.regions };
      report(context, 'unknown-township', stations.at(index, 'township'), suggestion ? { ...params, suggestion } : params);
    }
  }
}
