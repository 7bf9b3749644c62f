import { html, nothing, type TemplateResult } from 'lit';
import type { CompiledView, SelectableItem } from '@tongxin/core';

/**
 * One card per figure, from the same table rows the data table shows, so the
 * card and the table cannot disagree: label, value with unit and qualifier
 * words, change against the previous period, source.
 */
export function renderKpiCards(compiled: CompiledView, select: (item: SelectableItem) => void): TemplateResult {
  const { table, selectable } = compiled;
  const labelKey = table.columns[0]?.key ?? 'label';
  // One source for every figure is said once, in the footer; cards name theirs only when they differ.
  const perCardSource = new Set(table.rows.map((r) => r.source ?? '')).size > 1;
  return html`${table.rows.map((row, index) => {
    // core lists one selectable item per card, in the same order (its key is what tx-select reports).
    const item = selectable[index];
    const change = row.cells.change;
    const direction = typeof row.raw.change === 'number' ? (row.raw.change > 0 ? 'up' : row.raw.change < 0 ? 'down' : '') : '';
    return html`<button
      part="card"
      class="card"
      type="button"
      ?disabled=${!item}
      @click=${() => item && select(item)}
    >
      <span part="card-label" class="card-label" title=${row.cells[labelKey] ?? ''}>${row.cells[labelKey] ?? ''}</span>
      <span part="card-value" class="card-value">${row.cells.value ?? ''}</span>
      ${change ? html`<span part="card-change" class="card-change ${direction}">${change}</span>` : nothing}
      ${perCardSource && row.source ? html`<span part="card-source" class="card-source">${row.source}</span>` : nothing}
    </button>`;
  })}`;
}

