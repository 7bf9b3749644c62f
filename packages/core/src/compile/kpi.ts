import type { KpiItem, KpiView, Qualifier, Unit } from '@tongxin/spec';
import type { CompileContext, CompiledView, DataTable, KpiCard, LoadedData } from '../model.ts';
import { messages } from '../messages.ts';
import { formatCount } from '../format/format-count.ts';
import { formatValue } from '../format/format-value.ts';
import { qualifierWord } from '../format/qualifier-word.ts';
import { baseOption } from './base-option.ts';
import { anyIllustrative, distinct, sourceTitle } from './figure-sources.ts';
import { ownEntry } from './own-entry.ts';
import { datasetRecords, recordNumber, selectRecords } from './view-records.ts';

/**
 * Headline figures. The element draws them as HTML cards from `cards`
 * (text only), each a selectable item (`selectable`, same order); the ECharts
 * option is the bare base (aria, no series) so a renderer that insists on one
 * has something valid.
 * Modules: none beyond AriaComponent (no chart is drawn).
 */
export function compileKpi(view: KpiView, data: LoadedData, ctx: CompileContext): CompiledView {
  const m = messages(ctx.locale);
  const datasetSource = ownEntry(data.datasets, view.data)?.spec.source;
  const fromData = selectRecords(datasetRecords(data, view.data), ctx.selection)
    .filter((r) => r.label != null && recordNumber(r, 'value') != null)
    .map(
      (r): KpiItem & { id?: string } => ({
        ...(r.id != null ? { id: String(r.id) } : {}),
        label: String(r.label),
        value: recordNumber(r, 'value')!,
        ...(r.unit ? { unit: r.unit as Unit } : {}),
        ...(r.unitLabel ? { unitLabel: String(r.unitLabel) } : {}),
        ...(r.qualifier ? { qualifier: r.qualifier as Qualifier } : {}),
        ...(recordNumber(r, 'previous') != null ? { previous: recordNumber(r, 'previous')! } : {}),
        ...(r.source ?? datasetSource ? { source: String(r.source ?? datasetSource) } : {}),
        ...(r.illustrative === true ? { illustrative: true } : {}),
      }),
    );
  const items: (KpiItem & { id?: string })[] = [...(view.items ?? []), ...fromData];
  const datasetIllustrative = ownEntry(data.datasets, view.data)?.illustrative === true;

  const cards: KpiCard[] = items.map((item) => {
    const unit = item.unit ?? 'count';
    const fmt = (v: number, qualifier?: Qualifier) => formatValue(v, { locale: ctx.locale, unit, qualifier, unitLabel: item.unitLabel });
    const source = sourceTitle(data, item.source);
    let change: KpiCard['change'];
    if (item.previous != null) {
      const delta = item.value - item.previous;
      // A change of a percentage is in percentage points (20% → 92% is 72 points, not 72%).
      const deltaText = unit === 'percent' ? m.percentagePoints(formatCount(Math.abs(delta), { locale: ctx.locale })) : fmt(Math.abs(delta));
      change = { text: delta === 0 ? '±0' : m.change({ delta: deltaText, up: delta > 0 }), direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' };
    }
    return {
      label: item.label,
      value: item.value,
      text: fmt(item.value, item.qualifier),
      ...(change ? { change } : {}),
      ...(source ? { source } : {}),
      illustrative: item.illustrative === true || datasetIllustrative,
    };
  });

  const table: DataTable = {
    caption: m.caption.kpi(view.title ?? ''),
    columns: [
      { key: 'label', label: m.column.label },
      { key: 'value', label: m.column.value, numeric: true },
      { key: 'qualifier', label: m.column.qualifier },
      { key: 'change', label: m.column.change },
      { key: 'source', label: m.column.source },
    ],
    rows: cards.map((card, i) => ({
      cells: { label: card.label, value: card.text, qualifier: qualifierWord(items[i].qualifier, ctx.locale), change: card.change?.text ?? '', source: card.source ?? '' },
      raw: { label: card.label, value: card.value, qualifier: items[i].qualifier ?? '', change: items[i].previous != null ? card.value - items[i].previous! : null, source: card.source ?? '' },
      ...(card.source ? { source: card.source } : {}),
      ...(items[i].qualifier ? { qualifier: items[i].qualifier } : {}),
    })),
  };

  return {
    view,
    option: { ...baseOption(ctx, { show: false }), series: [] },
    maps: [],
    table,
    summary: cards.length ? m.summary.kpi({ title: view.title, items: cards.map((c) => ({ label: c.label, value: c.text })) }) : m.empty,
    illustrative: cards.some((c) => c.illustrative) || anyIllustrative(data, [view.data]),
    attributions: [],
    sources: distinct(cards.map((c) => c.source)),
    empty: cards.length === 0,
    selectable: cardKeys(items).map((key, i) => ({ key, name: cards[i].label, value: cards[i].value, seriesIndex: 0, dataIndex: i })),
    cards,
  };
}

/**
 * What tx-select reports for each card: a record's `id` when it has one, else its label,
 * which is what a portal shows and filters by; a label used twice gets ~2, ~3… so every
 * card has its own key.
 */
function cardKeys(items: (KpiItem & { id?: string })[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = item.id ?? item.label;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
}
