import type { View } from '@tongxin/spec';
import type { LoadedData } from '../model.ts';
import type { ViewSelection } from './apply-links.ts';
import { ownEntry } from '../compile/own-entry.ts';

/**
 * What a click in a view selects for linking. On a station-coverage map a click may land
 * on a station rather than its township; links filter by township, so a station stands
 * for the township it belongs to (its `township` field, named from the regions).
 */
export function resolveSelection(view: View, item: { key: string; name: string }, data: LoadedData): ViewSelection {
  if (view.kind === 'station-coverage') {
    const station = ownEntry(data.datasets, view.stations)?.records?.find((r) => String(r.id) === item.key);
    const township = station?.township;
    if (township != null && township !== '') {
      const code = String(township);
      const region = ownEntry(data.datasets, view.regions)?.regions?.features.find((f) => String(f.properties.code) === code);
      return { view: view.id, value: code, label: region ? String(region.properties.name) : code };
    }
  }
  return { view: view.id, value: item.key, label: item.name };
}
