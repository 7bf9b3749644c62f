// The table path of loading, piece by piece: reading cells, CSV positions, xlsx cells, township
// names, and the transforms keeping qualifier, source and illustrative honest.
import { describe, expect, it } from 'vitest';
import { tableCodeFor } from '../../../packages/core/src/load/table-code.ts';
import { datasetReading } from '../../../packages/core/src/table/dataset-readers.ts';
import { readDateCell, readNumberCell } from '../../../packages/core/src/table/read-cell.ts';
import { locateDelimitedCell, readDelimited } from '../../../packages/core/src/table/read-delimited.ts';
import { locateXlsxCell, readXlsx } from '../../../packages/core/src/table/read-xlsx.ts';
import { resolveTownship } from '../../../packages/core/src/table/resolve-township.ts';
import { shapeDataset } from '../../../packages/core/src/table/shape-dataset.ts';
import { cellAt } from '../../../packages/core/src/table/source-table.ts';
import * as transforms from '../../../packages/core/src/table/apply-transform.ts';
import type { Dataset, Spec } from '../../../packages/spec/src/index.ts';
import { makeXlsx } from '../../fixtures/make-xlsx.ts';

describe('readNumberCell', () => {
  it.each([
    ['500万', 5_000_000, undefined], ['3亿', 300_000_000, undefined], ['500余万元', 5_000_000, 'over'], ['300多万元', 3_000_000, 'over'],
    ['约70万元', 700_000, 'about'], ['近20场', 20, 'about'], ['10万元以上', 100_000, 'at-least'], ['56场次', 56, undefined],
    ['1,234.5', 1234.5, undefined], ['78.5万元', 785_000, undefined], ['１２３', 123, undefined], ['460多棵', 460, 'over'],
  ])('%s → %d %s', (text, value, qualifier) => {
    const read = readNumberCell(text)!;
    expect(read.value).toBe(value);
    expect(read.qualifier).toBe(qualifier);
  });
  it('reads 12.5% as 12.5 percent', () => expect(readNumberCell('12.5%')).toEqual({ value: 12.5, percent: true }));
  it.each(['五百万', '约500余万', '', 'n/a', '12万%', '1.2.3'])('cannot read %j (an error, never NaN or 0)', (text) => expect(readNumberCell(text)).toBeUndefined());
});

describe('readDateCell', () => {
  it.each([['2024-05-17', 2024, 5], ['2024/5/17', 2024, 5], ['2024年5月', 2024, 5], ['2024年5月17日', 2024, 5], ['2024', 2024, undefined]])('%s', (text, year, month) => {
    expect(readDateCell(text)).toEqual(month === undefined ? { year } : { year, month });
  });
  it('reads an Excel date serial (45000 = 2023-03-15)', () => expect(readDateCell(45000)).toEqual({ year: 2023, month: 3 }));
  it('refuses month 13', () => expect(readDateCell('2024-13-01')).toBeUndefined());
});

describe('CSV', () => {
  it('keeps each row\'s line through quoted line breaks and blank lines', () => {
    const table = readDelimited('项目,金额\n"助学\n基金","1,200"\n\n修路,约70万元\n', ',', 'f.csv');
    expect(table.rows.map((r) => r.values['项目'])).toEqual(['助学\n基金', '修路']);
    expect(cellAt(table.rows[1], '金额')).toEqual({ file: 'f.csv', line: 5, column: 2, header: '金额' });
    expect(locateDelimitedCell('项目,金额\n"助学\n基金","1,200"\n\n修路,约70万元\n', ',', '/1/金额')).toEqual({ line: 5, column: 2 });
  });
});

describe('xlsx', () => {
  it('reads shared strings and numbers, names cells sheet!ref, skips to the named sheet', () => {
    const bytes = makeXlsx({ 说明: [['示意']], 明细: [['乡镇', '金额'], ['桐岭镇', '80余万元'], ['武宣镇', 36000]] });
    const table = readXlsx(bytes, '明细', 'funds.xlsx');
    expect(table.rows.map((r) => r.values)).toEqual([{ 乡镇: '桐岭镇', 金额: '80余万元' }, { 乡镇: '武宣镇', 金额: 36000 }].map((o) => Object.assign(Object.create(null), o)));
    expect(cellAt(table.rows[1], '金额')).toEqual({ file: 'funds.xlsx', sheet: '明细', ref: 'B3', header: '金额' });
  });
  it('locates a pointer into the rows as read at its cell, a row pointer at its row (what tongxin validate prints)', () => {
    // A blank row above the header and one between records: references stay the sheet's.
    const bytes = makeXlsx({ 说明: [['示意']], 明细: [[], ['乡镇', '金额'], ['桐岭镇', '80余万元'], [], ['武宣镇', '七十万']] });
    expect(locateXlsxCell(bytes, '明细', '/1/金额')).toEqual({ sheet: '明细', ref: 'B5', row: 5, column: 2 });
    expect(locateXlsxCell(bytes, '明细', '/0/乡镇')).toEqual({ sheet: '明细', ref: 'A3', row: 3, column: 1 });
    expect(locateXlsxCell(bytes, '明细', '/1')).toEqual({ sheet: '明细', ref: '5:5', row: 5, column: 1 });
    expect(locateXlsxCell(bytes, undefined, '/0/示意'), 'the first sheet by default').toBeUndefined();
    expect(locateXlsxCell(bytes, '明细', '/5/金额'), 'no such row').toBeUndefined();
    expect(locateXlsxCell(bytes, '汇总', '/0/金额'), 'no such sheet').toBeUndefined();
  });
});

