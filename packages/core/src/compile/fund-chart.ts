import type { FundChartView, Qualifier } from '@tongxin/spec';
import { textWidth } from '../format/text-width.ts';
import type { CompileContext, CompiledView, DataTable, LoadedData, SelectableItem, TableRow } from '../model.ts';
import { messages } from '../messages.ts';
import { formatAmount } from '../format/format-amount.ts';
import { formatExactYuan } from '../format/format-exact-yuan.ts';
import { formatPercent } from '../format/format-percent.ts';
import { qualifierWord } from '../format/qualifier-word.ts';
import { amountAxis } from './amount-axis.ts';
import { baseOption, contextTokens } from './base-option.ts';
import { combineQualifiers } from './combine-qualifiers.ts';
import { anyIllustrative } from './figure-sources.ts';
import { fundFigures, groupByField, type FundGroup } from './fund-groups.ts';
import { tooltipHtml } from './tooltip-html.ts';
import { datasetRecords, selectRecords } from './view-records.ts';

/**
 * Money raised. `bar`: one horizontal bar per campaign/purpose/donor,
 * labelled in 万元/亿元 with the source's qualifier (500余万元); `progress`:
 * the groups stacked in one bar against a target line; `cumulative`: the
 * running total over `date`. Axes count in 万元/亿元; tooltips and the table
 * also give the exact yuan.
 * Modules: BarChart (bar, progress), LineChart (cumulative), GridComponent,
 * LegendComponent (progress), TooltipComponent, MarkLineComponent (progress target), AriaComponent.
 */
export function compileFundChart(view: FundChartView, data: LoadedData, ctx: CompileContext): CompiledView {
  const mode = view.mode ?? 'bar';
  const records = selectRecords(datasetRecords(data, view.data), ctx.selection);
  // One walk over the records sums the groups (or dates) and collects sources and illustrative.
  const figures = mode === 'cumulative'
    ? fundFigures(records, data, view.data, (r) => (typeof r.date === 'string' && r.date !== '' ? r.date : undefined))
    : fundFigures(records, data, view.data, groupByField(view.by ?? 'campaign', messages(ctx.locale).otherGroup));
  const parts = mode === 'cumulative' ? compileCumulative(view, figures.groups, ctx) : compileGroups(view, figures.groups, ctx, mode);
  return {
    view,
    maps: [],
    attributions: [],
    illustrative: figures.illustrative || anyIllustrative(data, [view.data]),
    sources: figures.sources,
    ...parts,
  };
}

type Parts = Pick<CompiledView, 'option' | 'table' | 'summary' | 'empty' | 'selectable'>;

