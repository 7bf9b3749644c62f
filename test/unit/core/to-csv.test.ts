import { describe, expect, it } from 'vitest';
import { toCSV, type DataTable } from '../../../packages/core/src/index.ts';

const table = (rows: Record<string, string>[]): DataTable => ({
  caption: 't',
  columns: [{ key: 'name', label: '名称' }, { key: 'amount', label: '金额', numeric: true }],
  rows: rows.map((cells) => ({ cells, raw: cells })),
});

describe('toCSV', () => {
  it('writes a header and rows with CRLF', () => {
    expect(toCSV(table([{ name: '委员捐款', amount: '500余万元' }]))).toBe('名称,金额\r\n委员捐款,500余万元\r\n');
  });
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCSV(table([{ name: 'a, "b"', amount: 'line\nbreak' }]))).toBe('名称,金额\r\n"a, ""b""","line\nbreak"\r\n');
  });
  it('defuses formulas but keeps negative numbers', () => {
    const csv = toCSV(table([{ name: '=HYPERLINK("http://x")', amount: '-12' }, { name: '+1+1', amount: '@SUM(A1)' }, { name: '-cmd', amount: '-3.5%' }]));
    expect(csv.split('\r\n').slice(1, 4)).toEqual([`"'=HYPERLINK(""http://x"")",-12`, `'+1+1,'@SUM(A1)`, `'-cmd,-3.5%`]);
  });
  it('missing cells are empty', () => {
    expect(toCSV(table([{ name: 'x' } as Record<string, string>]))).toBe('名称,金额\r\nx,\r\n');
  });
});
