import { describe, expect, it } from 'vitest';
import { summarizeRefresh, type RefreshState } from '../../../packages/core/src/index.ts';

const fresh = (at: number, age: number): RefreshState<unknown> => ({ status: 'fresh', failures: 0, lastSuccessAt: at, age, data: 1 });

describe('summarizeRefresh', () => {
  it('all fresh: fresh, with the oldest success as the time every figure is at least as recent as', () => {
    const summary = summarizeRefresh(new Map([['funds', fresh(5000, 1000)], ['kpi', fresh(3000, 3000)]]));
    expect(summary).toEqual({ status: 'fresh', lastSuccessAt: 3000, age: 3000, failures: 0, failing: [] });
  });

  it('one stale dataset makes the dashboard stale and names it', () => {
    const stale: RefreshState<unknown> = { status: 'stale', failures: 3, lastSuccessAt: 1000, age: 7000, data: 1 };
    const summary = summarizeRefresh(new Map([['funds', fresh(8000, 0)], ['kpi', stale]]));
    expect(summary).toMatchObject({ status: 'stale', failures: 3, failing: ['kpi'], lastSuccessAt: 1000, age: 7000 });
  });

  it('a dataset never loaded leaves the time unknown; an error outranks stale', () => {
    const error: RefreshState<unknown> = { status: 'error', failures: 1 };
    const summary = summarizeRefresh(new Map([['funds', fresh(8000, 0)], ['map', error]]));
    expect(summary.status).toBe('error');
    expect(summary.lastSuccessAt).toBeUndefined();
    expect(summary.failing).toEqual(['map']);
  });

  it('no datasets to refresh: fresh with no time', () => {
    expect(summarizeRefresh(new Map())).toEqual({ status: 'fresh', failures: 0, failing: [] });
  });
});
