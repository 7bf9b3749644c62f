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
 * cheap, what is made from them (the tokens, the ECharts theme, the frame style) is made once per
 * theme and values for the whole page (`themeFor`), so the views of a dashboard share it.
 */
export class ThemeTokenReader {
  private current: SharedTheme | undefined;
  /** Goes up each time the tokens change: equal versions, the same tokens. */
  version = 0;

  read(host: HTMLElement, theme: ThemeName): ThemeTokens {
    const computed = getComputedStyle(host);
    const values = propertyNames(theme).map((name) => computed.getPropertyValue(name));
    const shared = themeFor(theme, values);
    if (shared !== this.current) {
      this.current = shared;
      this.version++;
    }
    return shared.tokens;
  }

  /** `frameStyle` of the tokens last read. */
  frameStyle(): Record<string, string> {
    const shared = this.current;
    if (!shared) return {};
    return (shared.style ??= frameStyle(shared.tokens));
  }

  /** The ECharts theme (`echartsTheme`) of the tokens last read (ECharts copies it at init). */
  echartsTheme(): Record<string, unknown> | undefined {
    const shared = this.current;
    if (!shared) return undefined;
    return (shared.chartTheme ??= echartsTheme(shared.tokens));
  }
}

/** The tokens of one theme and set of CSS values, and what is made from them when first asked. */
interface SharedTheme {
  tokens: ThemeTokens;
  style?: Record<string, string>;
  chartTheme?: Record<string, unknown>;
}

/** Themes made so far, by theme and CSS values; a page restyled many times keeps the latest few. */
const themes = new Map<string, SharedTheme>();
const THEMES_KEPT = 16;

function themeFor(theme: ThemeName, values: string[]): SharedTheme {
  const key = `${theme}\u0001${values.join('\u0001')}`;
  let shared = themes.get(key);
  if (shared) return shared;
  const names = propertyNames(theme);
  const byName = new Map(names.map((name, i) => [name, values[i]]));
  // Frozen: every view that reads this theme holds the same object.
  shared = { tokens: deepFreeze(resolveTokenColors(tokensFromCss(themeTokens(theme), (name) => byName.get(name)), cssColor)) };
  if (themes.size >= THEMES_KEPT) themes.delete(themes.keys().next().value!);
  themes.set(key, shared);
  return shared;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
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
