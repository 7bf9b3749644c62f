import type { ActivityRecord } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { articleText, readData } from './data-files.ts';

/** Totals as the articles print them; the generated series must add up to these. */
const reported: { slug: string; kind: string; total: number; article: string }[] = [
  { slug: 'wuxuan', kind: 'culture-outreach', total: 56, article: '開展“送文化進基層”活動56場次' },
  { slug: 'wuxuan', kind: 'hotline-enterprise', total: 85, article: '其中企業訴求85件' },
  { slug: 'wuxuan', kind: 'hotline-public', total: 67, article: '群眾訴求67件' },
  { slug: 'wuxuan', kind: 'supervision', total: 13, article: '進行專項監督13次' },
  { slug: 'yuanan', kind: 'survey', total: 12, article: '召开座谈会、议事恳谈会12场次' },
  { slug: 'yuanan', kind: 'residents-meeting', total: 6, article: '召开社区居民民意恳谈会6场次' },
  { slug: 'yuanan', kind: 'medical-outreach', total: 4, article: '送医送药送政策进社区活动4次' },
  { slug: 'qianwei', kind: 'public-opinion', total: 155, article: '三年共编报社情民意信息155篇' },
  { slug: 'qianwei', kind: 'consultation-supervision', total: 46, article: '三年来共实施协商和监督课题46个' },
  { slug: 'qianwei', kind: 'legal-outreach', total: 82, article: '组织“法治护航”宣讲82场次' },
  { slug: 'qianwei', kind: 'small-consultation', total: 342, article: '开展小微协商342场次' },
];

const seedOf: Record<string, string> = {
  wuxuan: 'seeds/000_99aba881dc8e289e.txt',
  yuanan: 'seeds/002_fc927e086594dfab.txt',
  qianwei: 'seeds/003_059a53f98d6e4f4c.txt',
};

const activities = (slug: string) => readData<ActivityRecord[]>(`${slug}/activities.json`);

describe('generated series', () => {
  it.each(reported)('$slug $kind adds up to the reported $total ($article)', ({ slug, kind, total, article }) => {
    expect(articleText(seedOf[slug])).toContain(article);
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
