import type { Unit } from '@tongxin/spec';
import type { CompileContext } from '../model.ts';
import { formatValue } from '../format/format-value.ts';
import { rampColor } from '../theme/contrast.ts';
import type { ThemeTokens } from '../theme/theme-tokens.ts';

/** Few distinct values get a legend piece each; more make a continuous ramp. */
const MAX_PIECES = 5;

interface RegionScale {
  pieces?: { value: number; color: string }[];
  min: number;
  max: number;
}

function regionScale(values: number[], unit: Unit, tokens: ThemeTokens): RegionScale {
  const distinctValues = [...new Set(values)].sort((a, b) => a - b);
  if (distinctValues.length <= MAX_PIECES) {
    const ramp = tokens.ramp;
    const colorAt = (i: number) => ramp[distinctValues.length === 1 ? ramp.length - 1 : Math.round((i * (ramp.length - 1)) / (distinctValues.length - 1))];
    return { pieces: distinctValues.map((value, i) => ({ value, color: colorAt(i) })), min: distinctValues[0], max: distinctValues[distinctValues.length - 1] };
  }
  const min = unit === 'percent' ? 0 : distinctValues[0];
  const max = unit === 'percent' ? 100 : distinctValues[distinctValues.length - 1];
  return { min, max: max === min ? min + 1 : max };
}

/**
 * The fill the legend below gives a value: what a label drawn on the region
 * must stand out from (region-label-style.ts).
 */
export function regionFillOf(values: number[], unit: Unit, tokens: ThemeTokens): (value: number) => string {
  const scale = regionScale(values, unit, tokens);
  if (scale.pieces) {
    const byValue = new Map(scale.pieces.map((p) => [p.value, p.color]));
    return (value) => byValue.get(value) ?? tokens.regionFill;
  }
  return (value) => rampColor(tokens.ramp, (value - scale.min) / (scale.max - scale.min));
}

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
  const scale = regionScale(values, unit, tokens);
  const common = {
    seriesIndex: 0,
    left: 8,
    bottom: 8,
    text: label ? [label] : undefined,
    textStyle: { color: tokens.text, fontSize: tokens.fontSize },
  };
  if (scale.pieces) {
    return {
      ...common,
      type: 'piecewise',
      showLabel: true,
      pieces: scale.pieces.map(({ value, color }) => ({ value, label: fmt(value), color })),
    };
  }
  return {
    ...common,
    type: 'continuous',
    min: scale.min,
    max: scale.max,
    calculable: true,
    inRange: { color: tokens.ramp },
    formatter: (value: number) => fmt(value),
  };
}
