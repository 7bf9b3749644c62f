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

/** Whether the four characters from `start` are ASCII digits (the `\d{4}` of the patterns above). */
function fourDigits(text: string, start: number): boolean {
  for (let i = start; i < start + 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A month `01`–`12` at `start` (two ASCII digits). */
function monthAt(text: string, start: number): boolean {
  const a = text.charCodeAt(start) - 48;
  const b = text.charCodeAt(start + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return false;
  const month = a * 10 + b;
  return month >= 1 && month <= 12;
}

/**
 * Whether `parsePeriod(text)` reads a period, without a match or a result object: the records'
 * fast path runs it once per activity record. Exactly `parsePeriod(text) !== undefined`.
 */
export function isPeriod(text: string): boolean {
  if (text.length === 4) return fourDigits(text, 0);
  if (text.length !== 7 || !fourDigits(text, 0) || text.charCodeAt(4) !== 45 /* - */) return false;
  const quarter = text.charCodeAt(6);
  return text.charCodeAt(5) === 81 /* Q */ ? quarter >= 49 && quarter <= 52 /* 1–4 */ : monthAt(text, 5);
}

/** Exactly `parseDate(text) !== undefined`; `YYYY` and `YYYY-MM` without a match, a full date through `parseDate`. */
export function isDate(text: string): boolean {
  if (text.length === 4) return fourDigits(text, 0);
  if (text.length === 7) return fourDigits(text, 0) && text.charCodeAt(4) === 45 && monthAt(text, 5);
  return parseDate(text) !== undefined;
}
