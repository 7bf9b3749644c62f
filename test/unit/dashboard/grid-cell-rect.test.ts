import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, gridCellRect, gridRowCount, resolveLayout } from '../../../packages/core/src/index.ts';

describe('resolveLayout', () => {
  it('fills the spec defaults: 1920×1080, 24 columns, 40 px rows, 12 px gap, contain', () => {
    expect(resolveLayout(undefined)).toEqual({ width: 1920, height: 1080, columns: 24, rowHeight: 40, gap: 12, fit: 'contain' });
    expect(resolveLayout({ width: 3840, fit: 'cover' })).toEqual({ ...DEFAULT_LAYOUT, width: 3840, fit: 'cover' });
  });
});

describe('gridCellRect', () => {
  it('a full-width view spans the whole design width', () => {
    expect(gridCellRect({ x: 0, y: 0, w: 24, h: 1 })).toEqual({ x: 0, y: 0, width: 1920, height: 28 });
  });

  it('neighbouring views leave exactly one gap between them', () => {
    const map = gridCellRect({ x: 0, y: 0, w: 14, h: 24 });
    const funds = gridCellRect({ x: 14, y: 0, w: 10, h: 12 });
    const trend = gridCellRect({ x: 14, y: 12, w: 10, h: 12 });
    expect(funds.x - (map.x + map.width)).toBeCloseTo(12, 9);
    expect(trend.y - (funds.y + funds.height)).toBe(12);
    expect(funds.x + funds.width).toBeCloseTo(1920, 9);
    // 24 rows of 40 px under a header: 960 px, the last gap left at the bottom.
    expect(map.height).toBe(24 * 40 - 12);
  });

  it('places cells inside a given area (the space under the header)', () => {
    const rect = gridCellRect({ x: 0, y: 2, w: 12, h: 3 }, { gap: 10 }, { x: 20, y: 100, width: 1880, height: 960 });
    expect(rect.x).toBe(20);
    expect(rect.y).toBe(180);
    expect(rect.width).toBeCloseTo((1880 + 10) / 2 - 10, 9);
    expect(rect.height).toBe(110);
  });

  it('honours a custom column count and row height', () => {
    const rect = gridCellRect({ x: 3, y: 1, w: 3, h: 2 }, { width: 1200, columns: 12, rowHeight: 50, gap: 0 });
    expect(rect).toEqual({ x: 300, y: 50, width: 300, height: 100 });
  });

  it('never gives a negative size', () => {
    expect(gridCellRect({ x: 0, y: 0, w: 0, h: 0 }).width).toBe(0);
    expect(gridCellRect({ x: 0, y: 0, w: 0, h: 0 }).height).toBe(0);
  });
});

describe('gridRowCount', () => {
  it('counts the rows that fit in a height', () => {
    expect(gridRowCount(960)).toBe(24);
    expect(gridRowCount(959)).toBe(24); // the last row's gap may be cut
    expect(gridRowCount(947)).toBe(23);
  });
});
