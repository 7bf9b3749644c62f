// The words of load errors (load-error-words.ts) are not part of a first render (issue 14, size):
// they are imported when a load fails, and the step that finds the failure awaits them before it
// makes its DataLoadError, so every error is worded at once, in the same words as before.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Spec } from '@tongxin/spec';

type Core = typeof import('../../../packages/core/src/index.ts');
const BASE = 'https://example.org/specs/wuxuan.json';
const spec = (datasets: Record<string, unknown>): Spec => ({ version: 1, kind: 'dashboard', views: [], datasets } as unknown as Spec);
const fetch404 = (async () => new Response('nope', { status: 404, statusText: 'Not Found' })) as typeof globalThis.fetch;

/** A fresh copy of @tongxin/core, as a page has it before anything failed. */
async function freshCore(): Promise<Core> {
  vi.resetModules();
  return import('../../../packages/core/src/index.ts');
}

describe('load errors: words imported on demand, errors worded at once', () => {
  beforeEach(() => vi.resetModules());

  it('the words are not loaded with the core: messages() has none of them', async () => {
    const core = await freshCore();
    expect(core.hasLoadErrorWords()).toBe(false);
    expect('loadError' in core.messages('zh-CN')).toBe(false);
    expect(core.hasLoadErrorWords()).toBe(false);
  });

  it('loadData awaits them before it throws: a 404 is worded in full, message, hint and other locale', async () => {
    const core = await freshCore();
    const error = await core.loadData(spec({ a: { url: 'a.json' } }), { baseUrl: BASE, fetch: fetch404 }).catch((e) => e);
    expect(error).toBeInstanceOf(core.DataLoadError);
    expect(error.message).toBe('无法获取数据 https://example.org/specs/a.json：服务器返回 404 Not Found');
    expect(error.issue('zh-CN').hint).toBe('检查 url 是否正确（相对地址以规格文件所在位置为准），以及服务器是否允许访问。');
    expect(error.localize('en')).toBe('Could not fetch https://example.org/specs/a.json: the server answered 404 Not Found');
    expect(core.hasLoadErrorWords()).toBe(true);
  });

  it('content that cannot be read (invalid-data) is worded in full too', async () => {
    const core = await freshCore();
    const error = await core.loadData(spec({ r: { format: 'geojson', values: [{ a: 1 }] } }), { baseUrl: BASE, locale: 'en' }).catch((e) => e);
    expect(error).toBeInstanceOf(core.DataLoadError);
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toMatch(/^The data in inline cannot be read: expected a GeoJSON FeatureCollection, found an array$/);
  });

  it('a spec that is not JSON is worded in full by loadSpec and by the synchronous parseSpecText', async () => {
    let core = await freshCore();
    const lazy = await core.loadSpec({ text: '{"version": 1,,}', url: BASE }).catch((e) => e);
    expect(lazy.message).toMatch(/^https:\/\/example\.org\/specs\/wuxuan\.json 不是有效的 JSON：第 1 行第 15 列/);
    core = await freshCore();
    let sync: unknown;
    try {
      core.parseSpecText('{"version": 1,,}', BASE);
    } catch (error) {
      sync = error;
    }
    expect((sync as Error).message).toMatch(/^https:\/\/example\.org\/specs\/wuxuan\.json 不是有效的 JSON：第 1 行第 15 列/);
  });

  it('made before its words are in (by hand, without awaiting them), an error still says its kind and URL, never a blank', async () => {
    const core = await freshCore();
    const error = new core.DataLoadError({ kind: 'not-found', url: 'https://example.org/a.json', path: '/datasets/a/url' });
    expect(error.message).toBe('[not-found] https://example.org/a.json');
    await core.loadLoadErrorWords();
    // Worded on demand (`issue`, what describeFailure shows) once they are.
    expect(error.issue('zh-CN').message).toBe('找不到数据文件 https://example.org/a.json');
  });
});
