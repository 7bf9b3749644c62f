// A records-contract problem in a table's records names the records as shaped (`/1/amount`, after
// `fields` and `transform`) — and where that value came from, which a data author can find: the
// source cell or row (CSV line and column, an xlsx cell, a pointer into a JSON response), or, for a
// record a transform made (an aggregate's group), that transform.
import { describe, expect, it } from 'vitest';
import { describeFailure, loadData } from '../../../packages/core/src/index.ts';
import type { Dataset, Spec } from '../../../packages/spec/src/index.ts';
import { makeXlsx } from '../../fixtures/make-xlsx.ts';

const serving = (body: string | Uint8Array) => (async () => new Response(body as BodyInit)) as unknown as typeof fetch;

async function problems(kind: string, dataset: Dataset, body: string | Uint8Array, locale: 'en' | 'zh-CN' = 'en', extra: Record<string, unknown> = {}) {
  const reads = kind === 'activity-trend' ? { data: 'data' } : kind === 'station-coverage' ? { stations: 'data', regions: 'regions' } : { data: 'data' };
  const spec = { version: 1, id: 'v', kind, ...reads, datasets: { data: dataset, ...extra } } as unknown as Spec;
  const error = await loadData(spec, { fetch: serving(body), locale }).then(() => undefined, (e: unknown) => e);
  expect(error, 'the load fails').toBeDefined();
  return describeFailure(error, locale).errors;
}

