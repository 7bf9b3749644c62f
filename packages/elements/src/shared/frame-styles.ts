import { css } from 'lit';
import { hostResetStyles } from './host-reset.ts';

/**
 * Styles of the frame. Colours come from private `--_*` properties that the
 * element sets from its theme tokens (and any `--tx-color-*` the page sets);
 * sizes from `--tx-<element>-*` properties declared by each element.
 */
export const frameStyles = css`
  ${hostResetStyles}
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    contain: content;
    font-family: var(--tx-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
  }
  :host([hidden]) { display: none; }
  .frame {
    /* The opened data table is a drawer positioned in the frame (below). */
    position: relative;
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--_padding, 0.75em);
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius, 6px);
  }
  .header { display: flex; flex-direction: column; gap: 0.25em; }
  .heading { display: flex; align-items: center; flex-wrap: wrap; gap: 0.5em; }
  .title { margin: 0; font-size: var(--_title-size, 1.05em); font-weight: 600; line-height: 1.3; }
  .description { margin: 0; font-size: 0.85em; color: var(--_text-muted); line-height: 1.4; }
  /* Long texts end in an ellipsis inside the frame; the whole text is in their title attribute
     (hover) and in the DOM (screen readers). */
  .title { min-width: 0; max-width: 100%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .description, .footer p {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .badge {
    font-size: 0.75em;
    line-height: 1;
    padding: 0.25em 0.45em;
    border-radius: 999px;
    white-space: nowrap;
  }
  .illustrative { background: var(--_badge-background); color: var(--_badge-text); border: 1px dashed var(--_badge-text); }
  .stale { background: var(--_warning-background, transparent); color: var(--_warning); border: 1px solid var(--_warning); }
  .back {
    font: inherit;
    font-size: 0.8em;
    padding: 0.2em 0.6em;
    border-radius: 4px;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .body { position: relative; flex: 1 1 auto; min-height: var(--_min-height, 0); }
  .chart { width: 100%; height: var(--_chart-height, 360px); outline: none; border-radius: 4px; }
  .chart:focus-visible, .back:focus-visible, summary:focus-visible, .download:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .status {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    padding: 1em;
    text-align: center;
    background: var(--_background);
    color: var(--_text-muted);
    font-size: 0.95em;
    overflow: auto;
  }
  .status.error { color: var(--_text); align-items: stretch; justify-content: flex-start; text-align: start; }
  .error-title { margin: 0; font-weight: 600; color: var(--_error); }
  .errors { margin: 0; padding-inline-start: 1.2em; display: flex; flex-direction: column; gap: 0.4em; }
  .path { font-family: ui-monospace, monospace; font-size: 0.85em; padding: 0 0.25em; border-radius: 3px; background: var(--_code-background); }
  .hint { font-size: 0.85em; color: var(--_text-muted); }
  .code { font-family: ui-monospace, monospace; font-size: 0.75em; color: var(--_text-muted); }
  .footer { font-size: 0.75em; color: var(--_text-muted); line-height: 1.4; }
  .footer p { margin: 0; }
  .table summary { cursor: pointer; font-size: 0.85em; color: var(--_accent); }
  .table-scroll { overflow: auto; max-height: var(--_table-max-height, 16em); }
  /* Open, the data table is a drawer over the whole frame with its own scroll: it never mixes with
     the chart nor runs out of a frame of fixed height (a dashboard cell). The summary stays on top,
     so the keyboard focus stays on it and Enter closes it again. */
  .table[open] {
    position: absolute;
    inset: 0;
    z-index: 3;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    padding: var(--_padding, 0.75em);
    background: var(--_background);
    border-radius: var(--_radius, 6px);
  }
  /* The details' content box (::details-content, Chromium 131+) takes the room under the summary;
     the rows scroll in .table-scroll. Without it, the drawer itself scrolls (overflow: auto). */
  .table[open] { overflow: auto; }
  .table[open]::details-content { display: flex; flex-direction: column; flex: 1 1 auto; min-height: 0; }
  .table[open] .table-scroll { flex: 1 1 auto; min-height: 0; max-height: none; }
  .table[open] .download { align-self: flex-start; flex: none; }
  /* A frame sized by its content (a single view on a page) keeps room for the drawer. */
  .frame:has(> .table[open]) { min-height: var(--_table-min-height, 16em); }
  table { border-collapse: collapse; width: 100%; font-size: 0.8em; margin-top: 0.4em; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.25em; }
  th, td { padding: 0.25em 0.5em; border-bottom: 1px solid var(--_border); text-align: start; font-weight: normal; }
  thead th { font-weight: 600; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  .download {
    margin-top: 0.4em;
    font: inherit;
    font-size: 0.8em;
    padding: 0.2em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;

/** Visually hidden, still read by screen readers. */
export const srOnlyStyles = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
