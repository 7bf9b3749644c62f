/**
 * Totals as the articles print them; the generated series must add up to these (test/unit/data/series.test.ts),
 * and each `article` phrase must be in its article (the provenance audit, test/provenance/series.test.ts).
 */
export const reported: { slug: string; kind: string; total: number; article: string }[] = [
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

/** The article each county's reported totals come from (a source `file`, `seeds/…`). */
export const seedOf: Record<string, string> = {
  wuxuan: 'seeds/000_99aba881dc8e289e.txt',
  yuanan: 'seeds/002_fc927e086594dfab.txt',
  qianwei: 'seeds/003_059a53f98d6e4f4c.txt',
};
