import type { ThemeTokens } from '../theme/theme-tokens.ts';

/**
 * The 示意区划 / "Illustrative boundaries" badge in the chart's bottom-right
 * corner: one short word, framed, so it reads as a mark and never runs over
 * the legend (bottom-left). Drawn by ECharts (GraphicComponent), so it is in
 * exported images and server-rendered SVG too. The full map attribution is
 * long and belongs to the footer under the chart, not to the canvas.
 */
export function noteGraphic(badge: string | undefined, tokens: ThemeTokens): Record<string, unknown>[] {
  if (!badge) return [];
  const fontSize = Math.max(10, tokens.fontSize - 2);
  return [
    {
      type: 'text',
      id: 'illustrative-regions',
      right: 8,
      bottom: 8,
      silent: true,
      z: 100,
      style: {
        text: badge,
        fill: tokens.textMuted,
        fontFamily: tokens.fontFamily,
        fontSize,
        lineHeight: fontSize + 2,
        padding: [2, 6],
        borderColor: tokens.textMuted,
        borderWidth: 1,
        borderRadius: 3,
        backgroundColor: tokens.surface,
      },
    },
  ];
}
