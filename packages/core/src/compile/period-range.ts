export type PeriodGranularity = 'year' | 'quarter' | 'month';

const PATTERNS: Record<PeriodGranularity, RegExp> = {
  year: /^(\d{4})$/,
  quarter: /^(\d{4})-?Q([1-4])$/i,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

/** A period as a number that counts up one per period (2024-Q1 → 2024·4+0), or undefined when it is not of this granularity. */
export function periodIndex(period: string, granularity: PeriodGranularity): number | undefined {
  const match = PATTERNS[granularity].exec(String(period).trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (granularity === 'year') return year;
  if (granularity === 'quarter') return year * 4 + Number(match[2]) - 1;
  return year * 12 + Number(match[2]) - 1;
}

/** The period written back: 2024, 2024-Q2, 2024-05. */
export function periodLabel(index: number, granularity: PeriodGranularity): string {
  if (granularity === 'year') return String(index);
  if (granularity === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The granularity a period is written in, if any. */
export function periodGranularity(period: string): PeriodGranularity | undefined {
  return (Object.keys(PATTERNS) as PeriodGranularity[]).find((g) => PATTERNS[g].test(String(period).trim()));
}

/**
 * Every period from the first to the last, in order, so that a period with
 * no records is a gap on the axis rather than silently skipped.
 * Periods of another granularity are left out.
 */
export function periodRange(periods: string[], granularity: PeriodGranularity): string[] {
  const indices = periods.map((p) => periodIndex(p, granularity)).filter((i): i is number => i != null);
  if (indices.length === 0) return [];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  // A typo (1024 for 2024) must not make an axis of ten thousand months: then only the periods given.
  if (last - first > 600) return [...new Set(indices)].sort((a, b) => a - b).map((i) => periodLabel(i, granularity));
  const range: string[] = [];
  for (let i = first; i <= last; i++) range.push(periodLabel(i, granularity));
  return range;
}
