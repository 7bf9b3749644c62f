import type { Unit } from '@tongxin/spec';
import type { CompileContext } from '../model.ts';
import { formatValue } from '../format/format-value.ts';
import type { ThemeTokens } from '../theme/theme-tokens.ts';

/**
 * The choropleth legend. Few distinct values (≤ 5, e.g. station counts) get
 * one piece each so every colour has a label; otherwise a continuous ramp
 * from the smallest to the largest value (0–100 for percentages).
 * The measure's name heads the legend; each value is written once (pieces
 * keep their labels under a heading only with `showLabel`; a continuous
 * ramp's handles already print its ends, so `text` carries no values).
 */
export function regionVisualMap(values: number[], unit: Unit, label: string | undefined, ctx: CompileContext, tokens: ThemeTokens): Record<string, unknown> {
  const fmt = (v: number) => formatValue(v, { locale: ctx.locale, unit });
  const distinctValues = [...new Set(values)].sort((a, b) => a - b);
  const common = {
    seriesIndex: 0,
    left: 8,
    bottom: 8,
    text: label ? [label] : undefined,
    textStyle: { color: tokens.text, fontSize: tokens.fontSize },
  };
  if (distinctValues.length <= 5) {
    const ramp = tokens.ramp;
    const colorAt = (i: number) => ramp[distinctValues.length === 1 ? ramp.length - 1 : Math.round((i * (ramp.length - 1)) / (distinctValues.length - 1))];
    return {
      ...common,
      type: 'piecewise',
      showLabel: true,
      pieces: distinctValues.map((value, i) => ({ value, label: fmt(value), color: colorAt(i) })),
    };
  }
  const min = unit === 'percent' ? 0 : Math.min(...distinctValues);
  const max = unit === 'percent' ? 100 : Math.max(...distinctValues);
  return {
    ...common,
    type: 'continuous',
    min,
    max: max === min ? min + 1 : max,
    calculable: true,
    inRange: { color: tokens.ramp },
    formatter: (value: number) => fmt(value),
  };
}
