/** A calendar date as the spec writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface SpecDate {
  year: number;
  month?: number;
  day?: number;
}

/** A period of an activity record: a year, a quarter or a month. */
export type SpecPeriod =
  | { granularity: 'year'; year: number }
  | { granularity: 'quarter'; year: number; quarter: number }
  | { granularity: 'month'; year: number; month: number };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when the text is no real date (`2024-02-30`). */
export function parseDate(text: string): SpecDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Parses a period `YYYY`, `YYYY-Qn` (n 1–4) or `YYYY-MM`; undefined otherwise. */
export function parsePeriod(text: string): SpecPeriod | undefined {
  const match = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})))?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined) return { granularity: 'quarter', year, quarter: Number(match[2]) };
  if (match[3] === undefined) return { granularity: 'year', year };
  const month = Number(match[3]);
  return month >= 1 && month <= 12 ? { granularity: 'month', year, month } : undefined;
}
