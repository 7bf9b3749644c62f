// Each chart element registers exactly the ECharts components its compiler's options use
// (issue 14, size): one it never draws with only adds bytes to every page that loads the element
// (and to the size benchmark's hand-written baseline, which registers the same list), and one it
// draws with but does not register is silently left out of the chart.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActivityTrendView, FundChartView } from '@tongxin/spec';
import { compileActivityTrend, compileFundChart } from '../../../packages/core/src/index.ts';
import { en, load, zh } from '../core/fixtures.ts';

/** The ECharts components (from `echarts/components`) an element passes to `use([...])`. */
function registeredComponents(element: string): string[] {
  const source = readFileSync(resolve(import.meta.dirname, `../../../packages/elements/src/${element}/${element}.ts`), 'utf8');
  const list = /\buse\(\[([^\]]*)\]\)/.exec(source)?.[1] ?? '';
  return list.split(',').map((n) => n.trim()).filter((n) => n.endsWith('Component')).sort();
}

/** Component → what in an option needs it. */
const NEEDS: Record<string, (option: Record<string, any>) => boolean> = {
  AriaComponent: (o) => o.aria !== undefined,
  GraphicComponent: (o) => o.graphic !== undefined,
  GridComponent: (o) => o.grid !== undefined || o.xAxis !== undefined || o.yAxis !== undefined,
  LegendComponent: (o) => o.legend !== undefined,
  MarkLineComponent: (o) => (o.series ?? []).some((s: any) => s.markLine !== undefined),
  MarkPointComponent: (o) => (o.series ?? []).some((s: any) => s.markPoint !== undefined),
  TitleComponent: (o) => o.title !== undefined,
  TooltipComponent: (o) => o.tooltip !== undefined,
  VisualMapComponent: (o) => o.visualMap !== undefined,
  GeoComponent: (o) => o.geo !== undefined,
};

function componentsUsed(options: Record<string, unknown>[]): string[] {
  const unknownKeys = options.flatMap((o) => Object.keys(o)).filter((k) => !['aria', 'graphic', 'grid', 'xAxis', 'yAxis', 'legend', 'series', 'title', 'tooltip', 'visualMap', 'geo', 'animation', 'animationDuration', 'animationDurationUpdate', 'animationEasing', 'animationEasingUpdate', 'color', 'textStyle', 'backgroundColor'].includes(k));
  expect(unknownKeys, 'option keys this test does not map to a component').toEqual([]);
  return Object.keys(NEEDS).filter((name) => options.some((o) => NEEDS[name](o))).sort();
}

const funds = [
  { campaign: '委员捐款', purpose: '产业', donor: '委员', amount: 5_000_000, qualifier: 'over', date: '2021-06' },
  { campaign: '机关筹集', purpose: '产业', donor: '机关', amount: 3_000_000, qualifier: 'over', date: '2021-03' },
  { campaign: '捐种一棵大树', purpose: '绿化', donor: '企业', amount: 3_000_000, date: '2022-03' },
];
const counts = [
  { period: '2022', kind: 'consultation', value: 12 },
  { period: '2023', kind: 'consultation', value: 20, qualifier: 'over' },
  { period: '2024', kind: 'consultation', value: 25 },
  { period: '2022', kind: 'proposal', value: 80 },
  { period: '2024', kind: 'proposal', value: 90 },
];
const rates = [
  { period: '2020', kind: 'participation-rate', value: 20, unit: 'percent' },
  { period: '2024', kind: 'participation-rate', value: 92, unit: 'percent' },
];

describe('ECharts components each element registers', () => {
  it('<tx-fund-chart>: what compileFundChart draws with, in every mode and grouping', async () => {
    const data = await load({ funds: { values: funds } });
    const view: FundChartView = { id: 'f', kind: 'fund-chart', title: '武宣县', data: 'funds' };
    const views: FundChartView[] = [
      view, { ...view, by: 'purpose' }, { ...view, by: 'donor' },
      { ...view, mode: 'progress', target: 15_000_000 }, { ...view, mode: 'cumulative' },
    ] as FundChartView[];
    const options = views.flatMap((v) => [zh, en].map((ctx) => compileFundChart(v, data, ctx).option));
    expect(registeredComponents('fund-chart')).toEqual(componentsUsed(options));
  });

  it('<tx-activity-trend>: what compileActivityTrend draws with, lines or stacked bars, with and without annotations', async () => {
    const data = await load({ counts: { values: counts }, rates: { values: rates } });
    const view: ActivityTrendView = { id: 't', kind: 'activity-trend', title: '犍为县', data: 'counts' };
    const notes = [{ period: '2023', text: '平台整合' }];
    const views: ActivityTrendView[] = [
      view, { ...view, mark: 'stacked-bar' }, { ...view, annotations: notes }, { ...view, mark: 'stacked-bar', annotations: notes },
      { ...view, data: 'rates' },
    ] as ActivityTrendView[];
    const options = views.flatMap((v) => [zh, en].map((ctx) => compileActivityTrend(v, data, ctx).option));
    expect(registeredComponents('activity-trend')).toEqual(componentsUsed(options));
  });
});
