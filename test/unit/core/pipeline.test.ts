// The pipeline every consumer runs (loadSpec: steps 1–5, drawView: 6–8), through its public API.
import { describe, expect, it } from 'vitest';
import {
  DataLoadError,
  describeFailure,
  drawView,
  loadSpec,
  pipelineStats,
  SpecFailure,
  type LoadedSpec,
} from '../../../packages/core/src/index.ts';

const BASE = 'https://portal.example/specs/funds.json';

/** Serves `files` by absolute URL and records every request. */
function fakeFetch(files: Record<string, unknown>) {
  const requests: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    if (!Object.hasOwn(files, url)) return new Response('', { status: 404, statusText: 'Not Found' });
    return new Response(JSON.stringify(files[url]), { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const fundSpec = (datasets: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: 1,
  kind: 'dashboard',
  title: '武宣县政协',
  locale: 'zh-CN',
  sources: { art: { title: '委员履职“三聚焦”' } },
  datasets,
  views: [
    { id: 'funds', kind: 'fund-chart', data: 'funds', by: 'campaign' },
    { id: 'kpi', kind: 'kpi', items: [{ label: '联络站', value: 10, unit: 'count' }] },
  ],
  ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the pipeline to reject');
}

describe('loadSpec (steps 1–5)', () => {
  it('1. a syntax error is malformed-json with its line and column', async () => {
    const error = await rejection(loadSpec({ text: '{\n  "version": 1,\n  "kind": "kpi",,\n}', url: BASE }));
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).kind).toBe('malformed-json');
    expect([(error as DataLoadError).line, (error as DataLoadError).column]).toEqual([3, 17]);
  });

  it('2–3. an invalid document is rejected before anything is fetched, with code and pointer', async () => {
    const { fetch, requests } = fakeFetch({});
    const error = await rejection(loadSpec({ document: fundSpec({ funds: { url: 'funds.json' } }, { theme: 'neon' }), url: BASE }, { fetch }));
    expect(error).toBeInstanceOf(SpecFailure);
    const failure = describeFailure(error, 'en');
    expect(failure.kind).toBe('invalid-spec');
    expect(failure.errors.map((e) => [e.code, e.path])).toEqual([['not-allowed-value', '/theme']]);
    expect(requests).toEqual([]);
  });

  it('4–5. records that arrive by url are checked against the contract of the view that reads them', async () => {
    const { fetch, requests } = fakeFetch({
      'https://portal.example/specs/funds.json.d/funds.json': [
        { campaign: '捐种一棵大树', amount: 3_000_000, qualifier: 'over', source: 'art' },
        { campaign: '助学', amount: 'lots' },
      ],
    });
    const error = await rejection(loadSpec({ document: fundSpec({ funds: { url: 'funds.json.d/funds.json' } }), url: BASE }, { fetch }));
    expect(requests).toEqual(['https://portal.example/specs/funds.json.d/funds.json']);
    const failure = describeFailure(error, 'zh-CN');
    expect(failure.kind).toBe('invalid-records');
    expect(failure.errors).toEqual([
      expect.objectContaining({ code: 'record-wrong-type', path: '/datasets/funds', dataset: 'funds', dataPath: '/1/amount' }),
    ]);
    // Worded again in English from the same codes, nothing re-run.
    expect(describeFailure(error, 'en').errors[0].message).toMatch(/amount/);
  });

  it('a valid spec loads each url once and counts one validation and one load', async () => {
    const records = [{ campaign: '捐种一棵大树', amount: 3_000_000, qualifier: 'over', source: 'art' }];
    const { fetch, requests } = fakeFetch({ 'https://portal.example/specs/funds.json': records });
    const before = pipelineStats();
    const loaded = await loadSpec({ document: fundSpec({ funds: { url: 'funds.json' }, again: { url: './funds.json' } }), url: BASE }, { fetch });
    const after = pipelineStats();
    expect(requests).toEqual(['https://portal.example/specs/funds.json']);
    expect(loaded.data.datasets.funds.records).toEqual(records);
    expect([after.validate - before.validate, after.load - before.load]).toEqual([1, 1]);
  });

  it('a refresh whose records break the contract keeps the last good ones, marked stale', async () => {
    const good = [{ campaign: '助学', amount: 780_000 }];
    const first = fakeFetch({ 'https://portal.example/specs/funds.json': good });
    const loaded = await loadSpec({ document: fundSpec({ funds: { url: 'funds.json' } }), url: BASE }, { fetch: first.fetch });
    const bad = fakeFetch({ 'https://portal.example/specs/funds.json': [{ campaign: '助学', amount: -5 }] });
    const again = await loadSpec({ document: fundSpec({ funds: { url: 'funds.json' } }), url: BASE }, { fetch: bad.fetch, previous: loaded.data });
    expect(again.data.datasets.funds.records).toEqual(good);
    expect(again.data.datasets.funds.stale).toBe(true);
    expect(again.data.refreshErrors?.[0]).toBeInstanceOf(SpecFailure);
  });
});

describe('drawView (steps 6–8)', () => {
  const loaded = async (extra: Record<string, unknown> = {}): Promise<LoadedSpec> => loadSpec({
    document: fundSpec({
      funds: {
        values: [
          { campaign: '捐种一棵大树', amount: 3_000_000, qualifier: 'over', source: 'art', township: '451323101' },
          { campaign: '助学', amount: 780_000, township: '451323102' },
        ],
      },
    }, extra),
    url: BASE,
  });

  it('6. resolves the view by kind or id, with the spec title and locale as fallbacks, and attributes over them', async () => {
    const spec = await loaded();
    const drawn = drawView(spec, { kind: 'fund-chart', width: 600, height: 400 });
    expect([drawn.view.id, drawn.path, drawn.title, drawn.locale, drawn.theme]).toEqual(['funds', '/views/0', '武宣县政协', 'zh-CN', 'portal']);
    const english = drawView(spec, { view: 'funds', locale: 'en', theme: 'bigscreen', overrides: { mode: 'cumulative' }, width: 600, height: 400 });
    expect([english.locale, english.theme, (english.view as { mode?: string }).mode]).toEqual(['en', 'bigscreen', 'cumulative']);
  });

  it('6. no view to draw is a no-view failure that names the views there are', async () => {
    const spec = await loaded();
    for (const request of [{ kind: 'county-map' as const }, { view: 'nope' }, {}]) {
      let error: unknown;
      try {
        drawView(spec, { ...request, width: 600, height: 400 });
      } catch (caught) {
        error = caught;
      }
      const failure = describeFailure(error, 'en');
      expect(failure.kind).toBe('no-view');
      expect(failure.errors[0].code).toBe('no-view');
      expect(failure.errors[0].hint).toBe('Views: "funds", "kpi".');
    }
  });

  it('6. attribute overrides are held to the spec\'s rules, once per combination (a resize does not re-validate)', async () => {
    const spec = await loaded();
    let error: unknown;
    try {
      drawView(spec, { view: 'funds', overrides: { mode: 'pie' } as never, width: 600, height: 400 });
    } catch (caught) {
      error = caught;
    }
    const failure = describeFailure(error, 'en');
    expect(failure.kind).toBe('invalid-spec');
    expect(failure.errors.map((e) => [e.code, e.path])).toEqual([['not-allowed-value', '/mode']]);
    const before = pipelineStats();
    for (const width of [600, 700, 800]) drawView(spec, { view: 'funds', overrides: { mode: 'cumulative' }, width, height: 400 });
    expect(pipelineStats().validate - before.validate).toBe(1);
  });

  it('7. a linked selection filters the records; 8. aria carries the summary, reduced motion stops animation', async () => {
    const spec = await loaded();
    const all = drawView(spec, { view: 'funds', width: 600, height: 400 });
    const one = drawView(spec, { view: 'funds', width: 600, height: 400, reducedMotion: true, selection: { field: 'township', value: '451323102' } });
    expect(all.compiled.table.rows).toHaveLength(2);
    expect(one.compiled.table.rows).toHaveLength(1);
    expect(Object.values(one.compiled.table.rows[0].cells)).toContain('助学');
    expect(one.compiled.option.animation).toBe(false);
    expect(one.compiled.option.aria).toMatchObject({ enabled: true, label: { description: one.compiled.summary } });
    expect(all.compiled.option.animation).not.toBe(false);
  });

  it('steps 6–8 never validate or load', async () => {
    const spec = await loaded();
    const before = pipelineStats();
    for (let i = 0; i < 5; i++) drawView(spec, { view: 'funds', width: 600, height: 400, selection: { field: 'township', value: String(i) } });
    const after = pipelineStats();
    expect([after.validate - before.validate, after.load - before.load, after.compile - before.compile]).toEqual([0, 0, 5]);
  });
});

describe('loadData only (a refresh of one URL)', () => {
  it('loads and checks just those datasets, against the whole spec', async () => {
    const { loadData } = await import('../../../packages/core/src/index.ts');
    const { fetch, requests } = fakeFetch({
      'https://portal.example/specs/funds.json': [{ campaign: '助学', amount: 780_000 }],
      'https://portal.example/specs/more.json': [{ campaign: '修路', amount: 1 }],
    });
    const spec = (await loadSpec({ document: fundSpec({ funds: { url: 'funds.json' }, more: { url: 'more.json' } }), url: BASE }, { fetch })).spec;
    requests.length = 0;
    const data = await loadData(spec, { only: ['funds'], baseUrl: BASE, fetch });
    expect(requests).toEqual(['https://portal.example/specs/funds.json']);
    expect(Object.keys(data.datasets)).toEqual(['funds']);
  });
});