describe('township names', () => {
  const names = { id: 't', regions: [{ code: '451323101', name: '桐岭镇' }, { code: '451323103', name: '东乡镇' }, { code: '451323203', name: '东乡乡' }] };
  it('a code stays, a name or a name without its suffix gives the code', () => {
    expect(resolveTownship('451323101', names).code).toBe('451323101');
    expect(resolveTownship('桐岭镇', names).code).toBe('451323101');
    expect(resolveTownship('桐岭', names).code).toBe('451323101');
  });
  it('an ambiguous name has candidates', () => expect(resolveTownship('东乡', names)).toEqual({ candidates: ['东乡镇', '东乡乡'], ambiguous: true }));
});

describe('transforms keep the figures honest', () => {
  const spec = { version: 1, kind: 'fund-chart', id: 'f', data: 'funds' } as unknown as Spec;
  const context = { reading: datasetReading(spec, 'funds'), lookupTable: () => undefined, transforms };
  const shape = (csv: string, dataset: Dataset) => shapeDataset(readDelimited(csv, ',', 'f.csv'), dataset, context);
  const sum = { aggregate: { groupby: ['campaign'], ops: [{ op: 'sum' as const, field: 'amount', as: 'amount' }] } };

  it('a sum over 余 figures is still "over"; with a 约 it is "about"; exact stays exact', () => {
    const { records, problems } = shape('campaign,amount\n树,120万元\n树,80余万元\n学,约15万元\n学,36000\n路,1万\n路,2万\n', { transform: [sum] });
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { campaign: '树', amount: 2_000_000, qualifier: 'over' },
      { campaign: '学', amount: 186_000, qualifier: 'about' },
      { campaign: '路', amount: 30_000 },
    ]);
  });
  it('a sum of exact and illustrative figures is illustrative; one shared source is kept, several go to meta', () => {
    const { records } = shape('campaign,amount,illustrative,source\n树,1,,a\n树,2,true,a\n学,3,,a\n学,4,,b\n', { transform: [sum] });
    expect(records[0]).toMatchObject({ amount: 3, illustrative: true, source: 'a' });
    expect(records[1]).toMatchObject({ amount: 7, meta: { sources: ['a', 'b'] } });
    expect(records[1].illustrative).toBeUndefined();
  });
  it('an empty cell adds nothing to a sum (it is not a 0) and fold leaves it out', () => {
    const { records } = shape('campaign,2023,2024\n树,1万,\n', { transform: [{ fold: ['2023', '2024'], as: ['date', 'amount'] }] });
    expect(records).toEqual([{ campaign: '树', date: '2023', amount: 10_000 }]);
  });
  it('filter reads numbers like the cells: gte 1000000 keeps 120万元', () => {
    const { records } = shape('campaign,amount\n树,120万元\n学,36000\n', { transform: [{ filter: { field: 'amount', gte: 1_000_000 } }] });
    expect(records.map((r) => r.campaign)).toEqual(['树']);
  });
});

