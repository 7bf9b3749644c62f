import type { GridPlacement, Layout } from '@tongxin/spec';
import { resolveLayout } from './resolve-layout.ts';

/** A rectangle in design px. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a view's grid placement lands, in design px, inside `area` (default: the whole
 * design size; a dashboard passes the area under its header).
 *
 * Columns split the area's width evenly with `gap` between neighbours and none at the
 * outer edges, so `x: 0, w: columns` spans the full width. `rowHeight` is the row pitch:
 * a view `h` rows tall is `h × rowHeight − gap` high, leaving `gap` to the row below
 * (so 24 rows of 40 px fill 960 px, a 1080 px screen under a 120 px header).
 */
export function gridCellRect(grid: GridPlacement, layout?: Layout, area?: Rect): Rect {
  const { width, height, columns, rowHeight, gap } = resolveLayout(layout);
  const box = area ?? { x: 0, y: 0, width, height };
  const pitchX = (box.width + gap) / columns;
  return {
    x: box.x + grid.x * pitchX,
    y: box.y + grid.y * rowHeight,
    width: Math.max(0, grid.w * pitchX - gap),
    height: Math.max(0, grid.h * rowHeight - gap),
  };
}

/** How many whole rows fit in a height: what a spec author may use for `y + h`. */
export function gridRowCount(height: number, layout?: Layout): number {
  const { rowHeight, gap } = resolveLayout(layout);
  return Math.max(0, Math.floor((height + gap) / rowHeight));
}
