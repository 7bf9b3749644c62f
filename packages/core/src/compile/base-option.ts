import type { CompileContext } from '../model.ts';
import { svgSafeFontFamily } from '../theme/svg-safe-font-family.ts';
import { themeTokens, type ThemeTokens } from '../theme/theme-tokens.ts';

/**
 * The tokens a compile uses: the context's own (from CSS) or the theme's defaults,
 * the font quoted so the option also renders to valid SVG.
 */
export function contextTokens(ctx: CompileContext): ThemeTokens {
  const tokens = ctx.tokens ?? themeTokens(ctx.theme);
  return tokens.fontFamily.includes('"') ? { ...tokens, fontFamily: svgSafeFontFamily(tokens.fontFamily) } : tokens;
}

/** The tooltip box: a bounded width, text wrapping inside it (a 5,000-character name wraps anywhere). */
export const TOOLTIP_WRAP = 'max-width: min(28em, 90%); white-space: normal; overflow-wrap: anywhere;';

/**
 * What every view's option starts with: ARIA on (ECharts describes the chart
 * to screen readers), decals when asked, no animation for reduced motion,
 * and an HTML tooltip confined to the chart.
 */
export function baseOption(ctx: CompileContext, tooltip: Record<string, unknown>): Record<string, unknown> {
  const tokens = contextTokens(ctx);
  return {
    aria: { enabled: true, decal: { show: ctx.decal === true } },
    animation: !ctx.reducedMotion,
    ...(ctx.reducedMotion ? { animationDuration: 0, animationDurationUpdate: 0 } : {}),
    textStyle: { fontFamily: tokens.fontFamily },
    // Confined to the chart, and never wider than most of it: long names wrap instead of being clipped.
    // (ECharts sets this through the CSSOM, which a strict CSP allows; the markup itself has no style.)
    tooltip: { renderMode: 'html', confine: true, extraCssText: TOOLTIP_WRAP, ...tooltip },
  };
}
