import type { Locale } from '@tongxin/spec';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A cached Intl.NumberFormat. Formatters are costly to build and a big
 * dashboard formats thousands of labels on every refresh.
 */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * Digits as Chinese print writes them: 2425.9 and 9999 without a separator,
 * 12,345 with one (`min2` grouping). English groups from 1,000.
 */
export function plainNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  const useGrouping = (locale === 'zh-CN' ? 'min2' : 'auto') as unknown as boolean;
  return numberFormat(locale, { maximumFractionDigits, useGrouping }).format(value);
}
