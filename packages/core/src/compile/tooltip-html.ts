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
 */
export function tooltipHtml(title: string | undefined, lines: TooltipLine[], footer?: string): string {
  const parts: string[] = [];
  if (title) parts.push(`<div style="font-weight:600;margin-bottom:2px">${escapeHtml(title)}</div>`);
  for (const line of lines) {
    const marker =
      line.color && SAFE_COLOR.test(line.color)
        ? `<span style="display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px;background:${line.color}"></span>`
        : '';
    parts.push(`<div>${marker}${escapeHtml(line.label)}${line.label ? '：' : ''}<b>${escapeHtml(line.value)}</b></div>`);
  }
  if (footer) parts.push(`<div style="opacity:.7;font-size:.9em;margin-top:2px">${escapeHtml(footer)}</div>`);
  return parts.join('');
}
