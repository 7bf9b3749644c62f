import type { ThemeTokens } from '../theme/theme-tokens.ts';

/**
 * Small text in the chart's bottom-right corner: 示意区划, the map's
 * attribution. Drawn by ECharts (GraphicComponent), so it is in exported
 * images and server-rendered SVG too; the element repeats it in HTML.
 */
export function noteGraphic(lines: string[], tokens: ThemeTokens): Record<string, unknown>[] {
  if (lines.length === 0) return [];
  return [
    {
      type: 'text',
      right: 8,
      bottom: 6,
      silent: true,
      z: 100,
      style: { text: lines.join('\n'), fill: tokens.textMuted, fontFamily: tokens.fontFamily, fontSize: Math.max(10, tokens.fontSize - 2), align: 'right', lineHeight: tokens.fontSize + 2 },
    },
  ];
}
