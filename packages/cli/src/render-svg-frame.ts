import type { ThemeTokens } from '@tongxin/core';

/** Text for SVG: data never becomes markup. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough width of a line of text: CJK and full-width glyphs one em, the rest about half. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.56;
  return em * fontSize;
}

/** Breaks text into lines no wider than `width` (by the estimate above), at most `max` lines, the last one cut with …. */
export function wrapText(text: string, width: number, fontSize: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (textWidth(line + ch, fontSize) > width && line) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1].slice(0, -1)}…`;
  return kept;
}

export interface SvgFrame {
  width: number;
  height: number;
  tokens: ThemeTokens;
  title?: string;
  description?: string;
  /** 示意数据 / Illustrative data, shown after the title. */
  badge?: string;
  /** Footer lines: sources, map attribution. */
  footer: string[];
  /** Draws the body into a box; returns SVG markup placed at (x, y). */
  body: (box: { width: number; height: number }) => string;
}

const PAD = 16;

/**
 * A print page for one view: the element's frame (title, badge, description, footer) as SVG
 * around the chart, in the theme's colours and font, on the theme's surface colour.
 */
export function frameSvg({ width, height, tokens, title, description, badge, footer, body }: SvgFrame): string {
  const font = tokens.fontSize;
  const titleSize = Math.round(font * 1.5);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  if (title) {
    y += titleSize;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${titleSize}" font-weight="600" fill="${tokens.text}" class="tx-title">${escapeXml(title)}</text>`);
    if (badge) {
      const x = PAD + textWidth(title, titleSize) + 10;
      const w = textWidth(badge, font) + 12;
      parts.push(`<g class="tx-badge"><rect x="${x}" y="${y - titleSize + 2}" width="${w}" height="${font + 8}" rx="4" fill="none" stroke="${tokens.textMuted}"/>`
        + `<text x="${x + 6}" y="${y - titleSize + 2 + font + 2}" font-size="${font}" fill="${tokens.textMuted}">${escapeXml(badge)}</text></g>`);
    }
    y += 6;
  } else if (badge) {
    y += font + 4;
    parts.push(`<text x="${PAD}" y="${y}" font-size="${font}" fill="${tokens.textMuted}" class="tx-badge">${escapeXml(badge)}</text>`);
  }
  if (description) {
    for (const line of wrapText(description, inner, font, 2)) {
      y += font + 4;
      parts.push(`<text x="${PAD}" y="${y}" font-size="${font}" fill="${tokens.textMuted}" class="tx-description">${escapeXml(line)}</text>`);
    }
  }
  const footerSize = Math.max(10, Math.round(font * 0.85));
  const footerLines = footer.flatMap((text) => wrapText(text, inner, footerSize, 3));
  const footerHeight = footerLines.length ? footerLines.length * (footerSize + 4) + 8 : 0;
  const top = y + (y > PAD ? 8 : 0);
  const chart = { width, height: Math.max(40, height - top - footerHeight - PAD / 2) };
  parts.push(`<g class="tx-body" transform="translate(0 ${top})">${body(chart)}</g>`);
  let fy = top + chart.height + 8;
  for (const line of footerLines) {
    fy += footerSize;
    parts.push(`<text x="${PAD}" y="${fy}" font-size="${footerSize}" fill="${tokens.textMuted}" class="tx-footer">${escapeXml(line)}</text>`);
    fy += 4;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" `
    + `font-family="${escapeXml(tokens.fontFamily)}">`
    + `<rect class="tx-surface" width="${width}" height="${height}" fill="${tokens.surface}"/>${parts.join('')}</svg>\n`;
}
