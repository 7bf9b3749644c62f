import { describe, expect, it } from 'vitest';
import type { ActivityTrendView } from '@tongxin/spec';
import { compileActivityTrend, periodRange, themeTokens } from '../../../packages/core/src/index.ts';
import { textWidth } from '../../../packages/core/src/format/text-width.ts';
import { renderSvg } from '../../../packages/core/src/render/render-svg.ts';
import { en, HOSTILE, load, seriesOf, tooltipText, zh } from './fixtures.ts';

// 犍为: member participation 20% → 92%, adoption 18% → 91% (2020 → 2024); the years between are not in the article.
const rates = [
  { period: '2020', kind: 'participation-rate', value: 20, unit: 'percent', source: 'qianwei-2025' },
  { period: '2024', kind: 'participation-rate', value: 92, unit: 'percent', source: 'qianwei-2025' },
  { period: '2020', kind: 'adoption-rate', value: 18, unit: 'percent', source: 'qianwei-2025' },
  { period: '2024', kind: 'adoption-rate', value: 91, unit: 'percent', source: 'qianwei-2025' },
];
const counts = [
  { period: '2022', kind: 'consultation', value: 12, township: '511123100' },
  { period: '2022', kind: 'consultation', value: 3, township: '511123101' },
  { period: '2023', kind: 'consultation', value: 20, qualifier: 'over', township: '511123100' },
  { period: '2024', kind: 'consultation', value: 25, township: '511123100' },
  { period: '2022', kind: 'proposal', value: 80, township: '511123100' },
  { period: '2024', kind: 'proposal', value: 90, township: '511123101' },
];
const view: ActivityTrendView = { id: 't', kind: 'activity-trend', title: '犍为县', data: 'rates' };

