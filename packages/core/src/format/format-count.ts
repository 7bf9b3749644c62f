import type { Locale, Qualifier } from '@tongxin/spec';
import { messages } from '../messages.ts';
import { plainNumber } from './number-format.ts';

export interface CountFormatOptions {
  locale: Locale;
  qualifier?: Qualifier | null;
  /** Word after the number: 场, 件, 人次 / sessions. */
  unitLabel?: string;
  precision?: number;
}

/** A count with its qualifier: 20余场, 约70人, 10场以上; over 20, about 70 people. */
export function formatCount(n: number, { locale, qualifier, unitLabel = '', precision = 2 }: CountFormatOptions): string {
  if (!Number.isFinite(n)) return '–';
  const number = plainNumber(n, locale, precision);
  return messages(locale).qualify({ number, unit: unitLabel, qualifier: qualifier ?? undefined });
}
