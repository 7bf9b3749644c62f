import { describe, expect, it } from 'vitest';
import { dashboardRegions, gridCellRect, HEADER_HEIGHT, KPI_STRIP_HEIGHT } from '../../../packages/core/src/index.ts';

describe('dashboardRegions', () => {
  it('header on top, grid below it, inside the design size', () => {
    const regions = dashboardRegions(undefined, [{ x: 0, y: 0, w: 24, h: 24 }], false);
    expect(regions.header).toEqual({ x: 12, y: 0, width: 1896, height: HEADER_HEIGHT });
    expect(regions.strip).toBeUndefined();
    expect(regions.grid.y).toBe(HEADER_HEIGHT + 12);
    expect(regions.gridLayout.rowHeight).toBe(40); // 24 rows fit under a 96 px header
    const cell = gridCellRect({ x: 0, y: 0, w: 24, h: 24 }, regions.gridLayout, regions.grid);
    expect(cell.y + cell.height).toBeLessThanOrEqual(1080);
    expect(cell.x + cell.width).toBe(1908);
  });

  it('makes room for the KPI strip and shrinks rows that would run off the screen', () => {
    const regions = dashboardRegions({ height: 1080 }, [{ x: 0, y: 0, w: 12, h: 20 }, { x: 12, y: 10, w: 12, h: 14 }], true);
    expect(regions.strip).toEqual({ x: 12, y: HEADER_HEIGHT + 12, width: 1896, height: KPI_STRIP_HEIGHT });
    expect(regions.grid.y).toBe(HEADER_HEIGHT + KPI_STRIP_HEIGHT + 24);
    expect(regions.gridLayout.rowHeight).toBeLessThan(40);
    const lowest = gridCellRect({ x: 12, y: 10, w: 12, h: 14 }, regions.gridLayout, regions.grid);
    expect(lowest.y + lowest.height).toBeCloseTo(1080, 6);
  });
});
