import type { ActivityRecord } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { readData } from './data-files.ts';
import { reported } from './reported-totals.ts';

const activities = (slug: string) => readData<ActivityRecord[]>(`${slug}/activities.json`);

describe('generated series', () => {
  // That each `article` phrase is in its article is checked by the provenance audit (test/provenance).
  it.each(reported)('$slug $kind adds up to the reported $total ($article)', ({ slug, kind, total }) => {
    const records = activities(slug).filter((record) => record.kind === kind);
    expect(records.length).toBeGreaterThan(1);
    expect(records.reduce((sum, record) => sum + record.value, 0)).toBe(total);
    for (const record of records) {
      expect(record.illustrative).toBe(true);
      expect(Number.isInteger(record.value) && record.value >= 0).toBe(true);
    }
  });

  it('武宣: the twelve months of 2022, and 热线 enterprise + public calls make the 152 calls', () => {
    const records = activities('wuxuan');
    const periods = new Set(records.map((record) => record.period));
    expect([...periods].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`));
    const calls = records.filter((record) => record.kind.startsWith('hotline-')).reduce((sum, record) => sum + record.value, 0);
    expect(calls).toBe(152);
  });

  it('武宣: 送文化进基层 records name townships of 武宣县, so the map can filter them', () => {
    const codes = new Set(readData<{ features: { properties: { code: string } }[] }>('wuxuan/townships.geo.json').features.map((f) => f.properties.code));
    for (const record of activities('wuxuan').filter((r) => r.kind === 'culture-outreach')) expect(codes.has(record.township!)).toBe(true);
  });
});

describe('犍为 rates 2020 → 2024', () => {
  const rates = [
    ['participation-rate', 20, 92],
    ['adoption-rate', 18, 91],
    ['approval-rate', 22, 93],
  ] as const;
  it.each(rates)('%s runs from the real %i %% to the real %i %%, rising, with the years between illustrative', (kind, start, end) => {
    const series = activities('qianwei')
      .filter((record) => record.kind === kind)
      .sort((a, b) => a.period.localeCompare(b.period));
    expect(series.map((record) => record.period)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(series[0].value).toBe(start);
    expect(series[4].value).toBe(end);
    expect(series[0].illustrative).toBeUndefined();
    expect(series[4].illustrative).toBeUndefined();
    for (const record of series.slice(1, 4)) expect(record.illustrative).toBe(true);
    for (let i = 1; i < series.length; i++) expect(series[i].value).toBeGreaterThan(series[i - 1].value);
    for (const record of series) expect(record.unit).toBe('percent');
  });
});
