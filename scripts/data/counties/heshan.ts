import type { CountyContentBuilder } from '../county-content.ts';

const source = 'heshan-gx';

/** 合山市 (004): liaison stations in every township (“八有”). */
export const heshan: CountyContentBuilder = (regions) => ({
  source,
  title: '合山市政协 · 委员“动”起来 工作“活”起来',
  description: '投入30万元在全部乡镇建成政协委员联络站，率先在来宾市实现全覆盖。',
  stations: regions.map((region, i) => ({
    id: `heshan-liaison-${String(i + 1).padStart(2, '0')}`,
    name: `${region.name}政协委员联络站`,
    kind: 'liaison',
    township: region.code,
    source,
    atSeat: true,
  })),
  coverageKinds: ['liaison'],
  coverageTitle: '乡镇政协委员联络站覆盖',
  kpis: [
    { label: '联络站建设投入', value: 300_000, unit: 'yuan', source },
    { label: '每站每年集中学习交流', value: 4, unitLabel: '次', qualifier: 'at-least', source },
    { label: '委员学习参与率', value: 90, unit: 'percent', qualifier: 'at-least', source },
    { label: '协商议题', value: 7, unitLabel: '个', source },
    { label: '联络站协商推动解决问题', value: 28, unitLabel: '个', source },
    { label: '疫情防控捐资捐物', value: 785_000, unit: 'yuan', source },
  ],
  headline: ['联络站建设投入', '每站每年集中学习交流', '委员学习参与率', '协商议题', '联络站协商推动解决问题', '疫情防控捐资捐物'],
  funds: [
    { campaign: '委员乡镇联络站建设', purpose: '联络站“八有”标准建设', donor: '合山市政协', amount: 300_000, source },
    { campaign: '疫情防控', purpose: '疫情防控捐资捐物（累计）', donor: '委员发动企业和各界', amount: 785_000, source },
  ],
  fundsBy: 'campaign',
  fundsTitle: '联络站投入与疫情防控捐赠',
  activities: [],
  activityKinds: {},
  reportedTotals: [],
  trends: [],
});
