import type { ActivityTrendView, DataRecord, Qualifier, Unit } from '@tongxin/spec';
import type { CompileContext, CompiledView, DataTable, LoadedData, SelectableItem } from '../model.ts';
import { messages } from '../messages.ts';
import { formatValue } from '../format/format-value.ts';
import type { ThemeTokens } from '../theme/theme-tokens.ts';
import { baseOption, contextTokens } from './base-option.ts';
import { combineQualifiers } from './combine-qualifiers.ts';
import { anyIllustrative, distinct, recordSourceTitle } from './figure-sources.ts';
import { periodGranularity, periodIndex, periodLabel, periodRange, type PeriodGranularity } from './period-range.ts';
import { ownEntry } from './own-entry.ts';
import { tooltipHtml } from './tooltip-html.ts';
import { datasetRecords, recordNumber, selectRecords } from './view-records.ts';

interface TrendPoint {
  value: number | null;
  qualifier?: Qualifier;
  sources: string[];
}

interface TrendSeries {
  kind: string;
  name: string;
  unit: Unit;
  points: TrendPoint[];
}

/**
 * Activity counts or rates by kind over time. The x axis holds every period
 * from the first to the last; a period without a record is a gap (null,
 * `connectNulls: false`). Counts and rates never share an axis: rates go on
 * a 0–100 % axis (the right-hand one when counts are shown too). Records of
 * one kind and period are summed (counts) or averaged (rates).
 * Modules: LineChart, BarChart (stacked-bar), GridComponent, LegendComponent,
 * TooltipComponent, MarkLineComponent (annotations), AriaComponent.
 */
export function compileActivityTrend(view: ActivityTrendView, data: LoadedData, ctx: CompileContext): CompiledView {
  const m = messages(ctx.locale);
  const tokens = contextTokens(ctx);
  const records = selectRecords(datasetRecords(data, view.data), ctx.selection).filter((r) => r.period != null && r.kind != null);
  const granularity: PeriodGranularity = view.period ?? periodGranularity(String(records[0]?.period ?? '')) ?? 'year';
  const inGranularity = records.filter((r) => periodIndex(String(r.period), granularity) != null);
  const kinds = view.series?.length ? view.series : distinct(inGranularity.map((r) => String(r.kind)));
  // The time axis spans the periods of the series shown, not of every record in a shared dataset.
  const shown = inGranularity.filter((r) => kinds.includes(String(r.kind)));
  const periods = periodRange(shown.map((r) => String(r.period)), granularity);
  const position = new Map(periods.map((p, i) => [p, i]));

  const series: TrendSeries[] = kinds.map((kind) => {
    const own = inGranularity.filter((r) => String(r.kind) === kind);
    const unit = ((own.find((r) => r.unit)?.unit as Unit | undefined) ?? 'count') as Unit;
    const buckets: DataRecord[][] = periods.map(() => []);
    for (const r of own) {
      const i = position.get(normalise(String(r.period), granularity));
      if (i != null && recordNumber(r, 'value') != null) buckets[i].push(r);
    }
    const points = buckets.map((bucket): TrendPoint => {
      if (bucket.length === 0) return { value: null, sources: [] };
      const values = bucket.map((r) => recordNumber(r, 'value')!);
      const total = values.reduce((a, b) => a + b, 0);
      const qualifier = combineQualifiers(bucket.map((r) => r.qualifier as Qualifier | undefined));
      return {
        value: unit === 'percent' ? total / values.length : total,
        ...(qualifier ? { qualifier } : {}),
        sources: distinct(bucket.map((r) => recordSourceTitle(data, view.data, r))),
      };
    });
    // Own keys only: a kind named "constructor" or "toString" is shown as written, not as Object's member
    // (activityKindName in messages.ts reads inherited keys too).
    return { kind, name: ownEntry(m.activityKind, kind) ?? kind, unit, points };
  });

  const hasRates = series.some((s) => s.unit === 'percent');
  const hasCounts = series.some((s) => s.unit !== 'percent');
  const rateAxis = hasRates && hasCounts ? 1 : 0;
  const percentAxis = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: !hasCounts } };
  const yAxis = [...(hasCounts ? [{ type: 'value', minInterval: 1 }] : []), ...(hasRates ? [percentAxis] : [])];
  if (yAxis.length === 0) yAxis.push({ type: 'value', minInterval: 1 });
  const fmt = (s: TrendSeries, p: TrendPoint) => (p.value == null ? '–' : formatValue(p.value, { locale: ctx.locale, unit: s.unit, qualifier: p.qualifier }));

  const echartsSeries = series.map((s, k) => {
    const isRate = s.unit === 'percent';
    const asBar = view.mark === 'stacked-bar' && !isRate;
    return {
      type: asBar ? 'bar' : 'line',
      id: `kind-${s.kind}`,
      name: s.name,
      yAxisIndex: isRate ? rateAxis : 0,
      // The theme's colour for this place, given outright: ECharts' own palette lookup keys a plain
      // object by series name and throws for a kind named "hasOwnProperty" (unpatched ECharts).
      itemStyle: { color: tokens.palette[k % tokens.palette.length] },
      ...(asBar ? { stack: 'activity', barMaxWidth: 48 } : { connectNulls: false, symbolSize: 6, showAllSymbol: true }),
      emphasis: { focus: 'series' },
      data: s.points.map((p) => p.value),
      ...(k === 0 && view.annotations?.length ? { markLine: annotationMarks(view, periods, granularity, tokens) } : {}),
    };
  });

  const option: Record<string, unknown> = {
    ...baseOption(ctx, {
      trigger: 'axis',
      formatter: (params: { dataIndex: number; seriesIndex: number; color?: string }[]) => {
        const list = Array.isArray(params) ? params : [params];
        const i = list[0]?.dataIndex;
        if (i == null) return '';
        const lines = list.map((p) => ({ label: series[p.seriesIndex]?.name ?? '', value: fmt(series[p.seriesIndex], series[p.seriesIndex].points[i]), color: p.color }));
        const note = view.annotations?.filter((a) => normalise(a.period, granularity) === periods[i]).map((a) => a.text).join('；');
        return tooltipHtml(periods[i], lines, note || undefined);
      },
    }),
    legend: { show: series.length > 1, top: 4, textStyle: { color: tokens.text } },
    grid: { left: 8, right: 16, top: (series.length > 1 ? 36 : 16) + annotationBand(view, tokens), bottom: 8 },
    xAxis: { type: 'category', data: periods, boundaryGap: view.mark === 'stacked-bar' },
    yAxis,
    series: echartsSeries,
  };

  const table: DataTable = {
    caption: m.caption.activityTrend(view.title ?? ''),
    columns: [{ key: 'period', label: m.column.period }, ...series.map((s) => ({ key: s.kind, label: s.name, numeric: true })), { key: 'source', label: m.column.source }],
    rows: periods.map((period, i) => {
      const sources = distinct(series.flatMap((s) => s.points[i].sources));
      const qualifier = combineQualifiers(series.map((s) => s.points[i].qualifier));
      return {
        cells: { period, ...Object.fromEntries(series.map((s) => [s.kind, fmt(s, s.points[i])])), source: sources.join('；') },
        raw: { period, ...Object.fromEntries(series.map((s) => [s.kind, s.points[i].value])), source: sources.join('；') },
        ...(sources.length ? { source: sources.join('；') } : {}),
        ...(qualifier ? { qualifier } : {}),
      };
    }),
  };

  const summary = periods.length
    ? m.summary.activityTrend({
        title: view.title,
        first: periods[0],
        last: periods[periods.length - 1],
        series: series.flatMap((s) => {
          const known = s.points.filter((p) => p.value != null);
          if (known.length === 0) return [];
          return [{ name: s.name, from: fmt(s, known[0]), to: fmt(s, known[known.length - 1]) }];
        }),
      })
    : m.empty;

  const selectable: SelectableItem[] = series.flatMap((s, k) =>
    s.points.flatMap((p, i) => (p.value == null ? [] : [{ key: `${s.kind}@${periods[i]}`, name: `${s.name} ${periods[i]}`, value: p.value, seriesIndex: k, dataIndex: i }])),
  );

  return {
    view,
    option,
    maps: [],
    table,
    summary,
    illustrative: anyIllustrative(data, [view.data], inGranularity),
    attributions: [],
    sources: distinct(series.flatMap((s) => s.points.flatMap((p) => p.sources))),
    empty: series.every((s) => s.points.every((p) => p.value == null)),
    selectable,
  };
}

