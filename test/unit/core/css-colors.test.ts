// Any CSS colour with a value of its own is read (core's parseCssColor), so contrast is right for every token;
// colours that need a page (color-mix(), var()) are left to the elements, which resolve them in
// the browser (test/browser/css-colors.test.ts).
import { describe, expect, it } from 'vitest';
import { resolveTokenColors, themeTokens, toHexColor } from '../../../packages/core/src/index.ts';
import { contrastRatio, parseColor, rampColor, readableTextColor } from '../../../packages/core/src/theme/contrast.ts';
import { regionLabelStyle } from '../../../packages/core/src/compile/region-label-style.ts';

describe('parseColor reads any CSS colour with a value of its own', () => {
  it.each([
    ['navy', [0, 0, 128]],
    ['NAVY', [0, 0, 128]],
    ['#000080', [0, 0, 128]],
    ['#008', [0, 0, 136]],
    ['rgb(0 0 128)', [0, 0, 128]],
    ['rgba(0, 0, 128, 0.5)', [0, 0, 128]],
    ['hsl(240 100% 25.1%)', [0, 0, 128]],
    ['hsl(240deg, 100%, 25.1%)', [0, 0, 128]],
    ['hwb(240 0% 49.8%)', [0, 0, 128]],
    ['oklch(0.3 0.1 260)', [11, 43, 95]],
    ['lab(50% 40 59.5)', [191, 87, 0]],
    ['color(srgb 0 0 0.502)', [0, 0, 128]],
    ['color(display-p3 1 0 0)', [255, 0, 0]],
    ['rebeccapurple', [102, 51, 153]],
  ] as const)('%s', (css, rgb) => {
    expect(parseColor(css)).toEqual(rgb);
  });

  it('what needs a page is undefined here (the elements resolve it in the browser)', () => {
    for (const css of ['color-mix(in srgb, navy, white)', 'var(--x)', 'currentcolor', 'not-a-colour', '']) {
      expect(parseColor(css), css).toBeUndefined();
    }
  });

  it('toHexColor writes what ECharts reads', () => {
    expect(toHexColor('navy')).toBe('#000080');
    expect(toHexColor('oklch(0.3 0.1 260)')).toBe('#0b2b5f');
    expect(toHexColor('hsl(0 0% 100% / 0.25)')).toBe('rgba(255, 255, 255, 0.25)');
    expect(toHexColor('color-mix(in srgb, navy, white)')).toBeUndefined();
  });
});

describe('contrast on named and modern colours', () => {
  const t = themeTokens('portal');

  it('a navy fill gets the light label, a lightyellow one the dark label', () => {
    expect(readableTextColor('navy', [t.text, t.surface])).toBe(t.surface);
    expect(readableTextColor('oklch(0.25 0.08 260)', [t.text, t.surface])).toBe(t.surface);
    expect(readableTextColor('lightyellow', [t.text, t.surface])).toBe(t.text);
    expect(contrastRatio('navy', 'white')).toBeGreaterThan(15);
    // Light on navy; a white name would not read where it spills onto the white page, so it has a dark halo.
    expect(regionLabelStyle('navy', t)).toEqual({ color: t.surface, textBorderColor: t.text, textBorderWidth: 2 });
  });

  it('a ramp of named colours interpolates (and a navy ramp step gets the light label)', () => {
    expect(rampColor(['white', 'navy'], 1)).toBe('#000080');
    expect(rampColor(['white', 'navy'], 0.5)).toBe('#8080c0');
    const tokens = { ...t, ramp: ['navy', 'navy', 'navy', 'navy', 'navy'] };
    expect(regionLabelStyle(rampColor(tokens.ramp, 0.7), tokens).color).toBe(t.surface);
  });

  it('resolveTokenColors passes every colour token (named, palette, ramp) through the resolver, and nothing else', () => {
    const seen: string[] = [];
    const out = resolveTokenColors(t, (c) => { seen.push(c); return `#${seen.length.toString(16).padStart(6, '0')}`; });
    expect(seen).toHaveLength(15 + t.palette.length + t.ramp.length);
    expect(out.fontFamily).toBe(t.fontFamily);
    expect(out.fontSize).toBe(t.fontSize);
    expect(out.ramp.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    const kept = resolveTokenColors({ ...t, text: 'color-mix(in srgb, red, blue)' }, toHexColor);
    expect(kept.text).toBe('color-mix(in srgb, red, blue)');
    expect(resolveTokenColors({ ...t, text: 'navy' }, toHexColor).text).toBe('#000080');
  });
});
