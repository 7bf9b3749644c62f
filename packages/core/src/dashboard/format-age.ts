import type { Locale } from '@tongxin/spec';

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 1000],
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/**
 * How old data are, in words: `3分钟前` / `3 minutes ago`. Whole units, rounded down, so
 * a badge never says data are younger than they are; under a second reads as `now`.
 */
export function formatAge(ms: number, locale: Locale = 'zh-CN'): string {
  const age = Math.max(0, Number.isFinite(ms) ? ms : 0);
  // `auto` only for the zero case (现在 / now): it would turn one day into 昨天 / yesterday.
  const format = new Intl.RelativeTimeFormat(locale, { numeric: age < 1000 ? 'auto' : 'always' });
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  let size = 1000;
  for (const [candidate, candidateSize] of STEPS) {
    if (age >= candidateSize) [unit, size] = [candidate, candidateSize];
  }
  return format.format(-Math.floor(age / size), unit);
}

/**
 * Wall-clock time of a refresh for the header, e.g. `14:05:09` (both locales write it alike). In the
 * page's own time zone it is read off the Date: the first `Intl.DateTimeFormat` of a page loads ICU's
 * data (12–23 ms in Chromium) on the dashboard's first render. Another `timeZone` goes through Intl.
 */
export function formatRefreshTime(epochMs: number, locale: Locale = 'zh-CN', timeZone?: string): string {
  if (timeZone === undefined) {
    const at = new Date(epochMs);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
  }
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(epochMs);
}
