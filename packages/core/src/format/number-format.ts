import type { Locale } from '@tongxin/spec';

/**
 * Numbers written as `Intl.NumberFormat` writes them for Tongxin's locales, without it: the first
 * `Intl.NumberFormat` of a page loads ICU's number data, 12–19 ms in Chromium before the first
 * chart can be drawn (hand-written ECharts never pays it), and every view formats a number in its
 * first render. Both locales write ASCII digits, `.` and `,` and a `-` sign; what differs is where
 * grouping starts (`plainNumber`). `test/unit/core/number-format.test.ts` holds this to Intl's
 * output, digit for digit, over random values of every magnitude.
 */
export interface DecimalOptions {
  /** Fraction digits at most; trailing zeros are dropped (Intl's `maximumFractionDigits`). */
  maximumFractionDigits: number;
  /** Integer digits from which the integer part is grouped in threes: 4 (1,000) or 5 (10,000). Default 4. */
  groupFrom?: 4 | 5;
  /** Written as a percentage of 1: 0.923 → 92.3% (Intl's `style: 'percent'`). */
  percent?: boolean;
}

/** The symbols a locale writes numbers with: a new locale must say its own. */
const SYMBOLS: Record<Locale, { decimal: string; group: string; minus: string; percent: string }> = {
  'zh-CN': { decimal: '.', group: ',', minus: '-', percent: '%' },
  en: { decimal: '.', group: ',', minus: '-', percent: '%' },
};

/**
 * `value` with at most `maximumFractionDigits` fraction digits, rounded half away from zero on the
 * shortest decimal that reads back as `value` (as ICU does: 1.005 → 1.01, where `toFixed(2)`, on the
 * binary value, gives 1.00). A negative value that rounds to zero keeps its sign (-0), as Intl's.
 */
export function formatDecimal(value: number, locale: Locale, options: DecimalOptions): string {
  const symbols = SYMBOLS[locale];
  if (Number.isNaN(value)) return `NaN${options.percent ? symbols.percent : ''}`;
  const sign = value < 0 || Object.is(value, -0) ? symbols.minus : '';
  if (!Number.isFinite(value)) return `${sign}∞${options.percent ? symbols.percent : ''}`;
  let { digits, point } = shortestDecimal(Math.abs(value));
  if (options.percent) point += 2;
  ({ digits, point } = rounded(digits, point, options.maximumFractionDigits));
  if (digits === '') point = 0; // zero, or rounded to it
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0))).replace(/0+$/, '');
  const grouped = whole.length >= (options.groupFrom ?? 4) ? whole.replace(/\B(?=(\d{3})+$)/g, symbols.group) : whole;
  return `${sign}${grouped}${fraction ? symbols.decimal + fraction : ''}${options.percent ? symbols.percent : ''}`;
}

/**
 * The shortest decimal of a finite, non-negative number, from `Number.prototype.toString`
 * (123.45, 1e-7, 1.5e+21): `digits` without leading zeros ('' for zero) and the decimal point's
 * place in them — the value is 0.`digits` × 10^`point`.
 */
function shortestDecimal(value: number): { digits: string; point: number } {
  const [mantissa, exponent = '0'] = String(value).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  return { digits: all.slice(leading).replace(/0+$/, ''), point: whole.length + Number(exponent) - leading };
}

/** 0.`digits` × 10^`point` rounded half up at `fractionDigits` places after the point. */
function rounded(digits: string, point: number, fractionDigits: number): { digits: string; point: number } {
  const keep = point + fractionDigits;
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '', point };
  const up = digits.charCodeAt(keep) >= 53; // '5'
  let kept = digits.slice(0, keep);
  if (!up) return { digits: kept, point };
  // Carry: 0.1999 → 0.2, 0.999 → 1.0 (the point moves one place).
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', point: point + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return { digits: kept, point };
}

/**
 * Digits as Chinese print writes them: 2425.9 and 9999 without a separator,
 * 12,345 with one (from five digits). English groups from 1,000.
 */
export function plainNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return formatDecimal(value, locale, { maximumFractionDigits, groupFrom: locale === 'zh-CN' ? 5 : 4 });
}
