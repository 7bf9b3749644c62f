import type { Locale } from '@tongxin/spec';
import { amountMagnitude, magnitudeScale } from '../format/amount-magnitude.ts';
import type { Magnitude } from '../messages.ts';

/**
 * The magnitude a money axis counts in, from its largest amount: an axis of
 * 万元 reads 300, 500, not 3,000,000, 5,000,000. Small sums stay in yuan.
 */
export function amountAxis(amounts: number[], locale: Locale): { magnitude: Magnitude; scale: number } {
  const largest = Math.max(0, ...amounts.map(Math.abs));
  const magnitude = amountMagnitude(largest, locale);
  return { magnitude, scale: magnitudeScale(magnitude) };
}
