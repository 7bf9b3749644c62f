import { describe, expect, it } from 'vitest';
import { cssCustomProperties, echartsTheme, themeTokens, tokensFromCss } from '../../../packages/core/src/index.ts';

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
