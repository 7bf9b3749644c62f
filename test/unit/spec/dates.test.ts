import { describe, expect, it } from 'vitest';
import { parseDate, parseDuration, parsePeriod } from '../../../packages/spec/src/index.ts';

describe('parseDate', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD', () => {
    expect(parseDate('2022')).toEqual({ year: 2022 });
    expect(parseDate('2022-03')).toEqual({ year: 2022, month: 3 });
    expect(parseDate('2025-09-18')).toEqual({ year: 2025, month: 9, day: 18 });
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it('rejects dates that do not exist and other spellings', () => {
    for (const text of ['2022-13', '2022-00', '2023-02-29', '2022-04-31', '2022-3', '2022/03/01', '22', '2022-03-01T00:00', ' 2022', '']) {
      expect(parseDate(text), text).toBeUndefined();
    }
  });
});

describe('parsePeriod', () => {
  it('reads a year, a quarter and a month', () => {
    expect(parsePeriod('2024')).toEqual({ granularity: 'year', year: 2024 });
    expect(parsePeriod('2024-Q2')).toEqual({ granularity: 'quarter', year: 2024, quarter: 2 });
    expect(parsePeriod('2024-05')).toEqual({ granularity: 'month', year: 2024, month: 5 });
  });
  it('rejects other spellings', () => {
    for (const text of ['2024-Q5', '2024-Q0', '2024-q2', '2024-13', '2024-05-01', '24', 'Q2']) {
      expect(parsePeriod(text), text).toBeUndefined();
    }
  });
});

describe('parseDuration', () => {
  it('reads ms, s, m and h', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('60s')).toBe(60_000);
    expect(parseDuration('1.5m')).toBe(90_000);
    expect(parseDuration('1h')).toBe(3_600_000);
  });
  it('rejects zero, missing units and words', () => {
    for (const text of ['0s', '60', '1 minute', '60 s', '-5s', 's', '1d']) expect(parseDuration(text), text).toBeUndefined();
  });
});
