import { themeTokens, tokensFromCss, type ThemeTokens } from '@tongxin/core';
import type { ThemeName } from '@tongxin/spec';

/**
 * The theme's tokens with whatever `--tx-color-*` / `--tx-font-*` the page
 * sets on (or above) the element applied: the page restyles charts from CSS.
 */
export function readThemeTokens(host: HTMLElement, theme: ThemeName): ThemeTokens {
  const computed = getComputedStyle(host);
  return tokensFromCss(themeTokens(theme), (name) => computed.getPropertyValue(name));
}

/** Private custom properties the frame's stylesheet reads, from the tokens. */
export function frameStyle(t: ThemeTokens): Record<string, string> {
  const dark = t.name === 'bigscreen';
  return {
    '--_background': t.surface,
    '--_text': t.text,
    '--_text-muted': t.textMuted,
    '--_border': t.grid,
    '--_accent': t.selected,
    '--_focus': t.emphasis,
    '--_badge-background': t.emphasis,
    '--_badge-text': dark ? t.surface : t.text,
    '--_warning': t.emphasis,
    '--_error': dark ? t.palette[2] ?? t.text : t.palette[0] ?? t.text,
    '--_code-background': t.regionFill,
    '--_value': t.palette[0] ?? t.text,
    '--_card-background': dark ? t.regionFill : t.surface,
    'font-family': t.fontFamily,
    'font-size': `${t.fontSize + 2}px`,
  };
}
