import { townshipCode, type CountyContentBuilder } from '../county-content.ts';

const source = 'donglan-2025';

/** 东兰县 (001): “四个聚焦”; figures without dates, one member's industrial park located. */
export const donglan: CountyContentBuilder = (regions) => {
  const wuzhuan = townshipCode(regions, '武篆镇');
  return {
    source,
    title: '东兰县政协 · 突出“四个聚焦”',
    description: '“送解优”助企、专题协商、“引企下乡”与委员农业科技服务的成果（文章未给出年份）。',
    stations: [
      {
        id: 'donglan-industry-01',
        name: '“共耕社”产业园（委员企业）',
        kind: 'industry-base',
        township: wuzhuan,
        village: '东里村',
        source,
      },
    ],
    kpis: [
      { label: '“送解优”助企纾困专场活动', value: 20, unitLabel: '场', qualifier: 'over', source },
      { label: '深入企业调研的政协委员', value: 30, unit: 'people', qualifier: 'over', source },
      { label: '园区发展意见建议', value: 20, unitLabel: '条', qualifier: 'over', source },
      { label: '露营产业意见建议', value: 16, unitLabel: '条', source },
      { label: '专题协商', value: 5, unitLabel: '次', source },
      { label: '“引企下乡”对接企业', value: 16, unitLabel: '家', source },
      { label: '“共耕社”务工岗位（每年）', value: 8200, unit: 'person-times', qualifier: 'over', source },
      { label: '科技服务覆盖乡镇', value: 10, unitLabel: '个', source },
      { label: '科技服务村', value: 19, unitLabel: '个', source },
      { label: '科技服务基地', value: 19, unitLabel: '个', source },
      { label: '服务基地面积', value: 11897, unit: 'mu', source },
      { label: '服务基地产值', value: 24_259_000, unit: 'yuan', source },
    ],
    headline: ['“送解优”助企纾困专场活动', '专题协商', '“引企下乡”对接企业', '服务基地面积', '服务基地产值', '“共耕社”务工岗位（每年）'],
    funds: [
      {
        campaign: '“共耕社”产业园（武篆镇东里村）',
        purpose: '农户农田租金（每年）',
        amount: 200_000,
        qualifier: 'over',
        township: wuzhuan,
        source,
      },
      {
        campaign: '“共耕社”产业园（武篆镇东里村）',
        purpose: '村级集体经济增收（每年）',
        amount: 100_000,
        qualifier: 'at-least',
        township: wuzhuan,
        source,
      },
    ],
    fundsBy: 'purpose',
    fundsTitle: '委员产业园带来的年收入',
    activities: [],
    activityKinds: {},
    reportedTotals: [],
    trends: [],
  };
};
