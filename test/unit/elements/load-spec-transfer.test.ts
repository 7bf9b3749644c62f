// What crosses the load-spec worker boundary (load-spec-transfer.ts), in Node: errors come back
// as the same classes, worded the same in both locales; big record arrays leave the spec and go
// back where they were, each once; loadSpec says which step runs, in order.
import { describe, expect, it } from 'vitest';
import { describeFailure, loadSpec, type LoadedSpec, type LoadStep } from '../../../packages/core/src/index.ts';
import {
  decodeError, encodeError, joinArrays, previousWithoutContent, restoreStale, SPLIT_MIN, splitDocument, splitLoaded,
} from '../../../packages/elements/src/shared/load-spec-transfer.ts';

const URL_ = 'https://portal.example/specs/funds.json';
const records = (n: number) => Array.from({ length: n }, (_, i) => ({ campaign: `c${i % 3}`, amount: i }));
const spec = (values: unknown[], extra: Record<string, unknown> = {}) => ({ version: 1, kind: 'fund-chart', id: 'funds', datasets: { funds: { values }, ...extra }, data: 'funds' });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Through a structured clone, as postMessage does. */
const crossed = <T>(value: T): T => structuredClone(value);

describe('errors across the worker boundary', () => {
  it('a SpecFailure comes back a SpecFailure with the same codes, pointers and words in both locales', async () => {
    const bad = records(10) as Record<string, unknown>[];
    bad[7] = { campaign: 'x', amount: 'many' };
    const error = await rejection(loadSpec({ document: spec(bad), url: URL_ }));
    const back = decodeError(crossed(encodeError(error)), 'zh-CN');
    expect(back.constructor).toBe((error as Error).constructor);
    for (const locale of ['zh-CN', 'en'] as const) expect(describeFailure(back, locale)).toEqual(describeFailure(error, locale));
  });

  it('a DataLoadError keeps its kind, url, line and column, and a shape cause words in both locales', async () => {
    const syntax = await rejection(loadSpec({ text: '{"version": 1,\n  "kind": }', url: URL_ }));
    const fetch = (async () => new Response('{"rows":[]}', { status: 200 })) as typeof globalThis.fetch;
    const shape = await rejection(loadSpec({ document: { version: 1, kind: 'fund-chart', id: 'funds', datasets: { funds: { url: 'funds.json' } }, data: 'funds' }, url: URL_ }, { fetch }));
    for (const error of [syntax, shape]) {
      const back = decodeError(crossed(encodeError(error)), 'zh-CN');
      expect(back.constructor).toBe((error as Error).constructor);
      for (const locale of ['zh-CN', 'en'] as const) expect(describeFailure(back, locale)).toEqual(describeFailure(error, locale));
    }
    expect(describeFailure(shape, 'zh-CN').errors[0].code).toBe('invalid-data');
  });
});

describe('record arrays in chunks', () => {
  it('a document: big values are cut out of copies (the caller\'s object untouched) and put back', () => {
    const big = records(SPLIT_MIN);
    const document = spec(big, { small: { values: records(3) } });
    const split = splitDocument(document);
    expect(document.datasets.funds.values).toBe(big);
    expect(split.placements).toEqual([{ slot: 0, at: 'values', dataset: 'funds' }]);
    const arrived = crossed(split.document) as ReturnType<typeof spec>;
    expect(arrived.datasets.funds.values).toEqual([]);
    expect((arrived.datasets as Record<string, { values: unknown[] }>).small.values).toHaveLength(3);
    joinArrays(arrived, split.placements, [crossed(big)]);
    expect(arrived).toEqual(document);
  });

  it('a LoadedSpec: inline records are the spec\'s values, sent once, and shared again after the trip', async () => {
    const loaded = await loadSpec({ document: spec(records(SPLIT_MIN + 5)), url: URL_ });
    const split = splitLoaded(loaded);
    expect(split.arrays).toHaveLength(1);
    expect(split.placements.map((p) => p.at).sort()).toEqual(['records', 'values']);
    const arrived = crossed(split.loaded) as LoadedSpec;
    joinArrays(arrived as never, split.placements, [crossed(split.arrays[0])]);
    expect(arrived.data.datasets.funds.records).toBe(arrived.spec.datasets!.funds.values);
    expect(arrived.data.datasets.funds.spec).toBe(arrived.spec.datasets!.funds);
    expect(arrived.data.datasets.funds.records).toEqual(loaded.data.datasets.funds.records);
    expect(arrived.spec).toEqual(loaded.spec);
  });

  it('previous data go without records; a stale dataset gets the page\'s own records back', async () => {
    const previous = (await loadSpec({ document: spec(records(4)), url: URL_ })).data;
    const sent = previousWithoutContent(previous);
    expect(sent.datasets.funds.records).toBeUndefined();
    const data = crossed({ ...sent, datasets: { funds: { ...sent.datasets.funds, stale: true } } });
    restoreStale(data, previous);
    expect(data.datasets.funds.records).toBe(previous.datasets.funds.records);
  });
});

describe('loadSpec onStep', () => {
  it('says parse, validate (with the document) and load, in order; parse only for text', async () => {
    const steps: [LoadStep, boolean][] = [];
    const onStep = (step: LoadStep, document?: unknown) => {
      steps.push([step, document !== undefined]);
    };
    await loadSpec({ text: JSON.stringify(spec(records(2))), url: URL_ }, { onStep });
    expect(steps).toEqual([['parse', false], ['validate', true], ['load', true]]);
    steps.length = 0;
    await loadSpec({ document: spec(records(2)), url: URL_ }, { onStep });
    expect(steps.map(([s]) => s)).toEqual(['validate', 'load']);
  });
});
