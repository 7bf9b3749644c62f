import type { Locale, Qualifier, Unit } from '@tongxin/spec';
import { messages } from '../messages.ts';
import { formatAmount } from './format-amount.ts';
import { formatCount } from './format-count.ts';
import { formatPercent } from './format-percent.ts';

export interface ValueFormatOptions {
  locale: Locale;
  unit?: Unit;
  qualifier?: Qualifier | null;
  /** Unit word for counts when the unit has none (件, 场次). */
  unitLabel?: string;
}

/** Any figure by its unit: yuan → 万元/亿元, percent → %, the rest → count with its unit word. */
export function formatValue(value: number, { locale, unit = 'count', qualifier, unitLabel }: ValueFormatOptions): string {
  switch (unit) {
    case 'yuan':
      return formatAmount(value, { locale, qualifier });
    case 'percent':
      return formatPercent(value, locale, qualifier);
    default: {
      // Own keys only: a record's unit "constructor" must not print Object.
      const words = messages(locale).unitWord;
      return formatCount(value, { locale, qualifier, unitLabel: unitLabel ?? (Object.hasOwn(words, unit) ? words[unit] : '') });
    }
  }
}
