import type { GridPlacement, Layout } from '@tongxin/spec';
import { resolveLayout, type ResolvedLayout } from './resolve-layout.ts';
import type { Rect } from './grid-cell-rect.ts';

/** Height of the title bar, design px. */
export const HEADER_HEIGHT = 96;
/** Height of the headline-figure strip under the title, design px. */
export const KPI_STRIP_HEIGHT = 150;

/** Where the header, the KPI strip and the grid sit on the design canvas. */
export interface DashboardRegions {
  header: Rect;
  /** Present when the dashboard has headline figures without a grid place. */
  strip?: Rect;
  grid: Rect;
  /** The layout the grid is drawn with: `rowHeight` shrunk if the views' rows would not fit. */
  gridLayout: ResolvedLayout;
}

/**
 * Split the design canvas: header on top, then the KPI strip if any, then the grid.
 * If the placements reach further down than the grid area holds, the row pitch shrinks
 * so every view stays on screen (a big screen cannot scroll).
 */
export function dashboardRegions(layout: Layout | undefined, placements: Iterable<GridPlacement>, hasStrip: boolean): DashboardRegions {
  const resolved = resolveLayout(layout);
  const { width, height, gap } = resolved;
  const inner = width - 2 * gap;
  const header: Rect = { x: gap, y: 0, width: inner, height: HEADER_HEIGHT };
  let y = HEADER_HEIGHT + gap;
  let strip: Rect | undefined;
  if (hasStrip) {
    strip = { x: gap, y, width: inner, height: KPI_STRIP_HEIGHT };
    y += KPI_STRIP_HEIGHT + gap;
  }
  const grid: Rect = { x: gap, y, width: inner, height: Math.max(0, height - y) };
  let rows = 0;
  for (const placement of placements) rows = Math.max(rows, placement.y + placement.h);
  // The last row's trailing gap may fall off the bottom: rows × pitch ≤ height + gap.
  const rowHeight = rows > 0 ? Math.min(resolved.rowHeight, (grid.height + gap) / rows) : resolved.rowHeight;
  const regions: DashboardRegions = { header, grid, gridLayout: { ...resolved, rowHeight } };
  if (strip) regions.strip = strip;
  return regions;
}
