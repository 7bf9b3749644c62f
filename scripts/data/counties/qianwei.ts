import type { ActivityRecord, KpiRecord } from '../../../packages/spec/src/types.ts';
import type { CountyContentBuilder } from '../county-content.ts';
import type { StationPlan } from '../place-stations.ts';
import { risingSeries, splitTotal, splitTotalWithFloor } from '../series.ts';

const source = 'qianwei-2025';
/** “三年来” in an article of March 2025. */
const threeYears = [2022, 2023, 2024];

/**
 * 犍为县 (003): “四高”导向. Platforms “1+15+N”: 218 were merged into 67 across county,
 * town and village levels, so N = 67 − 1 − 15 = 51 village rooms (协商议事室).
 */
export const qianwei: CountyContentBuilder = (regions, random) => {
  const seat = regions[0];
  const stations: StationPlan[] = [
    { id: 'qianwei-county-01', name: '县级协商平台', kind: 'consultation-point', township: seat.code, source, atSeat: true },
  ];
  regions.forEach((region, i) =>
    stations.push({
      id: `qianwei-liaison-${String(i + 1).padStart(2, '0')}`,
      name: `${region.name}政协联络站`,
      kind: 'liaison',
      township: region.code,
      source,
      atSeat: true,
    }),
  );
  const numbered = (prefix: string, count: number, perTownship: number[], make: (n: number, township: string) => StationPlan) => {
    let n = 0;
    perTownship.forEach((amount, t) => {
      for (let k = 0; k < amount; k++) stations.push(make(++n, regions[t].code));
    });
    if (n !== count) throw new Error(`${prefix}: ${n} ≠ ${count}`);
  };
  const weights = regions.map((_, i) => (i === 0 ? 3 : 1));
  numbered('village rooms', 51, splitTotalWithFloor(51, weights, 2, random), (n, township) => ({
    id: `qianwei-village-${String(n).padStart(2, '0')}`,
    name: `村协商议事室 ${n}`,
    kind: 'consultation-point',
    township,
    source,
  }));
  numbered('reading points', 75, splitTotalWithFloor(75, weights, 3, random), (n, township) => ({
    id: `qianwei-reading-${String(n).padStart(2, '0')}`,
    name: `委员书屋/读书点 ${n}`,
    kind: 'reading-point',
    township,
    source,
  }));
  numbered('sector studios', 4, regions.map((_, i) => (i === 0 ? 4 : 0)), (n, township) => ({
    id: `qianwei-sector-${n}`,
    name: `界别委员工作室 ${n}`,
    kind: 'sector-studio',
    township,
    source,
  }));
  numbered('industry bases', 23, splitTotal(23, regions.map((_, i) => (i === 0 ? 0 : 1)), random), (n, township) => ({
    id: `qianwei-industry-${String(n).padStart(2, '0')}`,
    name: `委员产业基地 ${n}`,
    kind: 'industry-base',
    township,
    source,
  }));

  const activities: ActivityRecord[] = [];
  const rates = [
    ['participation-rate', 20, 92],
    ['adoption-rate', 18, 91],
    ['approval-rate', 22, 93],
  ] as const;
  for (const [kind, start, end] of rates) {
    risingSeries(start, end, 4, random).forEach((value, i) => {
      const year = 2020 + i;
      const real = year === 2020 || year === 2024;
      activities.push({ period: String(year), kind, value, unit: 'percent', source, ...(real ? {} : { illustrative: true }) });
    });
  }
  for (const [kind, total] of [
    ['public-opinion', 155],
    ['consultation-supervision', 46],
    ['legal-outreach', 82],
  ] as const) {
    splitTotal(total, [1, 1, 1], random).forEach((value, i) =>
      activities.push({ period: String(threeYears[i]), kind, value, source, illustrative: true }),
    );
  }
  // 小微协商 342 场次: by township and year, so the map can filter them (both splits illustrative).
  const small = splitTotal(342, Array(regions.length * threeYears.length).fill(1), random);
  threeYears.forEach((year, y) =>
    regions.forEach((region, t) => {
      const value = small[y * regions.length + t];
      if (value > 0) activities.push({ period: String(year), kind: 'small-consultation', value, township: region.code, source, illustrative: true });
    }),
  );

  const kpis: KpiRecord[] = [
    { label: '“委员书屋”及读书点', value: 75, unitLabel: '个', source },
    { label: '协商平台（优化后）', value: 67, previous: 218, unitLabel: '个', source },
    { label: '界别委员工作室', value: 4, unitLabel: '个', source },
    { label: '协商示范点', value: 9, unitLabel: '个', source },
    { label: '委员“金点子”', value: 410, unitLabel: '条', qualifier: 'over', source },
    { label: '“金点子”转化为发展举措', value: 260, unitLabel: '条', qualifier: 'over', source },
    { label: '协商和监督课题（三年）', value: 46, unitLabel: '个', source },
    { label: '委员参与协商监督', value: 800, unit: 'person-times', qualifier: 'over', source },
    { label: '建言成果', value: 50, unitLabel: '份', qualifier: 'over', source },
    { label: '审查立案提案（换届以来）', value: 270, unitLabel: '件', source },
    { label: '社情民意信息（三年）', value: 155, unitLabel: '篇', source },
    { label: '小微协商', value: 342, unitLabel: '场次', source },
    { label: '小微协商意见建议', value: 567, unitLabel: '条', source },
    { label: '小微协商解决实际问题', value: 503, unitLabel: '个', source },
    { label: '委员参与率（2024）', value: 92, unit: 'percent', source },
    { label: '成果转化率（2024）', value: 91, unit: 'percent', source },
    { label: '群众认可率（2024）', value: 93, unit: 'percent', source },
    { label: '委员产业基地', value: 23, unitLabel: '个', source },
    { label: '委员经营新型主体', value: 58, unitLabel: '家', source },
    { label: '技能培训', value: 89, unitLabel: '场次', source },
    { label: '培育新型职业农民', value: 1500, unit: 'people', source },
    { label: '“企校双师”实训基地', value: 6, unitLabel: '个', source },
    { label: '实训基地年培训群众', value: 2000, unit: 'person-times', source },
    { label: '委员志愿服务（三年）', value: 1000, unit: 'person-times', qualifier: 'over', source },
    { label: '“法治护航”宣讲', value: 82, unitLabel: '场次', source },
    { label: '调解纠纷', value: 57, unitLabel: '件', source },
    { label: '为群众解决实际问题', value: 1000, unitLabel: '件', qualifier: 'about', source },
    { label: '收集群众诉求', value: 483, unitLabel: '条', source },
    { label: '诉求解决率', value: 98.5, unit: 'percent', source },
    { label: '帮扶项目惠及群众', value: 7000, unit: 'people', qualifier: 'over', source },
    { label: '“万企兴万村”实施项目', value: 134, unitLabel: '个', source },
  ];

  return {
    source,
    title: '犍为县政协 · “四高”导向 同心共建',
    description: '县镇村“1+15+N”协商平台体系：218个协商平台优化为67个；委员参与率由20%增至92%（2020→2024）。',
    stations,
    coverageKinds: ['liaison', 'consultation-point'],
    coverageTitle: '“1+15+N”协商平台与委员阵地',
    kpis,
    headline: ['协商平台（优化后）', '“委员书屋”及读书点', '小微协商', '小微协商解决实际问题', '诉求解决率', '委员产业基地'],
    funds: [
      { campaign: '协商示范点建设', purpose: '建成9个协商示范点', donor: '县财政', amount: 390_000, source },
      { campaign: '委员联系帮扶项目', purpose: '帮扶项目（惠及群众7000余人）', donor: '体制内委员', amount: 980_000, source },
      { campaign: '“万企兴万村”', purpose: '公益捐赠（134个项目）', donor: '工商联界别', amount: 6_780_000, source },
    ],
    fundsBy: 'campaign',
    fundsTitle: '示范点投入、帮扶项目与公益捐赠',
    activities,
    activityKinds: {
      'participation-rate': '委员参与率（%）',
      'adoption-rate': '成果转化率（%）',
      'approval-rate': '群众认可率（%）',
      'public-opinion': '社情民意信息（篇）',
      'consultation-supervision': '协商和监督课题（个）',
      'legal-outreach': '“法治护航”宣讲（场次）',
      'small-consultation': '小微协商（场次）',
    },
    reportedTotals: [
      { kind: 'public-opinion', total: 155, quote: '三年共编报社情民意信息155篇' },
      { kind: 'consultation-supervision', total: 46, quote: '三年来共实施协商和监督课题46个' },
      { kind: 'legal-outreach', total: 82, quote: '组织“法治护航”宣讲82场次' },
      { kind: 'small-consultation', total: 342, quote: '开展小微协商342场次' },
    ],
    trends: [
      {
        id: 'trend',
        title: '委员参与率、成果转化率、群众认可率',
        description: '2020年与2024年为文章报道数，2021—2023年为示意。',
        period: 'year',
        mark: 'line',
        series: ['participation-rate', 'adoption-rate', 'approval-rate'],
        annotations: [{ period: '2024', text: '92% / 91% / 93%' }],
      },
      {
        id: 'activity',
        title: '三年履职活动（示意分布）',
        description: '2022—2024年合计为文章报道数，逐年分布为示意。',
        period: 'year',
        mark: 'stacked-bar',
        series: ['small-consultation', 'public-opinion', 'legal-outreach', 'consultation-supervision'],
      },
    ],
    measure: { field: 'reading-point', label: '委员书屋/读书点（个，示意分布）' },
  };
};
