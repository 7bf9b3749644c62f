import { describe, expect, it } from 'vitest';
import { cssCustomProperties, echartsTheme, themeTokens, tokensFromCss } from '../../../packages/core/src/index.ts';
import { contrastRatio } from '../../../packages/core/src/theme/contrast.ts';

describe('themes', () => {
  it('portal is light and bigscreen dark', () => {
    const luminance = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    expect(luminance(themeTokens('portal').text)).toBeLessThan(luminance(themeTokens('portal').surface));
    expect(luminance(themeTokens('bigscreen').text)).toBeGreaterThan(luminance(themeTokens('bigscreen').surface));
  });

  it('an ECharts theme carries the palette, text and tooltip colours', () => {
    const tokens = themeTokens('bigscreen');
    const theme = echartsTheme(tokens) as Record<string, any>;
    expect(theme.color).toEqual(tokens.palette);
    expect(theme.textStyle.color).toBe(tokens.text);
    expect(theme.tooltip.backgroundColor).toBe(tokens.tooltipBackground);
    expect(theme.categoryAxis.axisLabel.color).toBe(tokens.textMuted);
  });

  it('lists --tx-color-* properties and reads them back', () => {
    const tokens = themeTokens('portal');
    const props = cssCustomProperties(tokens);
    expect(props.find((p) => p.name === '--tx-color-text')?.value).toBe(tokens.text);
    expect(props.find((p) => p.name === '--tx-color-palette-1')?.value).toBe(tokens.palette[0]);
    expect(props.every((p) => p.name.startsWith('--tx-'))).toBe(true);
    const css: Record<string, string> = { '--tx-color-text': ' #123456 ', '--tx-color-palette-2': '#abcdef', '--tx-font-size': '20px' };
    const read = tokensFromCss(tokens, (name) => css[name]);
    expect(read.text).toBe('#123456');
    expect(read.palette[1]).toBe('#abcdef');
    expect(read.palette[0]).toBe(tokens.palette[0]);
    expect(read.fontSize).toBe(20);
    expect(themeTokens('portal').text).toBe(tokens.text); // the defaults are untouched
  });
});

describe('theme colours a reader can read', () => {
  const hue = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    const h = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return { hue: (h * 60 + 360) % 360, saturation: max === 0 ? 0 : d / max };
  };

  it('portal fills maps with calm colours: no saturated red in the ramp or the coverage fills', () => {
    const t = themeTokens('portal');
    for (const fill of [...t.ramp, t.covered, t.uncovered, t.regionFill]) {
      const { hue: h, saturation } = hue(fill);
      const reddish = h < 25 || h > 335;
      expect(reddish && saturation > 0.35, `${fill} is an alarm red`).toBe(false);
    }
  });

  it('uncovered stays apart from covered, and the lowest ramp step from "no value"', () => {
    for (const name of ['portal', 'bigscreen'] as const) {
      const t = themeTokens(name);
      expect(contrastRatio(t.covered, t.uncovered), `${name} covered/uncovered`).toBeGreaterThanOrEqual(1.3);
      expect(contrastRatio(t.ramp[0], t.regionFill), `${name} ramp[0]/regionFill`).toBeGreaterThanOrEqual(1.15);
    }
  });

  it('text on the surface, and names on hovered and selected regions, meet WCAG AA (4.5:1)', () => {
    for (const name of ['portal', 'bigscreen'] as const) {
      const t = themeTokens(name);
      expect(contrastRatio(t.text, t.surface), `${name} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.textMuted, t.surface), `${name} muted text`).toBeGreaterThanOrEqual(4.5);
      const theme = echartsTheme(t) as Record<string, any>;
      for (const state of ['emphasis', 'select']) {
        for (const part of ['map', 'geo']) {
          const { label, itemStyle } = theme[part][state];
          expect(contrastRatio(label.color, itemStyle.areaColor), `${name} ${part} ${state}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});