function compileGroups(view: FundChartView, groups: FundGroup[], ctx: CompileContext, mode: 'bar' | 'progress'): Parts {
  const m = messages(ctx.locale);
  const tokens = contextTokens(ctx);
  const by = view.by ?? 'campaign';
  const total = groups.reduce((sum, g) => sum + g.amount, 0);
  const totalQualifier = combineQualifiers(groups.map((g) => g.qualifier));
  const target = mode === 'progress' && view.target && view.target > 0 ? view.target : undefined;
  const axis = amountAxis(mode === 'progress' ? [total, target ?? 0] : groups.map((g) => g.amount), ctx.locale);
  const amountText = (g: { amount: number; qualifier?: Qualifier }) => formatAmount(g.amount, { locale: ctx.locale, qualifier: g.qualifier });
  const sourcesOf = (g: FundGroup) => g.sources;
  const groupTooltip = (g: FundGroup, color?: string) =>
    tooltipHtml(g.name, [{ label: m.column.amount, value: amountText(g), color }, { label: m.column.exactAmount, value: formatExactYuan(g.amount, ctx.locale) }], sourcesOf(g).length ? m.sourcePrefix + sourcesOf(g).join('；') : undefined);
  // Amounts side by side on a narrow chart (50,000 100,000 150,000 at 360 px) would run into each other: drop the ones that would.
  const valueAxis = { type: 'value', name: m.amountUnit(axis.magnitude), nameLocation: 'end', max: target ? Math.max(total, target) / axis.scale : undefined, axisLabel: { hideOverlap: true } };

  let option: Record<string, unknown>;
  if (mode === 'bar') {
    option = {
      ...baseOption(ctx, { trigger: 'item', formatter: (p: { dataIndex: number; color?: string }) => (groups[p.dataIndex] ? groupTooltip(groups[p.dataIndex], p.color) : '') }),
      // ECharts 6 keeps axis labels inside the chart by itself (grid.outerBounds); containLabel is legacy.
      // Room on the right for the longest value label (500余万元 / over 5 million yuan), so none is cut off.
      grid: { left: 8, right: Math.max(24, 12 + Math.max(...groups.map((g) => textWidth(amountText(g), tokens.fontSize)))), top: 24, bottom: 8 },
      // Long campaign names end in an ellipsis at a bounded width (the full name is in the tooltip
      // and the data table), so the bars keep the room they need.
      yAxis: { type: 'category', inverse: true, data: groups.map((g) => g.name), axisLabel: { width: Math.round(tokens.fontSize * 9), overflow: 'truncate', ellipsis: '…' } },
      xAxis: valueAxis,
      series: [
        {
          type: 'bar',
          id: 'amount',
          name: m.raised,
          barMaxWidth: 32,
          colorBy: 'series',
          // Each bar's label is its own text (500余万元), not a template.
          label: { show: true, position: 'right', color: tokens.text },
          data: groups.map((g) => ({ name: g.name, value: g.amount / axis.scale, label: { formatter: amountText(g) } })),
        },
      ],
    };
  } else {
    const percent = target ? formatPercent((total / target) * 100, ctx.locale) : undefined;
    option = {
      ...baseOption(ctx, {
        trigger: 'item',
        formatter: (p: { seriesIndex: number; color?: string }) => (groups[p.seriesIndex] ? groupTooltip(groups[p.seriesIndex], p.color) : ''),
      }),
      legend: { show: groups.length > 1, top: 4, textStyle: { color: tokens.text } },
      grid: { left: 8, right: 24, top: 48, bottom: 8 },
      yAxis: { type: 'category', data: [m.raised] },
      xAxis: valueAxis,
      series: groups.map((g, k) => ({
        type: 'bar',
        id: `group-${k}`,
        name: g.name,
        stack: 'raised',
        barMaxWidth: 48,
        // The palette colour outright, not looked up by name (see activity-trend.ts).
        itemStyle: { color: tokens.palette[k % tokens.palette.length] },
        data: [{ name: g.name, value: g.amount / axis.scale }],
        ...(k === groups.length - 1
          ? {
              label: { show: true, position: 'right', formatter: [formatAmount(total, { locale: ctx.locale, qualifier: totalQualifier }), percent].filter(Boolean).join(' · '), color: tokens.text },
              ...(target
                ? {
                    markLine: {
                      symbol: ['none', 'none'],
                      lineStyle: { type: 'dashed', color: tokens.emphasis, width: 2 },
                      label: { formatter: '{b}', position: 'end' },
                      data: [{ xAxis: target / axis.scale, name: `${m.target} ${formatAmount(target, { locale: ctx.locale })}` }],
                    },
                  }
                : {}),
            }
          : {}),
      })),
    };
  }

  const rows: TableRow[] = groups.map((g) => {
    const sources = sourcesOf(g).join('；');
    return {
      cells: { group: g.name, amount: amountText(g), exact: formatExactYuan(g.amount, ctx.locale), qualifier: qualifierWord(g.qualifier, ctx.locale), source: sources },
      raw: { group: g.name, amount: g.amount, exact: g.amount, qualifier: g.qualifier ?? '', source: sources },
      ...(sources ? { source: sources } : {}),
      ...(g.qualifier ? { qualifier: g.qualifier } : {}),
    };
  });
  if (target) {
    rows.push({
      cells: { group: m.target, amount: formatAmount(target, { locale: ctx.locale }), exact: formatExactYuan(target, ctx.locale), qualifier: '', source: '' },
      raw: { group: m.target, amount: target, exact: target, qualifier: '', source: '' },
    });
  }
  const table: DataTable = {
    caption: m.caption.fundChart(view.title ?? ''),
    columns: [
      { key: 'group', label: m.fundGrouping[by] },
      { key: 'amount', label: m.column.amount, numeric: true },
      { key: 'exact', label: m.column.exactAmount, numeric: true },
      { key: 'qualifier', label: m.column.qualifier },
      { key: 'source', label: m.column.source },
    ],
    rows,
  };
  const top = groups.reduce<FundGroup | undefined>((best, g) => (!best || g.amount > best.amount ? g : best), undefined);
  const totalText = formatAmount(total, { locale: ctx.locale, qualifier: totalQualifier });
  const summary = target
    ? m.summary.fundProgress({ title: view.title, raised: totalText, target: formatAmount(target, { locale: ctx.locale }), percent: formatPercent((total / target) * 100, ctx.locale) })
    : m.summary.fundBar({ title: view.title, total: totalText, groups: groups.length, top: top && groups.length > 1 ? { name: top.name, amount: amountText(top) } : undefined });
  const selectable: SelectableItem[] = groups.map((g, i) =>
    mode === 'bar' ? { key: g.name, name: g.name, value: g.amount, seriesIndex: 0, dataIndex: i } : { key: g.name, name: g.name, value: g.amount, seriesIndex: i, dataIndex: 0 },
  );
  return { option, table, summary, empty: groups.length === 0, selectable };
}

