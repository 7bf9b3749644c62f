import type { Locale } from '@tongxin/spec';
import { formatDecimal } from './number-format.ts';

/** Exact yuan for tooltips and tables: 5,000,000元 (zh-CN), ¥5,000,000 (en). */
export function formatExactYuan(yuan: number, locale: Locale): string {
  if (!Number.isFinite(yuan)) return '–';
  const digits = formatDecimal(Math.abs(yuan), locale, { maximumFractionDigits: 2 });
  const sign = yuan < 0 ? '-' : '';
  return locale === 'zh-CN' ? `${sign}${digits}元` : `${sign}¥${digits}`;
}