/** 2024Q2 and 2024-q2 are the same period as 2024-Q2. */
function normalise(period: string, granularity: PeriodGranularity): string {
  const i = periodIndex(period, granularity);
  return i == null ? period : periodLabel(i, granularity);
}

/**
 * Annotations as dashed vertical lines, each with its note written horizontally
 * just above the top of its line: in a band the grid keeps free under the
 * legend (`annotationBand`), so the note never crosses a bar or a point. A
 * note in the left half of the chart runs rightwards from its line, one in the
 * right half leftwards, so neither end is cut at the chart's edge.
 */
function annotationMarks(view: ActivityTrendView, periods: string[], granularity: PeriodGranularity, tokens: ThemeTokens) {
  const last = Math.max(1, periods.length - 1);
  return {
    silent: false,
    symbol: ['none', 'none'],
    lineStyle: { type: 'dashed', color: tokens.textMuted },
    // The note is the item's name and the label prints {b}, so its text is never read as a template.
    label: { formatter: '{b}', position: 'end', distance: 4, rotate: 0, color: tokens.text, fontSize: tokens.fontSize },
    data: (view.annotations ?? [])
      .filter((a) => periods.includes(normalise(a.period, granularity)))
      .map((a) => {
        const period = normalise(a.period, granularity);
        const rightHalf = periods.indexOf(period) / last > 0.5;
        return { xAxis: period, name: a.text, label: { align: rightHalf ? 'right' : 'left' } };
      }),
  };
}

/** Height kept free above the plot for annotation notes (one line of text). */
function annotationBand(view: ActivityTrendView, tokens: ThemeTokens): number {
  return view.annotations?.length ? Math.round(tokens.fontSize * 1.5) + 4 : 0;
}
