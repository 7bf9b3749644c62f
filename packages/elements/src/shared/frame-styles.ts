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
