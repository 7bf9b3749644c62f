import { own } from '../own.ts';
import { suggest } from '../suggest.ts';
import { type CheckContext, report } from './context.ts';
import { datasetTable, specDataset } from './datasets.ts';
import { isJsonCopy } from './document-safety.ts';
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
    stations.records.forEach((item, index) => {
      const township = isJsonCopy(item) ? item.township : own(item, 'township'); // a copy's plain read is an own read
      if (typeof township !== 'string' || codes.has(township)) return;
      const suggestion = suggest(township, [...codes]);
      const params = { township, regions: view.regions };
      report(context, 'unknown-township', stations.at(index, 'township'), suggestion ? { ...params, suggestion } : params);
    });
  }
}