function compileCumulative(view: FundChartView, byDate: FundGroup[], ctx: CompileContext): Parts {
  const m = messages(ctx.locale);
  const tokens = contextTokens(ctx);
  // Dates are ISO (YYYY, YYYY-MM, YYYY-MM-DD: the records check), so their code units sort them in time;
  // `localeCompare` would sort them alike but load ICU's collation data on its first use in a page.
  const dated = [...byDate].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const dates = dated.map((d) => d.name);
  let running = 0;
  const qualifiers = new Set<Qualifier>();
  const points = dated.map((d) => {
    running += d.amount;
    for (const q of d.qualifiers) qualifiers.add(q);
    return {
      date: d.name,
      amount: d.amount,
      amountQualifier: d.qualifier,
      cumulative: running,
      qualifier: combineQualifiers([...qualifiers]),
      sources: d.sources,
    };
  });
  const axis = amountAxis(points.map((p) => p.cumulative), ctx.locale);
  const cumulativeText = (p: (typeof points)[number]) => formatAmount(p.cumulative, { locale: ctx.locale, qualifier: p.qualifier });
  const option: Record<string, unknown> = {
    ...baseOption(ctx, {
      trigger: 'axis',
      formatter: (params: { dataIndex: number; color?: string }[]) => {
        const p = points[(Array.isArray(params) ? params[0] : params)?.dataIndex];
        if (!p) return '';
        return tooltipHtml(
          p.date,
          [
            { label: m.column.cumulative, value: cumulativeText(p), color: (Array.isArray(params) ? params[0] : params)?.color },
            { label: m.column.exactAmount, value: formatExactYuan(p.cumulative, ctx.locale) },
            { label: m.column.amount, value: formatAmount(p.amount, { locale: ctx.locale, qualifier: p.amountQualifier }) },
          ],
          p.sources.length ? m.sourcePrefix + p.sources.join('；') : undefined,
        );
      },
    }),
    grid: { left: 8, right: 24, top: 32, bottom: 8 },
    xAxis: { type: 'category', data: dates, boundaryGap: false },
    yAxis: { type: 'value', name: m.amountUnit(axis.magnitude) },
    series: [
      {
        type: 'line',
        id: 'cumulative',
        name: m.column.cumulative,
        step: 'end',
        areaStyle: { opacity: 0.15 },
        lineStyle: { color: tokens.palette[0] },
        itemStyle: { color: tokens.palette[0] },
        data: points.map((p, i) => ({
          value: p.cumulative / axis.scale,
          ...(i === points.length - 1 ? { label: { show: true, position: 'top', formatter: cumulativeText(p), color: tokens.text } } : {}),
        })),
      },
    ],
  };
  const table: DataTable = {
    caption: m.caption.fundChart(view.title ?? ''),
    columns: [
      { key: 'date', label: m.column.date },
      { key: 'amount', label: m.column.amount, numeric: true },
      { key: 'cumulative', label: m.column.cumulative, numeric: true },
      { key: 'exact', label: m.column.exactAmount, numeric: true },
      { key: 'source', label: m.column.source },
    ],
    rows: points.map((p) => ({
      cells: {
        date: p.date,
        amount: formatAmount(p.amount, { locale: ctx.locale, qualifier: p.amountQualifier }),
        cumulative: cumulativeText(p),
        exact: formatExactYuan(p.cumulative, ctx.locale),
        source: p.sources.join('；'),
      },
      raw: { date: p.date, amount: p.amount, cumulative: p.cumulative, exact: p.cumulative, source: p.sources.join('；') },
      ...(p.sources.length ? { source: p.sources.join('；') } : {}),
      ...(p.qualifier ? { qualifier: p.qualifier } : {}),
    })),
  };
  const last = points[points.length - 1];
  const summary = last ? m.summary.fundCumulative({ title: view.title, total: cumulativeText(last), from: points[0].date, to: last.date }) : m.empty;
  return {
    option,
    table,
    summary,
    empty: points.length === 0,
    selectable: points.map((p, i) => ({ key: p.date, name: p.date, value: p.cumulative, seriesIndex: 0, dataIndex: i })),
  };
}
