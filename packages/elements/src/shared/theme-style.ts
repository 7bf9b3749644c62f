import { cssCustomProperties, echartsTheme, resolveTokenColors, themeTokens, toHexColor, tokensFromCss, type ThemeTokens } from '@tongxin/core';
import type { ThemeName } from '@tongxin/spec';

/**
 * A host's theme tokens: the theme's, with whatever `--tx-color-*` / `--tx-font-*` the page sets
 * on (or above) the element applied, so the page restyles charts from CSS. Every colour is
 * resolved to `#rrggbb` / `rgba()` (`cssColor`), so ECharts draws it and label contrast is
 * computed on it whatever CSS colour the page wrote.
 *
 * Read on every update (the page may have restyled the element since), it hands back the very
 * same tokens while the theme and the CSS values are unchanged: reading the custom properties is
 * cheap, what is made from them (the ECharts theme, the frame style, the compile key) is made
 * again only when they change.
 */
export class ThemeTokenReader {
  private theme: ThemeName | undefined;
  private values: string[] = [];
  private current: ThemeTokens | undefined;
  private style: Record<string, string> | undefined;
  private chartTheme: Record<string, unknown> | undefined;
  /** Goes up each time the tokens change: equal versions, the same tokens. */
  version = 0;

  read(host: HTMLElement, theme: ThemeName): ThemeTokens {
    const computed = getComputedStyle(host);
    const names = propertyNames(theme);
    const values = names.map((name) => computed.getPropertyValue(name));
    if (this.current && theme === this.theme && values.every((value, i) => value === this.values[i])) return this.current;
    const byName = new Map(names.map((name, i) => [name, values[i]]));
    this.theme = theme;
    this.values = values;
    this.current = resolveTokenColors(tokensFromCss(themeTokens(theme), (name) => byName.get(name)), cssColor);
    this.style = undefined;
    this.chartTheme = undefined;
    this.version++;
    return this.current;
  }

  /** `frameStyle` of the tokens last read. */
  frameStyle(): Record<string, string> {
    if (!this.current) return {};
    return (this.style ??= frameStyle(this.current));
  }

  /** The ECharts theme (`echartsTheme`) of the tokens last read. */
  echartsTheme(): Record<string, unknown> | undefined {
    if (!this.current) return undefined;
    return (this.chartTheme ??= echartsTheme(this.current));
  }
}

const propertyNamesByTheme = new Map<ThemeName, string[]>();

function propertyNames(theme: ThemeName): string[] {
  let names = propertyNamesByTheme.get(theme);
  if (!names) propertyNamesByTheme.set(theme, (names = cssCustomProperties(themeTokens(theme)).map((p) => p.name)));
  return names;
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
