import type { Locale, Qualifier } from '@tongxin/spec';
import { messages } from '../messages.ts';
import { formatDecimal } from './number-format.ts';

/** A percentage given as 0–100: 92%, 98.5%; with a qualifier 超过90% / over 90%. */
export function formatPercent(p: number, locale: Locale, qualifier?: Qualifier | null, precision = 1): string {
  if (!Number.isFinite(p)) return '–';
  const number = formatDecimal(p / 100, locale, { percent: true, maximumFractionDigits: precision });
  return messages(locale).qualify({ number, qualifier: qualifier ?? undefined, percent: true });
}
