import { describe, expect, it } from 'vitest';
import { cardMinimum, predictScale } from '../../../packages/elements/src/kpi/kpi-fit-controller.ts';

// The 武宣 dashboard's KPI cell: six cards, 754 × 134 px, 18 px em, 0.75em gaps, cards at least
// 6.8em (the widest figure); at full size 229 px tall in two rows, at 0.94 one row (measured).
const cell = { cards: 6, width: 754, height: 134, em: 18, gap: 13.5, minEm: 6.8, minPx: 0 };

describe('cardMinimum', () => {
  it('reads the styles\' default, em and px, and nothing else', () => {
    expect(cardMinimum('')).toEqual({ em: 11, px: 0 });
    expect(cardMinimum('6em')).toEqual({ em: 6, px: 0 });
    expect(cardMinimum('150px')).toEqual({ em: 0, px: 150 });
    expect(cardMinimum('.5em')).toEqual({ em: 0.5, px: 0 });
    expect(cardMinimum('0')).toEqual({ em: 0, px: 0 });
    for (const other of ['calc(5em + 20px)', '10rem', '20%', 'var(--x)', '-3em', '3 em']) expect(cardMinimum(other), other).toBeUndefined();
  });
});

describe('predictScale', () => {
  it('finds where a row of all the cards fits: six columns from scale 754 / (6 × 6.8 × 18 + 5 × 13.5)', () => {
    const predicted = predictScale(cell, [[1, 229]])!;
    expect(predicted).toBeCloseTo(754 / (6 * 6.8 * 18 + 5 * 13.5), 6);
    // Measured in Chromium: 0.94 fits in one row, 0.96 wraps to two.
    expect(predicted).toBeGreaterThan(0.94);
    expect(predicted).toBeLessThan(0.96);
  });

  it('weighs rows against columns: the best of each column count\'s scale', () => {
    // Three cards in one column at full size: 3 rows of 80 px and two gaps of 12 (264 px).
    const column = { cards: 3, width: 200, height: 120, em: 16, gap: 12, minEm: 11, minPx: 0 };
    // One column fits the height at 120 / 264 = 0.45; two columns (two rows, 172·s tall) fit from
    // 200 / (2 × 11 × 16 + 12) = 0.55 down, where 172·s ≤ 120 holds: 0.55 is the better.
    expect(predictScale(column, [[1, 264]])).toBeCloseTo(200 / (2 * 11 * 16 + 12), 6);
    // With room for less, two columns' rows need 172·s ≤ 80: 0.465, still better than one column's 0.30.
    expect(predictScale({ ...column, height: 80 }, [[1, 264]])).toBeCloseTo(80 / 172, 6);
  });

  it('takes the part of a row that does not scale from two heights with as many columns', () => {
    // One row whose height is 20 + 60·s px: measured at 0.8 (68) and 0.6 (56); the room is 50 px.
    const row = { cards: 2, width: 1000, height: 50, em: 16, gap: 12, minEm: 11, minPx: 0 };
    expect(predictScale(row, [[0.8, 68], [0.6, 56]])).toBeCloseTo((50 - 20) / 60, 6);
    // From one height alone, in proportion: 50 / 68 of 0.8.
    expect(predictScale(row, [[0.8, 68]])).toBeCloseTo((0.8 * 50) / 68, 6);
  });

  it('does not mix rows of different column counts', () => {
    // Cards of at least 200 px in 754: three columns at full size, six at 0.5.
    const grid = { cards: 6, width: 754, height: 60, em: 16, gap: 12, minEm: 12.5, minPx: 0 };
    const proportional = predictScale(grid, [[0.5, 40]]);
    expect(predictScale(grid, [[1, 180], [0.5, 40]])).toBe(proportional);
  });

  it('keeps px minimums that do not scale: no more columns than fit at any scale', () => {
    // 150 px cards in 300 px: never more than one column (with a gap), however small.
    const grid = { cards: 3, width: 300, height: 100, em: 16, gap: 12, minEm: 11, minPx: 150 };
    expect(predictScale(grid, [[1, 300]])).toBeCloseTo(100 / 300, 6);
  });

  it('predicts nothing without a height to fit or a measured height', () => {
    expect(predictScale({ ...cell, height: 0 }, [[1, 229]])).toBeUndefined();
    expect(predictScale(cell, [])).toBeUndefined();
    expect(predictScale({ ...cell, cards: 0 }, [[1, 229]])).toBeUndefined();
  });
});
