import { describe, expect, it } from 'vitest';
import type { FundChartView } from '@tongxin/spec';
import { compileFundChart, themeTokens } from '../../../packages/core/src/index.ts';
import { textWidth } from '../../../packages/core/src/format/text-width.ts';
import { renderSvg } from '../../../packages/core/src/render/render-svg.ts';
import { en, HOSTILE, load, seriesOf, tooltipText, zh } from './fixtures.ts';

// 武宣: members donated 500多万元; the office raised 300多万元; "捐种一棵大树" 300多万元.
const funds = [
  { campaign: '委员捐款', purpose: '产业', amount: 5_000_000, qualifier: 'over', date: '2021-06', source: 'wuxuan-2022', township: '451323100' },
  { campaign: '机关筹集', purpose: '产业', amount: 3_000_000, qualifier: 'over', date: '2021-03', source: 'wuxuan-2022', township: '451323101' },
  { campaign: '捐种一棵大树', purpose: '绿化', amount: 3_000_000, qualifier: 'over', date: '2022-03', source: 'wuxuan-2022', township: '451323100' },
  { campaign: HOSTILE, amount: 785_000, date: '2022-05' },
];
const view: FundChartView = { id: 'f', kind: 'fund-chart', title: '武宣县', data: 'funds' };

describe('compileFundChart, bar', () => {
  it('labels each bar in 万元 with its qualifier and counts the axis in 万元', async () => {
    const out = compileFundChart(view, await load({ funds: { values: funds } }), zh);
    const [bars] = seriesOf(out.option);
    expect(bars.type).toBe('bar');
    expect(bars.data.map((d: { name: string; value: number; label: { formatter: string } }) => [d.name, d.value, d.label.formatter])).toEqual([
      ['委员捐款', 500, '500余万元'],
      ['机关筹集', 300, '300余万元'],
      ['捐种一棵大树', 300, '300余万元'],
      [HOSTILE, 78.5, '78.5万元'],
    ]);
    expect((out.option.xAxis as { name: string }).name).toBe('万元');
    const svg = renderSvg(out, { width: 600, height: 400, tokens: themeTokens('portal') });
    expect(svg).toContain('>500余万元</text>');
    // Category names and labels stay inside the chart (ECharts 6 outer bounds).
    const xs = [...svg.matchAll(/<text[^>]*transform="translate\(([-\d.]+) [-\d.]+\)"/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(4);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(600);
  });

  it('leaves room on the right for the longest label, in either locale (no "over 5 million y…")', async () => {
    for (const ctx of [zh, en]) {
      const out = compileFundChart(view, await load({ funds: { values: funds } }), ctx);
      const labels = seriesOf(out.option)[0].data.map((d: { label: { formatter: string } }) => d.label.formatter);
      const longest = labels.reduce((a: string, b: string) => (textWidth(b, 12) > textWidth(a, 12) ? b : a));
      const width = 480;
      const svg = renderSvg(out, { width, height: 300, tokens: themeTokens('portal') });
      const at = new RegExp(`<text[^>]*transform="translate\\(([-\\d.]+) [-\\d.]+\\)"[^>]*>${longest}</text>`).exec(svg);
      expect(at, `${longest} drawn`).not.toBeNull();
      expect(Number(at![1]) + textWidth(longest, 12)).toBeLessThanOrEqual(width);
    }
  });

  it('gives exact yuan and the source in the table and tooltip', async () => {
    const out = compileFundChart(view, await load({ funds: { values: funds } }), zh);
    expect(out.table.rows[0].cells).toEqual({ group: '委员捐款', amount: '500余万元', exact: '5,000,000元', qualifier: '余', source: '委员履职“三聚焦” 乡村振兴添动力' });
    expect(out.table.rows[0].raw.amount).toBe(5_000_000);
    expect(out.table.columns[0].label).toBe('项目');
    const tip = tooltipText(out.option, { dataIndex: 0, color: '#c23531' });
    expect(tip).toContain('500余万元');
    expect(tip).toContain('5,000,000元');
    expect(tip).toContain('来源：委员履职“三聚焦” 乡村振兴添动力');
  });

  it('escapes a hostile campaign name in the tooltip', async () => {
    const out = compileFundChart(view, await load({ funds: { values: funds } }), zh);
    const tip = tooltipText(out.option, { dataIndex: 3 });
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tip).not.toContain('<img');
  });

  it('groups by purpose, summing amounts and qualifiers', async () => {
    const out = compileFundChart({ ...view, by: 'purpose' }, await load({ funds: { values: funds } }), zh);
    expect(out.table.rows.map((r) => [r.cells.group, r.cells.amount])).toEqual([['产业', '800余万元'], ['绿化', '300余万元'], ['其他', '78.5万元']]);
    expect(out.summary).toBe('武宣县：共 3 项，合计1178.5余万元，最多的是产业（800余万元）');
  });

  it('English', async () => {
    const out = compileFundChart(view, await load({ funds: { values: funds } }), en);
    expect(out.table.rows[0].cells.amount).toBe('over 5 million yuan');
    expect(out.table.rows[0].cells.exact).toBe('¥5,000,000');
    expect((out.option.xAxis as { name: string }).name).toBe('million yuan');
    expect(seriesOf(out.option)[0].data[0].value).toBe(5);
  });

  it('counts in 亿元 when the largest amount is', async () => {
    const out = compileFundChart(view, await load({ big: { values: [{ campaign: '电商销售', amount: 900_000_000, qualifier: 'over' }] } }).then((d) => d), zh);
    expect(out.empty).toBe(true); // wrong dataset id: nothing to draw
    const big = compileFundChart({ ...view, data: 'big' }, await load({ big: { values: [{ campaign: '电商销售', amount: 900_000_000, qualifier: 'over' }] } }), zh);
    expect((big.option.xAxis as { name: string }).name).toBe('亿元');
    expect(seriesOf(big.option)[0].data[0]).toMatchObject({ value: 9, label: { formatter: '9亿余元' } });
  });
});

describe('compileFundChart, progress and cumulative', () => {
  it('stacks the groups against a target line', async () => {
    const out = compileFundChart({ ...view, mode: 'progress', target: 15_000_000 }, await load({ funds: { values: funds } }), zh);
    const series = seriesOf(out.option);
    expect(series.map((s) => s.stack)).toEqual(['raised', 'raised', 'raised', 'raised']);
    const last = series[series.length - 1];
    expect(last.markLine.data).toEqual([{ xAxis: 1500, name: '目标 1500万元' }]);
    expect(last.label.formatter).toBe('1178.5余万元 · 78.6%');
    expect(out.summary).toBe('武宣县：已筹集1178.5余万元，目标1500万元，完成 78.6%');
    expect(out.table.rows[out.table.rows.length - 1].cells).toMatchObject({ group: '目标', amount: '1500万元', exact: '15,000,000元' });
    expect((out.option.xAxis as { max: number }).max).toBe(1500);
    expect(renderSvg(out, { width: 600, height: 300, tokens: themeTokens('bigscreen') })).toContain('目标 1500万元');
  });

  it('adds up over dates, carrying the qualifier into the total', async () => {
    const out = compileFundChart({ ...view, mode: 'cumulative' }, await load({ funds: { values: funds } }), zh);
    expect((out.option.xAxis as { data: string[] }).data).toEqual(['2021-03', '2021-06', '2022-03', '2022-05']);
    expect(seriesOf(out.option)[0].data.map((d: { value: number }) => d.value)).toEqual([300, 800, 1100, 1178.5]);
    expect(out.table.rows.map((r) => r.cells.cumulative)).toEqual(['300余万元', '800余万元', '1100余万元', '1178.5余万元']);
    expect(out.table.rows[3].cells.exact).toBe('11,785,000元');
    expect(out.summary).toBe('武宣县：2021-03至2022-05累计筹集1178.5余万元');
    expect(tooltipText(out.option, [{ dataIndex: 1 }])).toContain('8,000,000元');
  });

  it('orders dates of every precision in time, whatever order the records come in', async () => {
    const dated = ['2022', '2021-03-15', '2021', '2021-12', '2021-03'].map((date, i) => ({ campaign: '机关筹集', amount: (i + 1) * 10_000, date }));
    const out = compileFundChart({ ...view, mode: 'cumulative' }, await load({ funds: { values: dated } }), zh);
    expect((out.option.xAxis as { data: string[] }).data).toEqual(['2021', '2021-03', '2021-03-15', '2021-12', '2022']);
  });

  it('filters by a linked township and marks illustrative records', async () => {
    const data = await load({ funds: { values: [...funds, { campaign: '示意', amount: 1000, illustrative: true, township: '451323101' }] } });
    const out = compileFundChart(view, data, { ...zh, selection: { field: 'township', value: '451323101' } });
    expect(out.table.rows.map((r) => r.cells.group)).toEqual(['机关筹集', '示意']);
    expect(out.illustrative).toBe(true);
    expect(compileFundChart(view, data, { ...zh, selection: { field: 'township', value: '451323100' } }).illustrative).toBe(false);
  });
});
