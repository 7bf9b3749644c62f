// A refresh whose spreadsheet brings a bad cell keeps the last good records, marked stale, with the
// cell's error kept for the stale badge — the same rule as JSON records that break the contract.
import { describe, expect, it } from 'vitest';
import { describeFailure, loadData } from '../../../packages/core/src/index.ts';
import type { Spec } from '../../../packages/spec/src/index.ts';

const spec = {
  version: 1, id: 'f', kind: 'fund-chart', data: 'funds', refresh: '60s',
  datasets: { funds: { url: 'https://portal.example/funds.csv', fields: { campaign: '项目', amount: '金额' } } },
} as unknown as Spec;
const serving = (text: string) => (async () => new Response(text)) as unknown as typeof fetch;

describe('refreshing a CSV dataset', () => {
  it('keeps the last good records, stale, when the new file has a bad cell', async () => {
    const first = await loadData(spec, { fetch: serving('项目,金额\n助学,约15万元\n'), locale: 'en' });
    expect(first.datasets.funds.records).toEqual([{ campaign: '助学', amount: 150_000, qualifier: 'about' }]);
    const second = await loadData(spec, { fetch: serving('项目,金额\n助学,十五万\n'), previous: first, locale: 'en' });
    expect(second.datasets.funds.stale).toBe(true);
    expect(second.datasets.funds.records).toEqual(first.datasets.funds.records);
    const [error] = second.refreshErrors ?? [];
    expect(describeFailure(error, 'en').errors).toMatchObject([{ code: 'unreadable-cell', dataset: 'funds', dataPath: '/0/金额' }]);
    expect(describeFailure(error, 'en').errors[0].message).toContain('funds.csv line 2, column 2');
  });

  it('fails a first load with the cell named, in both locales', async () => {
    const error = await loadData(spec, { fetch: serving('项目,金额\n助学,十五万\n') }).catch((e: unknown) => e);
    expect(describeFailure(error, 'zh-CN')).toMatchObject({ kind: 'invalid-records', errors: [{ code: 'unreadable-cell' }] });
    expect(describeFailure(error, 'zh-CN').errors[0].message).toBe('"funds.csv" 第 2 行第 2 列（"金额"）："十五万" 无法读作金额。');
  });
});
