import { css } from 'lit';

/**
 * Isolation from the host page: every inherited text property is reset at the element's
 * boundary, so a portal's `body { text-align: center; font: 18px/145% serif; letter-spacing: 3px }`
 * never reaches inside. Only the documented `--tx-*` custom properties (custom properties still
 * inherit) and `::part()` rules reach in; a page can still style the host element itself
 * (`tx-kpi { margin: … }`), since outer rules beat `:host`.
 *
 * Not `all: initial`: that would also reset `visibility` and `pointer-events`, and an element
 * inside a hidden tab (`visibility: hidden`) must stay hidden. Must come before the element's own
 * `:host` rule, which then sets the font family and display.
 */
export const hostResetStyles = css`
  :host {
    font: initial;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-kerning: auto;
    font-optical-sizing: auto;
    font-synthesis: initial;
    font-size-adjust: none;
    color: initial;
    color-scheme: normal;
    accent-color: auto;
    caret-color: auto;
    direction: ltr;
    writing-mode: horizontal-tb;
    text-orientation: mixed;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-emphasis: none;
    text-underline-position: auto;
    text-underline-offset: auto;
    text-decoration-thickness: auto;
    text-rendering: auto;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke-width: 0;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    line-break: auto;
    hyphens: manual;
    tab-size: 8;
    quotes: auto;
    list-style: initial;
    border-collapse: separate;
    border-spacing: 0;
    caption-side: top;
    empty-cells: show;
    cursor: auto;
    font-variant-numeric: normal;
  }
`;
