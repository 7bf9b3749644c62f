import { describe, expect, it } from 'vitest';
import { formatDecimal, plainNumber, type DecimalOptions } from '../../../packages/core/src/format/number-format.ts';
import type { Locale } from '../../../packages/spec/src/index.ts';
import { intlCalledBy } from '../../intl-watch.ts';

// formatDecimal writes what Intl.NumberFormat writes for Tongxin's locales, without loading ICU's
// number data on a page's first render. Intl is the reference here.
const LOCALES: Locale[] = ['zh-CN', 'en'];

function intl(value: number, locale: Locale, options: DecimalOptions): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: options.maximumFractionDigits,
    useGrouping: (options.groupFrom === 5 ? 'min2' : 'auto') as unknown as boolean,
    ...(options.percent ? { style: 'percent' } : {}),
  }).format(value);
}

/** Seeded (mulberry32): the same values on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values of every magnitude and shape a figure takes: integers, short decimals, ties, float noise, tiny and huge. */
function values(count: number): number[] {
  const next = random(20261130);
  const out: number[] = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 2.675, 0.045, 99.95, 999.95, 9999.5, 0.999, 1e21, 1.5e21, 1e-7, 123456789.125, 0.1 + 0.2, 2425.9, 24259000 / 1e4];
  for (let i = 0; i < count; i++) {
    const magnitude = 10 ** Math.floor(next() * 30 - 10);
    const shape = Math.floor(next() * 4);
    let value = next() * 10 * magnitude;
    if (shape === 1) value = Math.round(value); // integers
    if (shape === 2) value = Math.round(next() * 100000) / 1000; // three decimals: ties at two places
    if (shape === 3) value = (Math.round(next() * 10000) / 100) / 100; // a percentage divided by 100, as formatPercent does
    out.push(next() < 0.25 ? -value : value);
  }
  return out;
}

describe('formatDecimal', () => {
  const cases: DecimalOptions[] = [];
  for (const maximumFractionDigits of [0, 1, 2, 3, 4]) {
    for (const groupFrom of [4, 5] as const) {
      cases.push({ maximumFractionDigits, groupFrom }, { maximumFractionDigits, groupFrom, percent: true });
    }
  }

  it('writes what Intl.NumberFormat writes, for both locales, every option Tongxin uses, 4,000 values', () => {
    const mismatches: string[] = [];
    for (const value of values(4000)) {
      for (const locale of LOCALES) {
        for (const options of cases) {
          const expected = intl(value, locale, options);
          const actual = formatDecimal(value, locale, options);
          if (actual !== expected) mismatches.push(`${value} ${locale} ${JSON.stringify(options)}: ${actual} ≠ ${expected}`);
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('rounds the shortest decimal half away from zero, as ICU does, not the binary value as toFixed does', () => {
    expect(formatDecimal(1.005, 'en', { maximumFractionDigits: 2 })).toBe('1.01');
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatDecimal(-2.5, 'en', { maximumFractionDigits: 0 })).toBe('-3');
  });

  it('carries into a new digit and into grouping', () => {
    expect(formatDecimal(999.95, 'en', { maximumFractionDigits: 1 })).toBe('1,000');
    expect(formatDecimal(0.9996, 'zh-CN', { maximumFractionDigits: 3, percent: true })).toBe('99.96%');
    expect(formatDecimal(0.99996, 'zh-CN', { maximumFractionDigits: 1, percent: true })).toBe('100%');
  });

  it('keeps the sign of a negative value that rounds to zero, and writes what is not finite', () => {
    expect(formatDecimal(-0.001, 'zh-CN', { maximumFractionDigits: 2 })).toBe('-0');
    expect(formatDecimal(Infinity, 'en', { maximumFractionDigits: 2 })).toBe('∞');
    expect(formatDecimal(-Infinity, 'zh-CN', { maximumFractionDigits: 2 })).toBe('-∞');
    expect(formatDecimal(NaN, 'zh-CN', { maximumFractionDigits: 2, percent: true })).toBe('NaN%');
  });

  it('never builds an Intl object', () => {
    expect(intlCalledBy(() => {
      formatDecimal(12345.678, 'zh-CN', { maximumFractionDigits: 2, percent: true });
      plainNumber(2425.9, 'zh-CN');
    })).toEqual([]);
  });
});

describe('plainNumber', () => {
  it('groups zh-CN from five integer digits (Chinese print) and en from four', () => {
    expect(plainNumber(2425.9, 'zh-CN')).toBe('2425.9');
    expect(plainNumber(9999, 'zh-CN')).toBe('9999');
    expect(plainNumber(12345, 'zh-CN')).toBe('12,345');
    expect(plainNumber(1000, 'en')).toBe('1,000');
    expect(plainNumber(700000, 'en')).toBe('700,000');
  });
});