describe('positions are kept lazily, through fields and transforms', () => {
  const spec = { version: 1, kind: 'fund-chart', id: 'f', data: 'funds' } as unknown as Spec;
  const context = { reading: datasetReading(spec, 'funds'), lookupTable: () => undefined, transforms };
  const shape = (csv: string, dataset: Dataset) => shapeDataset(readDelimited(csv, ',', 'f.csv'), dataset, context);
  const cells = (result: ReturnType<typeof shape>) => result.problems.map((p) => [(p.params as { at?: unknown }).at, p.dataPath]);

  it('a row keeps its index and shares its table\'s positions: no object per cell', () => {
    const table = readDelimited('项目,金额\n树,1\n\n学,2\n', ',', 'f.csv');
    expect(table.rows.map((r) => Object.keys(r).sort())).toEqual([['index', 'source', 'values'], ['index', 'source', 'values']]);
    expect(table.rows[0].source).toBe(table.rows[1].source);
    expect(cellAt(table.rows[1], '金额')).toEqual({ file: 'f.csv', line: 4, column: 2, header: '金额' });
    expect(cellAt(table.rows[1], '用途'), 'no such column').toBeUndefined();
  });
  it('a renamed field is named by its source column', () => {
    const result = shape('项目,金额\n树,1\n学,七十万\n', { fields: { campaign: '项目', amount: '金额' } });
    expect(cells(result)).toEqual([[{ file: 'f.csv', line: 3, column: 2, header: '金额' }, '/1/金额']]);
  });
  it('after fold and filter, a year column\'s bad cell is named by its line, column and header', () => {
    const result = shape('项目,2023,2024\n树,1万,2万\n学,3万,若干\n', { fields: { campaign: '项目' }, transform: [
      { fold: ['2023', '2024'], as: ['date', 'amount'] },
      { filter: { field: 'campaign', equal: '学' } },
      { aggregate: { groupby: ['campaign'], ops: [{ op: 'sum', field: 'amount', as: 'amount' }] } },
    ] });
    expect(cells(result)).toEqual([[{ file: 'f.csv', line: 3, column: 3, header: '2024' }, '/1/2024']]);
  });
  it('timeUnit\'s period is named by the date\'s cell; a sum a transform made has no cell (kept as a number)', () => {
    const bad = shape('项目,日期\n树,2024-13-01\n', { fields: { campaign: '项目' }, transform: [{ timeUnit: 'year', field: '日期', as: 'date' }] });
    expect(cells(bad)).toEqual([[{ file: 'f.csv', line: 2, column: 2, header: '日期' }, '/0/日期']]);
    const summed = shape('campaign,amount\n树,1万\n树,2万\n', { transform: [{ aggregate: { groupby: ['campaign'], ops: [{ op: 'sum', field: 'amount', as: 'amount' }] } }] });
    expect({ records: summed.records, problems: summed.problems }).toEqual({ records: [{ campaign: '树', amount: 30_000 }], problems: [] });
  });
});

describe('row values reach no prototype', () => {
  const spec = { version: 1, kind: 'fund-chart', id: 'f', data: 'funds' } as unknown as Spec;
  const context = { reading: datasetReading(spec, 'funds'), lookupTable: () => undefined, transforms };
  it('columns named __proto__, constructor and toString are own columns; a field no row has reads as nothing', () => {
    const table = readDelimited('__proto__,constructor,amount\n{"polluted":1},y,1万\n', ',', 'f.csv');
    const [row] = table.rows;
    expect(Object.keys(row.values)).toEqual(['__proto__', 'constructor', 'amount']);
    expect(Object.hasOwn(row.values, '__proto__') && row.values.__proto__).toBe('{"polluted":1}');
    expect(row.values.toString).toBeUndefined();
    expect('hasOwnProperty' in row.values).toBe(false);
    const result = shapeDataset(table, { fields: { campaign: '__proto__' }, transform: [
      { filter: { field: 'toString', equal: 'x' } },
    ] }, context);
    expect(result.problems.map((p) => p.code)).toEqual(['transform-missing-field']);
  });
  it('grouping by a __proto__ column and folding into constructor / toString pollute nothing', () => {
    const table = readDelimited('__proto__,2023,2024\n树,1万,2万\n树,3万,\n', ',', 'f.csv');
    const folded = transforms.applyTransform(table.rows, { fold: ['2023', '2024'], as: ['constructor', 'toString'] }, 0, context, []);
    const grouped = transforms.applyTransform(folded, { aggregate: { groupby: ['__proto__'], ops: [{ op: 'sum', field: 'toString', as: 'amount' }] } }, 1, context, []);
    expect(grouped.map((r) => ({ ...r.values }))).toEqual([{ ['__proto__']: '树', amount: 60_000 }]);
    expect(Object.hasOwn(grouped[0].values, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).amount).toBeUndefined();
    expect(Object.getPrototypeOf(Object.getPrototypeOf(grouped[0].values))).toBeNull();
  });
});

describe('tableCodeFor: only the table code the datasets need', () => {
  // Which parts were imported (each is an on-demand chunk in bundles, see `pnpm size`).
  const parts = async (...datasets: Dataset[]) => {
    const code = await tableCodeFor(datasets);
    return code ? Object.keys(code).sort() : [];
  };
  it('plain JSON, GeoJSON and TopoJSON need none', async () => {
    expect(await parts({ url: 'funds.json' }, { url: 't.geo.json' }, { url: 't.topojson' }, { values: [] })).toEqual([]);
  });
  it('a JSON response with property or fields needs the table path only', async () => {
    expect(await parts({ url: 'api.json', property: 'data.list' })).toEqual(['tables']);
    expect(await parts({ values: [], fields: { amount: '金额' } })).toEqual(['tables']);
  });
  it('CSV and TSV need the delimited reader, not the xlsx reader nor the transforms', async () => {
    expect(await parts({ url: 'a.csv' }, { url: 'b.tsv' })).toEqual(['delimited', 'tables']);
  });
  it('xlsx needs the xlsx reader; a transform (not an empty list) the transforms', async () => {
    expect(await parts({ url: 'a.xlsx', transform: [] })).toEqual(['tables', 'xlsx']);
    expect(await parts({ url: 'a.xlsx' }, { url: 'b.json', transform: [{ filter: { field: 'a', equal: 1 } }] })).toEqual(['tables', 'transforms', 'xlsx']);
  });
});
