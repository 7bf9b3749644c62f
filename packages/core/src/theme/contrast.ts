/**
 * WCAG 2 colour contrast, for choosing a label colour a reader can read on a
 * given fill. Colours as CSS hex (#rgb, #rrggbb) or rgb()/rgba(); anything
 * else (a named colour from a portal's CSS) is not parsed: `undefined`.
 */
export function parseColor(color: string): [number, number, number] | undefined {
  const c = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((x) => x + x).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(c);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

/** WCAG relative luminance (0 black … 1 white). */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
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
