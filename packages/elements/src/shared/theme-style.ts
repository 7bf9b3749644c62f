import { resolveTokenColors, themeTokens, toHexColor, tokensFromCss, type ThemeTokens } from '@tongxin/core';
import type { ThemeName } from '@tongxin/spec';

/**
 * The theme's tokens with whatever `--tx-color-*` / `--tx-font-*` the page
 * sets on (or above) the element applied: the page restyles charts from CSS.
 * Every colour is resolved to `#rrggbb` / `rgba()` (`cssColor`), so ECharts draws
 * it and label contrast is computed on it whatever CSS colour the page wrote.
 */
export function readThemeTokens(host: HTMLElement, theme: ThemeName): ThemeTokens {
  const computed = getComputedStyle(host);
  return resolveTokenColors(tokensFromCss(themeTokens(theme), (name) => computed.getPropertyValue(name)), cssColor);
}

const resolved = new Map<string, string | undefined>();
let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour as `#rrggbb` (or `rgba()` when translucent), resolved by the browser itself:
 * `toHexColor` reads every colour with a value of its own (`navy`, `hsl()`, `oklch()`, `color()`…);
 * what needs the browser (`color-mix()`, system colours) is painted on a 1×1 canvas and read
 * back. Undefined for what is not a colour (the value is then kept as written). Cached.
 */
export function cssColor(color: string): string | undefined {
  if (resolved.has(color)) return resolved.get(color);
  const value = toHexColor(color) ?? paintedColor(color);
  resolved.set(color, value);
  return value;
}

function paintedColor(color: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  if (probe === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    probe = canvas.getContext('2d', { willReadFrequently: true });
  }
  const ctx = probe;
  if (!ctx) return undefined;
  // An invalid colour leaves fillStyle as it was: try from two different starting colours.
  ctx.fillStyle = '#000000';
  ctx.fillStyle = color;
  if (ctx.fillStyle === '#000000') {
    ctx.fillStyle = '#ffffff';
    ctx.fillStyle = color;
    if (ctx.fillStyle === '#ffffff') return undefined;
  }
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  if (a === 255) return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
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
