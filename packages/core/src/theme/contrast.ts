import { parseCssColor, type SrgbColor } from './css-color.ts';

/**
 * WCAG 2 colour contrast, for choosing a label colour a reader can read on a
 * given fill. A colour is any CSS colour with a value of its own (names such as
 * `navy`, hex, rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch(), color()),
 * parsed by `parseCssColor` and brought into sRGB (clipped to its gamut). Colours that
 * need a page to resolve (`var()`, `currentcolor`, `color-mix()`, system colours)
 * are `undefined` here: the elements resolve those through the browser first
 * (`resolveTokenColors`).
 */
export function parseColor(color: string): readonly [number, number, number] | undefined {
  // A compile asks for the same few colours (the ramp's, the text's) once per region and label.
  if (parsed.has(color)) return parsed.get(color);
  const rgb = parseCssColor(color.trim());
  const result = rgb && (Object.freeze(clipped(rgb)) as readonly [number, number, number]);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(color, result);
  return result;
}

const PARSED_MAX = 512;
const parsed = new Map<string, readonly [number, number, number] | undefined>();

const clipped = (rgb: SrgbColor) =>
  [rgb.r, rgb.g, rgb.b].map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255)) as [number, number, number];

/** The colour as `#rrggbb` (or `rgba(r, g, b, a)` when translucent); undefined when `parseColor` cannot read it. */
export function toHexColor(color: string): string | undefined {
  const parsed = parseCssColor(color.trim());
  if (!parsed) return undefined;
  const channels = clipped(parsed);
  const alpha = parsed.alpha ?? 1;
  if (alpha < 1) return `rgba(${channels.join(', ')}, ${Math.round(alpha * 1000) / 1000})`;
  return `#${channels.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance (0 black … 1 white). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1 … 21); NaN when either cannot be parsed. */
export function contrastRatio(a: string, b: string): number {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return NaN;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Of the candidate text colours, the one with the most contrast on `fill` (the first when unknown). */
export function readableTextColor(fill: string, candidates: string[]): string {
  let best = candidates[0];
  let bestRatio = -1;
  for (const c of candidates) {
    const ratio = contrastRatio(fill, c);
    if (ratio > bestRatio) [best, bestRatio] = [c, ratio];
  }
  return best;
}

/** A colour `t` (0–1) of the way along a ramp, interpolated in RGB as ECharts' continuous visualMap does. */
export function rampColor(ramp: string[], t: number): string {
  if (ramp.length === 0) return '#000000';
  const at = Math.min(1, Math.max(0, t)) * (ramp.length - 1);
  const i = Math.min(ramp.length - 2, Math.floor(at));
  if (ramp.length === 1) return ramp[0];
  const a = parseColor(ramp[i]);
  const b = parseColor(ramp[i + 1]);
  if (!a || !b) return ramp[Math.round(at)];
  const f = at - i;
  const mix = a.map((v, k) => Math.round(v + (b[k] - v) * f));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
