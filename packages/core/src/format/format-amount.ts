import type { Locale, Qualifier } from '@tongxin/spec';
import { messages } from '../messages.ts';
import { amountMagnitude, magnitudeScale } from './amount-magnitude.ts';
import { plainNumber } from './number-format.ts';

export interface AmountFormatOptions {
  locale: Locale;
  qualifier?: Qualifier | null;
  /** Maximum fraction digits of the number in its magnitude. Default 2 (2425.9万元, 78.5万元). */
  precision?: number;
}

/**
 * Money for people: yuan written in 万元/亿元 (zh-CN) or million/billion yuan
 * (en), with the qualifier the source used.
 *
 *     formatAmount(5_000_000, { locale: 'zh-CN', qualifier: 'over' })  // 500余万元
 *     formatAmount(900_000_000, { locale: 'zh-CN', qualifier: 'over' }) // 9亿余元
 *     formatAmount(700_000, { locale: 'en', qualifier: 'about' })      // about 700,000 yuan
 *
 * The qualifier conventions are in `messages.ts` (`qualify`).
 */
export function formatAmount(yuan: number, { locale, qualifier, precision = 2 }: AmountFormatOptions): string {
  if (!Number.isFinite(yuan)) return '–';
  const m = messages(locale);
  const magnitude = amountMagnitude(yuan, locale, precision);
  const number = plainNumber(yuan / magnitudeScale(magnitude), locale, precision);
  return m.qualify({ number, magnitude: m.magnitude[magnitude], unit: m.yuan, qualifier: qualifier ?? undefined });
}
