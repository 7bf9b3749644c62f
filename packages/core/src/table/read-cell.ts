import type { Qualifier } from '@tongxin/spec';

/** A number read from a cell, in the field's unit (yuan for amounts), with the qualifier its words carry. */
export interface CellNumber {
  value: number;
  qualifier?: Qualifier;
  /** Written with `%`: the value is in percent (12.5 for `12.5%`). */
  percent: boolean;
}

const FULL_WIDTH = /[\uff10-\uff19\uff0c\uff0e\uff05\uff0b\uff0d]/g;
const MAGNITUDES: Record<string, number> = { 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8 };
const PREFIX: Record<string, Qualifier> = { 约: 'about', 近: 'about', 大约: 'about', 将近: 'about', 接近: 'about', 超过: 'over', 逾: 'over', 超: 'over' };
const UNIT_WORDS = '元|人民币|场次|人次|次|场|个|件|人|名|位|家|篇|条|项|所|处|户|棵|株|册|本|期|批|座|间|台|辆|亩|天|余人';
const CELL_NUMBER = new RegExp(
  `^(大约|将近|接近|约|近|超过|逾|超)?([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(余|多)?(千万|百万|十万|千|万|亿)?(余|多)?(${UNIT_WORDS})?(以上|左右|多)?(%)?$`,
);

/**
 * Reads a cell as a number: `1,234.5`, `12.5%`, and Chinese amounts and counts — `500万`, `3亿`,
 * `500余万元` (5000000, over), `约70万元` (700000, about), `10万元以上` (100000, at least),
 * `56场次` (56). Undefined when the cell says something else (text, two qualifiers, an empty cell):
 * the caller reports the cell, never a NaN or a 0.
 */
export function readNumberCell(cell: unknown): CellNumber | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, percent: false } : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '');
  const match = CELL_NUMBER.exec(text);
  if (!match) return undefined;
  const [, prefix, digits, over1, magnitude, over2, , suffix, percent] = match;
  const qualifiers = new Set<Qualifier>();
  if (prefix) qualifiers.add(PREFIX[prefix]);
  if (over1 || over2) qualifiers.add('over');
  if (suffix === '以上') qualifiers.add('at-least');
  if (suffix === '左右') qualifiers.add('about');
  if (suffix === '多') qualifiers.add('over');
  if (qualifiers.size > 1) return undefined; // 约500余万: which is it?
  if (percent && magnitude) return undefined;
  const number = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(number)) return undefined;
  const value = magnitude ? Number((number * MAGNITUDES[magnitude]).toPrecision(15)) : number;
  const read: CellNumber = { value, percent: percent === '%' };
  const [qualifier] = qualifiers;
  if (qualifier) read.qualifier = qualifier;
  return read;
}

/** A qualifier column's cell: the spec's words, or 多/余, 约/近, 以上. */
export function readQualifierCell(cell: unknown): Qualifier | undefined | null {
  if (cell == null || cell === '') return undefined;
  const text = String(cell).trim();
  if (text === 'over' || text === 'about' || text === 'at-least') return text;
  if (text === '多' || text === '余' || text === '多/余') return 'over';
  if (text === '约' || text === '近' || text === '约/近') return 'about';
  if (text === '以上') return 'at-least';
  return null; // not a qualifier: left for the contract to report
}

/** A date cell: `2024-05-17`, `2024/5/17`, `2024.5.17`, `2024年5月17日`, `2024年5月`, `2024-05`, `2024`, or an Excel date serial. */
export function readDateCell(cell: unknown): { year: number; month?: number } | undefined {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2200) return { year: cell };
    if (cell > 20000 && cell < 120000) {
      const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000);
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
    }
    return undefined;
  }
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  const match = /^(\d{4})(?:[-/.年](\d{1,2})(?:月|(?:[-/.](\d{1,2})))?(?:(?:月)?(\d{1,2})日)?)?年?$/.exec(text)
    ?? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] !== undefined ? Number(match[2]) : undefined;
  const day = match[3] ?? match[4];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return undefined;
  return month !== undefined ? { year, month } : { year };
}
