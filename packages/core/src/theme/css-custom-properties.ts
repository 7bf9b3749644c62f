import type { ThemeTokens } from './theme-tokens.ts';

export interface CssCustomProperty {
  /** `--tx-color-text`, `--tx-color-palette-1`, `--tx-font-size`… */
  name: string;
  /** Default value in this theme. */
  value: string;
  /** The token it sets. */
  token: keyof ThemeTokens;
  /** Position in a list token (palette, ramp). */
  index?: number;
}

const COLOR_TOKENS = [
  'background', 'surface', 'text', 'textMuted', 'axis', 'grid', 'regionFill', 'regionBorder',
  'emphasis', 'selected', 'covered', 'uncovered', 'serviceArea', 'tooltipBackground', 'tooltipText',
] as const;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The CSS custom properties that restyle the charts, with this theme's
 * defaults. Elements declare them on `:host` and read them back with
 * `getComputedStyle` → `tokensFromCss`.
 */
export function cssCustomProperties(tokens: ThemeTokens): CssCustomProperty[] {
  const list: CssCustomProperty[] = COLOR_TOKENS.map((token) => ({ name: `--tx-color-${kebab(token)}`, value: tokens[token], token }));
  tokens.palette.forEach((value, index) => list.push({ name: `--tx-color-palette-${index + 1}`, value, token: 'palette', index }));
  tokens.ramp.forEach((value, index) => list.push({ name: `--tx-color-ramp-${index + 1}`, value, token: 'ramp', index }));
  list.push({ name: '--tx-font-family', value: tokens.fontFamily, token: 'fontFamily' });
  list.push({ name: '--tx-font-size', value: `${tokens.fontSize}px`, token: 'fontSize' });
  return list;
}

/**
 * Tokens with every custom property that `read` returns a value for applied
 * (`read` is usually `name => getComputedStyle(host).getPropertyValue(name)`).
 */
export function tokensFromCss(base: ThemeTokens, read: (name: string) => string | null | undefined): ThemeTokens {
  const tokens: ThemeTokens = { ...base, palette: [...base.palette], ramp: [...base.ramp] };
  for (const property of cssCustomProperties(base)) {
    const value = read(property.name)?.trim();
    if (!value) continue;
    if (property.token === 'palette' || property.token === 'ramp') tokens[property.token][property.index!] = value;
    else if (property.token === 'fontSize') {
      const px = parseFloat(value);
      if (Number.isFinite(px) && px > 0) tokens.fontSize = px;
    } else (tokens as unknown as Record<string, string>)[property.token] = value;
  }
  return tokens;
}

/**
 * Tokens with every colour (the named ones, the palette and the ramp) passed through `resolve`,
 * which returns a colour ECharts and the contrast checks read (`#rrggbb` / `rgba()`), or
 * undefined to keep the value as it was. The elements resolve through the browser, so any CSS
 * colour a page sets (`navy`, `hsl()`, `oklch()`, `color-mix()`, `var()`) works; without a
 * browser, `toHexColor` (`parseCssColor`) reads every colour that needs no page.
 */
export function resolveTokenColors(tokens: ThemeTokens, resolve: (color: string) => string | undefined): ThemeTokens {
  const one = (color: string) => resolve(color) ?? color;
  const out: ThemeTokens = { ...tokens, palette: tokens.palette.map(one), ramp: tokens.ramp.map(one) };
  for (const token of COLOR_TOKENS) out[token] = one(tokens[token]);
  return out;
}
