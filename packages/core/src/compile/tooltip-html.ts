import { escapeHtml } from '../format/escape-html.ts';

export interface TooltipLine {
  label: string;
  value: string;
  /** Series colour for the marker dot. */
  color?: string;
}

// Colours come from the theme or CSS, but are still checked before they go into a style attribute.
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]+|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i;

/**
 * Tooltip markup in which every string from data is escaped: ECharts puts
 * a formatter's return value into innerHTML, so names such as
 * `<img src=x onerror=alert(1)>` must arrive as text.
 *
 * No `style` attributes: pages with a strict CSP (no style-src-attr 'unsafe-inline')
 * refuse them. Emphasis is markup (<strong>, <small>) and the marker dot is an SVG
 * whose colour is a presentation attribute, which CSP does not govern.
 */
export function tooltipHtml(title: string | undefined, lines: TooltipLine[], footer?: string): string {
  const parts: string[] = [];
  if (title) parts.push(`<div><strong>${escapeHtml(title)}</strong></div>`);
  for (const line of lines) {
    const marker =
      line.color && SAFE_COLOR.test(line.color)
        ? `<svg width="14" height="8" aria-hidden="true"><circle cx="4" cy="4" r="4" fill="${line.color}"/></svg>`
        : '';
    parts.push(`<div>${marker}${escapeHtml(line.label)}${line.label ? '：' : ''}<b>${escapeHtml(line.value)}</b></div>`);
  }
  if (footer) parts.push(`<div><small>${escapeHtml(footer)}</small></div>`);
  return parts.join('');
}
