import type { GridPlacement, Layout, View } from '@tongxin/spec';
import { resolveLayout } from './resolve-layout.ts';

/**
 * Every view's grid placement: the spec's own where given; views without one are
 * laid out after the placed ones, two per row band of `bandRows` rows, so a spec
 * written without a grid still shows every view (never an invisible one).
 */
export function autoPlace(views: readonly View[], layout?: Layout, bandRows = 12): Map<string, GridPlacement> {
  const { columns } = resolveLayout(layout);
  const placements = new Map<string, GridPlacement>();
  let nextRow = 0;
  for (const view of views) {
    if (view.grid) {
      placements.set(view.id, view.grid);
      nextRow = Math.max(nextRow, view.grid.y + view.grid.h);
    }
  }
  const unplaced = views.filter((view) => !view.grid);
  const half = Math.floor(columns / 2);
  unplaced.forEach((view, i) => {
    const left = i % 2 === 0;
    const alone = left && i === unplaced.length - 1;
    placements.set(view.id, {
      x: left ? 0 : half,
      y: nextRow + Math.floor(i / 2) * bandRows,
      w: alone ? columns : left ? half : columns - half,
      h: bandRows,
    });
  });
  return placements;
}
