import { css } from 'lit';
import { hostResetStyles } from '../shared/host-reset.ts';

/**
 * The dashboard draws at its design size (1920×1080 by default) inside `.stage`, and
 * `.stage` is scaled to the host by one uniform transform. Every length below is in
 * design px: it scales with the stage, so a 4K wall shows the same layout twice as big.
 */
export const dashboardStyles = css`
  ${hostResetStyles}
  :host {
    display: block;
    position: relative;
    overflow: hidden;
    box-sizing: border-box;
    /* Pages that give no height get the design's aspect ratio. */
    aspect-ratio: var(--_aspect, 16 / 9);
    background: var(--_page-background);
    color: var(--_text);
    font-family: var(--tx-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
  }
  :host([hidden]) { display: none; }
  .stage {
    position: absolute;
    top: 0;
    left: 0;
    transform-origin: 0 0;
    box-sizing: border-box;
    background: var(--_page-background);
    color: var(--_text);
  }
  .header {
    position: absolute;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 24px;
    padding: 0 4px;
    border-bottom: 2px solid var(--_accent-line);
  }
  .titles { min-width: 0; display: flex; flex-direction: column; gap: 6px; }
  h1 {
    margin: 0;
    font-size: 36px;
    font-weight: 700;
    letter-spacing: 0.04em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sources { margin: 0; font-size: 15px; color: var(--_text-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .status-line { display: flex; align-items: center; gap: 12px; flex: none; font-size: 18px; }
  .updated { color: var(--_text-muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
  .badge {
    padding: 4px 12px;
    border-radius: 999px;
    white-space: nowrap;
    font-size: 16px;
  }
  .badge.stale { color: var(--_warning); border: 2px solid var(--_warning); }
  .badge.error { color: var(--_error); border: 2px solid var(--_error); }
  .badge.tour { color: var(--_text-muted); border: 1px solid var(--_border); }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    padding: 4px 6px 4px 14px;
    border-radius: 999px;
    background: var(--_chip-background);
    color: var(--_chip-text);
    white-space: nowrap;
  }
  .clear {
    font: inherit;
    font-size: 15px;
    padding: 4px 12px;
    border-radius: 999px;
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .clear:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .cell {
    position: absolute;
    box-sizing: border-box;
    min-width: 0;
    min-height: 0;
  }
  .cell > * {
    width: 100%;
    height: 100%;
    --_chart-height: 100%;
  }
  /* The chart fills what the view's title, footer and table summary leave. */
  .cell > *::part(frame) { height: 100%; overflow: hidden; }
  .cell > *::part(body) { min-height: 0; }
  .cell > *::part(chart) { position: absolute; inset: 0; width: auto; height: auto; }
  /* Sources are listed once in the dashboard header; on a wall the views keep only a
     short attribution line (the full text is in each view's data table and the spec). */
  .cell > *::part(footer) { font-size: 12px; line-height: 1.35; max-height: 2.7em; overflow: hidden; }
  .cell > *::part(card-source), .cell > tx-kpi::part(footer) { display: none; }
  /* Headline figures side by side in one row where they fit: a wall reads across. */
  .cell > * { --tx-kpi-min-card-width: 6em; --tx-kpi-value-size: 1.5em; }
  /* The opened data table is a drawer inside the cell's frame (frame-styles): no extra height. */
  .cell > * { --_table-min-height: 0; }
  .cell.linked-target > *::part(frame) { border-color: var(--_accent-line); }
  .message {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 12px;
    padding: 24px;
    font-size: 18px;
    /* In the wall's own colours, in either theme (the host page may be white or not). */
    background: var(--_page-background);
    color: var(--_text);
  }
  .message ul { margin: 0; padding-inline-start: 1.2em; max-width: 80ch; display: flex; flex-direction: column; gap: 8px; }
  .message code { font-family: ui-monospace, monospace; }
  .message .error-title { color: var(--_error); }
  .message .code, .message .hint { color: var(--_text-muted); }
  .message .code { font-size: 0.8em; }
  .message .hint { font-size: 0.85em; margin-top: 2px; }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
