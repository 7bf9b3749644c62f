import type { LoadedDataset } from '../model.ts';

/**
 * Did a refresh bring the same records or regions as before? A wall refreshing every
 * minute mostly gets unchanged data; keeping the old object then spares every view a
 * reload, a redraw and its animation.
 */
export function sameDatasetContent(previous: LoadedDataset | undefined, next: LoadedDataset): boolean {
  if (!previous) return false;
  if (previous === next) return true;
  if (Boolean(previous.records) !== Boolean(next.records) || Boolean(previous.regions) !== Boolean(next.regions)) return false;
  return JSON.stringify(previous.records ?? previous.regions) === JSON.stringify(next.records ?? next.regions);
}
