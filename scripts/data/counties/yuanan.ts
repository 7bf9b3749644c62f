import type { ActivityRecord } from '../../../packages/spec/src/types.ts';
import { townshipCode, type CountyContentBuilder } from '../county-content.ts';
import { quarters, splitTotal } from '../series.ts';

const source = 'yuanan-2021';
const year = 2020;

/** 远安县 (002): “三联三帮”, “委员就在身边”, a review of 2020. */
export const yuanan: CountyContentBuilder = (regions, random) => {
  const mingfeng = townshipCode(regions, '鸣凤镇');
  const periods = quarters(year);
  const activities: ActivityRecord[] = [];
  for (const [kind, total] of [
    ['survey', 12],
    ['residents-meeting', 6],
    ['medical-outreach', 4],
  ] as const) {
    splitTotal(total, [1, 1, 1, 1], random).forEach((value, q) =>
      activities.push({ period: periods[q], kind, value, source, illustrative: true }),
    );
  }
  return {
    source,
    title: '远安县政协 · “三联三帮” 委员就在身边',
    description: '172名市县两级政协委员分12个活动小组联企业、联社区、联农户（2020年）。',
    stations: [
      {
        id: 'yuanan-consultation-01',
        name: '东庄坪社区“社区民意恳谈”平台',
        kind: 'consultation-point',
        township: mingfeng,
        village: '东庄坪社区',
        source,
      },
    ],
    kpis: [
      { label: '市县两级政协委员', value: 172, unit: 'people', source },
      { label: '活动小组', value: 12, unitLabel: '个', source },
      { label: '解决企业用工需求', value: 172, unit: 'people', source },
      { label: '为企业融资', value: 21_000_000, unit: 'yuan', source },
      { label: '企业家委员帮扶社区困难群众', value: 32, unit: 'people', source },
      { label: '提供就业岗位', value: 46, unitLabel: '个', source },
      { label: '送医送药送政策进社区', value: 4, unitLabel: '次', source },
      { label: '送医送药受益群众', value: 3000, unit: 'person-times', qualifier: 'over', source },
      { label: '“村企互联·电商扶贫”线上销售', value: 2_100_000, unit: 'yuan', source },
      { label: '电商扶贫带动贫困户增收', value: 500, unitLabel: '户', qualifier: 'over', source },
      { label: '电商委员为农民销售农产品', value: 4_800_000, unit: 'yuan', qualifier: 'over', source },
      { label: '结对帮扶的委员', value: 72, unit: 'people', source },
      { label: '结对委员收集意见建议', value: 300, unitLabel: '条', qualifier: 'over', source },
      { label: '解决民生实事难事', value: 1200, unitLabel: '件', qualifier: 'over', source },
      { label: '委员进社区', value: 110, unit: 'person-times', source },
      { label: '社区居民民意恳谈会', value: 6, unitLabel: '场次', source },
      { label: '调研走访、座谈会、议事恳谈会', value: 12, unitLabel: '场次', source },
      { label: '征集意见建议', value: 300, unitLabel: '条', qualifier: 'over', source },
      { label: '疫后走访调研企业', value: 15, unitLabel: '家', source },
    ],
    headline: ['市县两级政协委员', '活动小组', '解决企业用工需求', '为企业融资', '解决民生实事难事', '委员进社区'],
    funds: [
      { campaign: '联企业帮发展', purpose: '为企业融资', donor: '5名主席会议成员带领委员', amount: 21_000_000, date: String(year), source },
      { campaign: '联社区帮治理', purpose: '帮扶社区困难群众', donor: '32名企业家委员', amount: 160_000, date: String(year), source },
      { campaign: '联农户帮解困', purpose: '结对帮扶贫困户', donor: '72名委员', amount: 1_600_000, qualifier: 'over', date: String(year), source },
      {
        campaign: '社区民意恳谈',
        purpose: '东庄坪社区道路硬化',
        donor: '县政协副主席争取',
        amount: 150_000,
        date: String(year),
        township: mingfeng,
        source,
      },
    ],
    fundsBy: 'campaign',
    fundsTitle: '“三联三帮”落实的资金',
    activities,
    activityKinds: {
      survey: '调研走访、座谈会、议事恳谈会（场次）',
      'residents-meeting': '社区居民民意恳谈会（场次）',
      'medical-outreach': '送医送药送政策进社区（次）',
    },
    reportedTotals: [
      { kind: 'survey', total: 12, quote: '召开座谈会、议事恳谈会12场次' },
      { kind: 'residents-meeting', total: 6, quote: '召开社区居民民意恳谈会6场次' },
      { kind: 'medical-outreach', total: 4, quote: '送医送药送政策进社区活动4次' },
    ],
    trends: [
      {
        id: 'trend',
        title: `${year}年分季度协商活动（示意）`,
        description: '全年合计为文章报道数，季度分布为示意。',
        period: 'quarter',
        mark: 'stacked-bar',
        series: ['survey', 'residents-meeting', 'medical-outreach'],
      },
    ],
  };
};