describe('where a records-contract problem came from', () => {
  it('a renamed field: its CSV cell (the pointer stays the records\')', async () => {
    const [error] = await problems('fund-chart', { url: 'funds.csv', fields: { campaign: '项目', amount: '金额' } }, '项目,金额\n树,1万\n学,-5万\n');
    expect(error).toMatchObject({ code: 'negative-amount', dataset: 'data', dataPath: '/1/amount', source: 'funds.csv:3:2', origin: { kind: 'cell', at: { file: 'funds.csv', line: 3, column: 2, header: '金额' } } });
    expect(error.message).toBe('funds.csv line 3, column 2 ("金额"): Amount -50000 cannot be negative.');
  });

  it('re-worded in the other locale from the same origin', async () => {
    const [error] = await problems('fund-chart', { url: 'funds.csv', fields: { campaign: '项目', amount: '金额' } }, '项目,金额\n学,-5万\n', 'zh-CN');
    expect(error.message).toBe('"funds.csv" 第 2 行第 2 列（"金额"）：金额 -50000 不能为负数。');
  });

  it('an xlsx cell, on its sheet', async () => {
    const bytes = makeXlsx({ 说明: [['示意']], 明细: [['项目', '金额'], ['树', '1万'], ['学', -50000]] });
    const [error] = await problems('fund-chart', { url: 'funds.xlsx', sheet: '明细', fields: { campaign: '项目', amount: '金额' } }, bytes);
    expect(error).toMatchObject({ code: 'negative-amount', dataPath: '/1/amount', source: 'funds.xlsx!明细!B3' });
  });

  it('a JSON response read through property and fields: the pointer into the response', async () => {
    const body = JSON.stringify({ code: 0, data: { list: [{ xmmc: '树', jine: 1 }, { xmmc: '学', jine: -5 }] } });
    const [error] = await problems('fund-chart', { url: '/api/funds', property: 'data.list', fields: { campaign: 'xmmc', amount: 'jine' } }, body);
    expect(error).toMatchObject({ code: 'negative-amount', dataPath: '/1/amount', source: 'funds#/data/list/1/jine' });
    expect(error.message).toBe('funds /data/list/1/jine: Amount -5 cannot be negative.');
  });

  it('inline values read through fields: checked once shaped, at the pointer into the values', async () => {
    const spec = { version: 1, id: 'v', kind: 'fund-chart', data: 'data', datasets: { data: { values: [{ xm: '树', je: '1万' }, { xm: '学', je: '-5万' }], fields: { campaign: 'xm', amount: 'je' } } } } as unknown as Spec;
    const error = await loadData(spec, { locale: 'en' }).then(() => undefined, (e: unknown) => e);
    expect(describeFailure(error, 'en').errors).toMatchObject([{ code: 'negative-amount', dataset: 'data', dataPath: '/1/amount', source: 'values#/1/je', message: 'values /1/je: Amount -50000 cannot be negative.' }]);
  });

  it('a required field left empty: its empty cell; a field no column gives: the row', async () => {
    const empty = await problems('kpi', { url: 'kpi.csv', fields: { label: '指标', value: '数值' } }, '指标,数值\n,3\n');
    expect(empty).toMatchObject([{ code: 'record-missing-field', dataPath: '/0', source: 'kpi.csv:2:1' }]);
    const unmapped = await problems('kpi', { url: 'kpi.csv', fields: { label: '指标' } }, '指标,数\n来电,3\n');
    expect(unmapped.find((e) => e.code === 'record-missing-field')).toMatchObject({ dataPath: '/0', source: 'kpi.csv:2', origin: { kind: 'row', at: { file: 'kpi.csv', line: 2 } } });
    expect(unmapped.find((e) => e.code === 'record-missing-field')!.message).toMatch(/^kpi\.csv line 2: /);
  });

  it('fold: the value at its year cell; the key, made from a column\'s name, at the fold', async () => {
    const dataset = { url: 'a.csv', fields: { kind: '活动' }, transform: [{ fold: ['2023', '2024'], as: ['period', 'value'] }] };
    const [value] = await problems('activity-trend', { ...dataset, transform: [{ fold: ['2023', '2024'], as: ['period', 'value'] }, { timeUnit: 'year' as const, field: 'period' }] }, '活动,2023,2024,unit\nrate,20,120,percent\n');
    expect(value).toMatchObject({ code: 'percent-out-of-range', dataPath: '/1/value', source: 'a.csv:2:3' });
    const [key] = await problems('activity-trend', { ...dataset, transform: [{ fold: ['2023', '2024年'], as: ['period', 'value'] }] }, '活动,2023,2024年\nconsultation,12,15\n');
    expect(key).toMatchObject({ code: 'bad-period', dataPath: '/1/period', source: '/datasets/data/transform/0', origin: { kind: 'transform', transform: 'fold' } });
  });

  it('lookup: a joined field at the lookup', async () => {
    const dataset = { url: 'f.csv', fields: { campaign: '项目', amount: '金额' }, transform: [{ lookup: 'campaign', from: { data: 'dates', key: '项目', fields: ['日期'] }, as: ['date'] }] };
    const errors = await problems('fund-chart', dataset, '项目,金额\n学,1万\n', 'en', { dates: { values: [{ 项目: '学', 日期: '2023-02-30' }] } });
    expect(errors).toMatchObject([{ code: 'bad-date', dataPath: '/0/date', source: '/datasets/data/transform/0', origin: { kind: 'transform', transform: 'lookup' } }]);
  });

  it('aggregate: every field of a group at the transform, never at the group\'s first cell', async () => {
    const dataset = { url: 'f.csv', fields: { campaign: '项目', amount: '金额' }, transform: [
      { filter: { field: 'campaign', oneOf: ['树', '学'] } },
      { aggregate: { groupby: ['campaign'], ops: [{ op: 'sum' as const, field: 'amount', as: 'amount' }] } },
    ] };
    const [error] = await problems('fund-chart', dataset, '项目,金额\n树,1万\n学,2万\n学,-5万\n');
    expect(error).toMatchObject({ code: 'negative-amount', dataPath: '/1/amount', source: '/datasets/data/transform/1', origin: { kind: 'transform', path: '/datasets/data/transform/1', transform: 'aggregate' } });
    expect(error.message).toBe('In the result of transform /datasets/data/transform/1 (aggregate): Amount -30000 cannot be negative.');
  });
});
