/**
 * The frame every view is drawn in: header, badges, the chart (or cards), the
 * state overlay (loading / empty / error), sources and attribution, and the
 * keyboard-reachable data table. Plain template functions: no base class.
 * Data strings only ever reach the DOM through Lit text bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.ts';
import { formatDecimal, type DataTable } from '@tongxin/core';
import type { Messages } from '@tongxin/core';
import type { PipelineIssue } from '@tongxin/core';
import type { Locale } from '@tongxin/spec';
import type { LoadProgressState } from './load-spec-off-thread.ts';

export type FrameStatus = 'loading' | 'empty' | 'error' | 'ready';

export interface FrameState {
  words: Messages;
  status: FrameStatus;
  /** While loading a heavy spec: what the load is doing (see `loadingText`); else `words.loading`. */
  loadingText?: string;
  title?: string;
  description?: string;
  errors?: PipelineIssue[];
  illustrative?: boolean;
  /** Minutes since the last good data, when a refresh failed. */
  staleMinutes?: number;
  sources?: string[];
  attributions?: string[];
  table?: DataTable;
  /** The data table's `<details>` is open: its rows are rendered only then (1,200 townships are ~37,000 DOM nodes). */
  tableOpen?: boolean;
  /** Called when the reader opens or closes the data table. */
  onTableToggle?: (open: boolean) => void;
  /** Shown when a drill-down is open. */
  onBack?: () => void;
  /** Download the table as CSV. */
  onDownload?: () => void;
}

/** Header with title, description and the 示意数据 / stale badges. */
export function renderHeader(state: FrameState): TemplateResult | typeof nothing {
  const { words } = state;
  const badges = state.illustrative || state.staleMinutes != null || state.onBack;
  if (!state.title && !state.description && !badges) return nothing;
  return html`<header part="header" class="header">
    <div class="heading">
      ${state.title ? html`<h2 part="title" class="title" title=${state.title}>${state.title}</h2>` : nothing}
      ${state.onBack ? html`<button part="back" class="back" type="button" @click=${state.onBack}>${words.back}</button>` : nothing}
      ${state.illustrative ? html`<span part="badge illustrative" class="badge illustrative">${words.illustrative}</span>` : nothing}
      ${state.staleMinutes != null ? html`<span part="badge stale" class="badge stale" role="status">${words.stale(state.staleMinutes)}</span>` : nothing}
    </div>
    ${state.description ? html`<p part="description" class="description" title=${state.description}>${state.description}</p>` : nothing}
  </header>`;
}

/** The loading state's words for a load in progress: the step, with counts in the locale's digits. */
export function loadingText(words: Messages, progress: LoadProgressState, locale: Locale): string {
  const count = (n: number | undefined) => (n === undefined ? undefined : formatDecimal(n, locale, { maximumFractionDigits: 3 }));
  return words.loadingStep({ step: progress.step, records: progress.records ? count(progress.records) : undefined, done: count(progress.done), total: count(progress.total) });
}

/** The overlay for loading, empty and error; nothing when the view is drawn. */
export function renderStatus(state: FrameState): TemplateResult | typeof nothing {
  const { words } = state;
  switch (state.status) {
    case 'loading':
      return html`<div part="status loading" class="status loading" role="status">${state.loadingText ?? words.loading}</div>`;
    case 'empty':
      return html`<div part="status empty" class="status empty" role="status">${words.empty}</div>`;
    case 'error':
      return html`<div part="status error" class="status error" role="alert">
        <p class="error-title">${words.errorTitle}</p>
        <ul class="errors">
          ${(state.errors ?? []).map((e) => html`<li>
            ${e.path ? html`<code class="path">${e.path}</code> ` : nothing}${e.dataPath !== undefined ? html`<code class="path data-path">${e.dataset}${e.dataPath}</code> ` : nothing}${e.source !== undefined ? html`<code class="path source">${e.source}</code> ` : nothing}<span class="message">${e.message}</span>
            <code class="code">[${e.code}]</code>
            ${e.hint ? html`<div class="hint">${e.hint}</div>` : nothing}
          </li>`)}
        </ul>
      </div>`;
    default:
      return nothing;
  }
}

/** Sources of the figures and attribution of the map outlines. */
export function renderFooter(state: FrameState): TemplateResult | typeof nothing {
  const sources = state.sources ?? [];
  const attributions = state.attributions ?? [];
  if (state.status !== 'ready' || (!sources.length && !attributions.length)) return nothing;
  return html`<footer part="footer" class="footer">
    ${sources.length ? html`<p class="sources" title=${state.words.sourcePrefix + sources.join('；')}>${state.words.sourcePrefix}${sources.join('；')}</p>` : nothing}
    ${attributions.map((a) => html`<p class="attribution" title=${state.words.attribution(a)}>${state.words.attribution(a)}</p>`)}
  </footer>`;
}

/** The data table behind the chart: same numbers, qualifiers and sources, reachable by keyboard. */
export function renderTable(state: FrameState): TemplateResult | typeof nothing {
  const table = state.table;
  if (state.status !== 'ready' || !table || table.rows.length === 0) return nothing;
  // Closed, the table is only its summary: rows cost DOM nodes nobody reads until it is opened.
  const toggle = state.onTableToggle;
  const onToggle = toggle ? (event: Event) => toggle((event.currentTarget as HTMLDetailsElement).open) : undefined;
  // One <details> either way, so opening it keeps the summary (and the keyboard focus on it).
  // Open, it is a drawer over the chart (frame-styles): Escape closes it and focus returns to the summary.
  return html`<details part="table" class="table" ?open=${state.tableOpen === true} @toggle=${onToggle} @keydown=${closeOnEscape}>
    <summary>${state.words.dataTable}</summary>
    ${state.tableOpen ? renderTableContent(state, table) : nothing}
  </details>`;
}

function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  event.preventDefault();
  details.open = false;
  details.querySelector<HTMLElement>('summary')?.focus();
}

function renderTableContent(state: FrameState, table: DataTable): TemplateResult {
  const hasSource = table.rows.some((r) => r.source) && !table.columns.some((c) => c.key === 'source');
  return html`<div class="table-scroll">
      <table>
        <caption>${table.caption}</caption>
        <thead><tr>
          ${table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
          ${hasSource ? html`<th scope="col">${state.words.column.source}</th>` : nothing}
        </tr></thead>
        <tbody>
          ${table.rows.map((row) => html`<tr>
            ${table.columns.map((c, i) => i === 0
              ? html`<th scope="row" class=${c.numeric ? 'num' : ''}>${Object.hasOwn(row.cells, c.key) ? row.cells[c.key] : ''}</th>`
              : html`<td class=${c.numeric ? 'num' : ''}>${Object.hasOwn(row.cells, c.key) ? row.cells[c.key] : ''}</td>`)}
            ${hasSource ? html`<td>${row.source ?? ''}</td>` : nothing}
          </tr>`)}
        </tbody>
      </table>
    </div>
    ${state.onDownload ? html`<button part="download" class="download" type="button" @click=${state.onDownload}>${state.words.downloadCsv}</button>` : nothing}`;
}

/** The whole frame around `body` (the chart container or the KPI cards). */
export function renderFrame(state: FrameState, body: TemplateResult, style: Record<string, string>): TemplateResult {
  // Styles through the CSSOM, never a style attribute: strict CSP pages refuse those (style-props.ts).
  return html`<div part="frame" class="frame" ${styleProps(style)}>
    ${renderHeader(state)}
    <div part="body" class="body">${body}${renderStatus(state)}</div>
    ${renderFooter(state)}
    ${renderTable(state)}
  </div>`;
}
