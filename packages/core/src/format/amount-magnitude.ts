import type { Locale } from '@tongxin/spec';
import type { Magnitude } from '../messages.ts';

const SCALE: Record<Magnitude, number> = { one: 1, wan: 1e4, yi: 1e8, million: 1e6, billion: 1e9 };

/** How many yuan one unit of a magnitude is (万 = 10⁴). */
export function magnitudeScale(magnitude: Magnitude): number {
  return SCALE[magnitude];
}

/**
 * The magnitude an amount is written in: zh-CN 元 below 1万, 万元 below 1亿,
 * else 亿元; en plain yuan below a million, then million / billion.
 * A value that rounds (to `fractionDigits`) up to the next magnitude moves
 * there: 99,999,999 yuan is 1亿元, not 10,000万元.
 */
export function amountMagnitude(yuan: number, locale: Locale, fractionDigits = 2): Magnitude {
  const size = Math.abs(yuan);
  const steps: Magnitude[] = locale === 'zh-CN' ? ['one', 'wan', 'yi'] : ['one', 'million', 'billion'];
  let i = 0;
  while (i + 1 < steps.length && size >= SCALE[steps[i + 1]]) i++;
  // Rounding may carry into the next magnitude: 9999.9999万 prints as 10000万.
  if (i + 1 < steps.length && roundTo(size / SCALE[steps[i]], fractionDigits) * SCALE[steps[i]] >= SCALE[steps[i + 1]]) i++;
  return steps[i];
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
