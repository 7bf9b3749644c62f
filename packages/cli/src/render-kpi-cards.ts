import type { KpiCard, ThemeTokens } from '@tongxin/core';
import { escapeXml, wrapText } from './render-svg-frame.ts';

/**
 * KPI cards as SVG (the element draws them as HTML): a grid of cards, each with its label, the
 * figure as core formatted it (152件, 500余万元) and its change.
 */
export function kpiCardsSvg(cards: KpiCard[], tokens: ThemeTokens, box: { width: number; height: number }): string {
  const gap = 12;
  const pad = 16;
  const minWidth = tokens.fontSize * 13;
  const columns = Math.max(1, Math.min(cards.length, Math.floor((box.width - 2 * pad + gap) / (minWidth + gap))));
  const rows = Math.ceil(cards.length / columns);
  const cardWidth = (box.width - 2 * pad - gap * (columns - 1)) / columns;
  const cardHeight = Math.min(tokens.fontSize * 7, (box.height - gap * (rows - 1)) / rows);
  const label = tokens.fontSize;
  const figure = Math.min(tokens.fontSize * 2, Math.max(label, cardHeight * 0.32));
  return cards.map((card, i) => {
    const x = pad + (i % columns) * (cardWidth + gap);
    const y = Math.floor(i / columns) * (cardHeight + gap);
    const labelLine = wrapText(card.label, cardWidth - 16, label, 1)[0] ?? '';
    const change = card.change
      ? `<text x="${x + 8}" y="${y + cardHeight - 8}" font-size="${label}" fill="${tokens.textMuted}">${escapeXml(wrapText(`${card.change.direction === 'up' ? '▲' : card.change.direction === 'down' ? '▼' : '＝'} ${card.change.text}`, cardWidth - 16, label, 1)[0] ?? '')}</text>`
      : '';
    return `<g class="tx-card"><rect x="${x}" y="${y}" width="${cardWidth}" height="${cardHeight}" rx="6" fill="none" stroke="${tokens.grid}"/>`
      + `<text x="${x + 8}" y="${y + label + 8}" font-size="${label}" fill="${tokens.textMuted}">${escapeXml(labelLine)}</text>`
      + `<text x="${x + 8}" y="${y + label + 12 + figure}" font-size="${figure}" font-weight="600" fill="${tokens.text}" class="tx-figure">${escapeXml(card.text)}</text>`
      + `${change}</g>`;
  }).join('');
}