describe('periodRange', () => {
  it('fills every period between the first and the last', () => {
    expect(periodRange(['2024', '2020'], 'year')).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(periodRange(['2023-Q4', '2024-Q2'], 'quarter')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(periodRange(['2024-11', '2025-02'], 'month')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});

describe('compileActivityTrend', () => {
  it('puts rates on a 0–100 % axis with the missing years as gaps', async () => {
    const out = compileActivityTrend(view, await load({ rates: { values: rates } }), zh);
    expect((out.option.xAxis as { data: string[] }).data).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(out.option.yAxis).toEqual([expect.objectContaining({ min: 0, max: 100, axisLabel: { formatter: '{value}%' } })]);
    const [participation, adoption] = seriesOf(out.option);
    expect(participation).toMatchObject({ type: 'line', name: '委员参与率', connectNulls: false, data: [20, null, null, null, 92] });
    expect(adoption.data).toEqual([18, null, null, null, 91]);
    expect(out.summary).toBe('犍为县：2020至2024，委员参与率从 20% 到 92%；成果转化率从 18% 到 91%');
    expect(out.table.rows.map((r) => [r.cells.period, r.cells['participation-rate']])).toEqual([['2020', '20%'], ['2021', '–'], ['2022', '–'], ['2023', '–'], ['2024', '92%']]);
    expect(out.sources).toEqual(['坚持“四高”导向 增强同心共建质效']);
    expect(out.table.rows[0].source).toBe('坚持“四高”导向 增强同心共建质效');
  });

  it('sums counts per period and kind, keeping the qualifier; rates and counts get separate axes', async () => {
    const out = compileActivityTrend({ ...view, data: 'all' }, await load({ all: { values: [...counts, ...rates] } }), zh);
    const series = seriesOf(out.option);
    const consultation = series.find((s) => s.name === '协商')!;
    expect(consultation.data).toEqual([null, null, 15, 20, 25]);
    expect(consultation.yAxisIndex).toBe(0);
    expect(series.find((s) => s.name === '委员参与率')!.yAxisIndex).toBe(1);
    expect((out.option.yAxis as unknown[]).length).toBe(2);
    expect((out.option.yAxis as { max?: number }[])[1].max).toBe(100);
    expect(out.table.rows.find((r) => r.cells.period === '2023')!.cells.consultation).toBe('20余');
  });

  it('stacks counts as bars, rates stay lines', async () => {
    const out = compileActivityTrend({ ...view, data: 'all', mark: 'stacked-bar' }, await load({ all: { values: [...counts, ...rates] } }), en);
    const series = seriesOf(out.option);
    expect(series.filter((s) => s.type === 'bar').map((s) => [s.name, s.stack])).toEqual([['Consultation', 'activity'], ['Proposal', 'activity']]);
    expect(series.filter((s) => s.type === 'line').map((s) => s.name)).toEqual(['Member participation', 'Adoption rate']);
    expect(renderSvg(out, { width: 600, height: 400, tokens: themeTokens('portal') })).toContain('Proposal');
  });

  it('shows only the series asked for, in that order', async () => {
    const out = compileActivityTrend({ ...view, data: 'all', series: ['proposal', 'consultation'] }, await load({ all: { values: counts } }), zh);
    expect(seriesOf(out.option).map((s) => s.name)).toEqual(['提案', '协商']);
  });

  it('spans the periods of the series shown, not of the whole shared dataset', async () => {
    const out = compileActivityTrend({ ...view, data: 'all', series: ['consultation'] }, await load({ all: { values: [...rates, ...counts] } }), zh);
    expect(out.table.rows.map((row) => row.raw.period)).toEqual(['2022', '2023', '2024']);
  });

  it('pins annotations to their period as a mark line whose text is data, not a template', async () => {
    const out = compileActivityTrend({ ...view, annotations: [{ period: '2022', text: '“1+15+N” {a} 平台整合' }, { period: '2030', text: 'out of range' }] }, await load({ rates: { values: rates } }), zh);
    const markLine = seriesOf(out.option)[0].markLine;
    expect(markLine.data).toEqual([expect.objectContaining({ xAxis: '2022', name: '“1+15+N” {a} 平台整合' })]);
    expect(markLine.label.formatter).toBe('{b}');
    const svg = renderSvg(out, { width: 600, height: 400, tokens: themeTokens('portal') });
    expect(svg).toContain('“1+15+N” {a} 平台整合');
    expect(tooltipText(out.option, [{ dataIndex: 2, seriesIndex: 0 }])).toContain('“1+15+N” {a} 平台整合');
  });

  it('writes annotation notes horizontally above the plot, inside the chart, clear of bars and legend', async () => {
    const months = ['2022-01', '2022-02', '2022-03', '2022-04', '2022-05', '2022-06'];
    const values = months.flatMap((period, i) => [{ period, kind: 'hotline-public', value: 5 + i }, { period, kind: 'hotline-enterprise', value: 9 }]);
    const notes = [{ period: '2022-01', text: '开通企业、群众服务热线' }, { period: '2022-06', text: '年中回访群众诉求办理' }];
    for (const theme of ['portal', 'bigscreen'] as const) {
      const tokens = themeTokens(theme);
      const out = compileActivityTrend({ ...view, data: 'm', mark: 'stacked-bar', annotations: notes }, await load({ m: { values } }), { ...zh, theme });
      const width = 600;
      const svg = renderSvg(out, { width, height: 400, tokens });
      // The plot's top: where the dashed annotation lines start; the bars' tops are at or below it.
      const lineTop = Math.min(...[...svg.matchAll(/<path d="M[\d.]+ [\d.]+L[\d.]+ ([\d.]+)"[^>]*stroke-dasharray/g)].map((m) => Number(m[1])));
      expect(Number.isFinite(lineTop)).toBe(true);
      const legendBottom = Math.max(...[...svg.matchAll(/<text[^>]*transform="translate\([\d.]+ ([\d.]+)\)"[^>]*>(群众诉求|企业诉求)<\/text>/g)].map((m) => Number(m[1]) + 7 + tokens.fontSize / 2));
      for (const note of notes) {
        const text = new RegExp(`<text([^>]*)>${note.text}</text>`).exec(svg);
        expect(text, note.text).not.toBeNull();
        const attrs = text![1];
        expect(attrs, 'horizontal, not rotated').toMatch(/transform="translate\([-\d.]+ [-\d.]+\)"/);
        const [, tx, ty] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(attrs)!.map(Number);
        const x = tx + Number(/ x="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
        const y = ty + Number(/ y="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
        const anchor = /text-anchor="(\w+)"/.exec(attrs)![1];
        const w = textWidth(note.text, tokens.fontSize);
        const [left, right] = anchor === 'end' ? [x - w, x] : anchor === 'middle' ? [x - w / 2, x + w / 2] : [x, x + w];
        expect(left, `${note.text} left edge`).toBeGreaterThanOrEqual(0);
        expect(right, `${note.text} right edge`).toBeLessThanOrEqual(width);
        expect(y + tokens.fontSize / 2, `${note.text} above the plot (${theme})`).toBeLessThanOrEqual(lineTop);
        expect(y - tokens.fontSize / 2, `${note.text} below the legend (${theme})`).toBeGreaterThanOrEqual(legendBottom);
      }
    }
  });

  it('reads quarters and months', async () => {
    const out = compileActivityTrend({ ...view, period: 'quarter', data: 'q' }, await load({ q: { values: [{ period: '2024-Q1', kind: 'inspection', value: 3 }, { period: '2024Q3', kind: 'inspection', value: 5 }] } }), zh);
    expect((out.option.xAxis as { data: string[] }).data).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    expect(seriesOf(out.option)[0].data).toEqual([3, null, 5]);
  });

  it('escapes data strings in the tooltip', async () => {
    const out = compileActivityTrend({ ...view, data: 'h' }, await load({ h: { values: [{ period: '2024', kind: HOSTILE, value: 1 }] } }), zh);
    const html = tooltipText(out.option, [{ dataIndex: 0, seriesIndex: 0, color: '#c23531' }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('filters by a linked selection and is empty when nothing is left', async () => {
    const data = await load({ all: { values: counts, illustrative: true } });
    const one = compileActivityTrend({ ...view, data: 'all' }, data, { ...zh, selection: { field: 'township', value: '511123101' } });
    expect(seriesOf(one.option).find((s) => s.name === '协商')!.data).toEqual([3, null, null]);
    expect(one.illustrative).toBe(true);
    const none = compileActivityTrend({ ...view, data: 'all' }, data, { ...zh, selection: { field: 'township', value: 'nowhere' } });
    expect(none.empty).toBe(true);
    expect(none.summary).toBe('暂无数据');
  });

  it('aria on; no animation with reduced motion', async () => {
    const out = compileActivityTrend(view, await load({ rates: { values: rates } }), { ...zh, reducedMotion: true });
    expect(out.option.aria).toMatchObject({ enabled: true });
    expect(out.option.animation).toBe(false);
  });
});
