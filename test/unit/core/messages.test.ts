import { describe, expect, it } from 'vitest';
import { activityKindName, messages, stationKindName } from '../../../packages/core/src/index.ts';

describe('messages', () => {
  it('has the state strings in both locales', () => {
    expect(messages('zh-CN').stale(5)).toBe('数据已过期 · 5 分钟前');
    expect(messages('en').stale(5)).toBe('Data out of date · 5 min ago');
    expect([messages('zh-CN').illustrative, messages('zh-CN').illustrativeRegions]).toEqual(['示意数据', '示意区划']);
    expect(messages('en').illustrative).toBe('Illustrative data');
  });

  it('names the same activity kinds in both locales', () => {
    expect(Object.keys(messages('en').activityKind).sort()).toEqual(Object.keys(messages('zh-CN').activityKind).sort());
    expect(activityKindName('public-opinion', 'zh-CN')).toBe('社情民意信息');
    expect(activityKindName('something-new', 'en')).toBe('something-new');
    expect(stationKindName('liaison', 'zh-CN')).toBe('政协工作联络站');
    expect(stationKindName('industry-base', 'en')).toBe("Members' industry base");
  });

  it('writes the coverage summary as the issue asks', () => {
    const p = { title: '武宣县', total: 10, covered: 10, rate: '100%', level: 'township' as const, uncovered: [], stations: 10 };
    expect(messages('zh-CN').summary.stationCoverage(p)).toBe('武宣县：10 个乡镇，联络站覆盖率 100%（10/10，共 10 个站点）');
    expect(messages('en').summary.stationCoverage(p)).toBe('武宣县: 10 townships, liaison-station coverage 100% (10/10, 10 stations)');
  });
});

describe('load errors in zh-CN carry no English', () => {
  // Identifiers a Chinese line may name (formats, field names, quoted values). Everything else English is a leak.
  const identifiers = /\bid\b|CORS|GeoJSON|TopoJSON|FeatureCollection|Topology|JSON|CSV|url|format|json|geojson|topojson/g;
  const url = 'https://portal.example/api/stations.json';
  const english = (text: string) => text.replaceAll(url, '').replace(/"[^"]*"|“[^”]*”/g, '').replace(identifiers, '').match(/[A-Za-z]{2,}/g) ?? [];

  it('network, syntax, shape and geometry failures are worded in Chinese only', async () => {
    const { DataLoadError, loadLoadErrorWords } = await import('../../../packages/core/src/index.ts');
    // Made here by hand, as the pipeline makes them: after their words are in (load-error-words.ts).
    await loadLoadErrorWords();
    const { GeoInputError } = await import('../../../packages/geo/src/index.ts');
    const { DatasetShapeError } = await import('../../../packages/core/src/load/read-dataset-content.ts');
    const errors = [
      new DataLoadError({ kind: 'network', url, path: '/datasets/s/url', detail: 'Failed to fetch' }),
      new DataLoadError({ kind: 'malformed-json', url, path: '/datasets/s/url', line: 3, column: 7, detail: 'CommaExpected' }),
      new DataLoadError({ kind: 'malformed-json', url, path: '/datasets/s/url', line: 3, column: 7, detail: 'Unexpected token } in JSON' }),
      new DataLoadError({ kind: 'invalid-data', url, path: '/datasets/s/url', cause: new DatasetShapeError('records', { kind: 'object', type: 'Feature' }) }),
      new DataLoadError({ kind: 'invalid-data', url, path: '/datasets/s/url', cause: new GeoInputError('region-without-code', { index: 2, codeProperty: 'code' }) }),
      new DataLoadError({ kind: 'invalid-data', url, path: '/datasets/s/url', detail: 'something went wrong' }),
      new DataLoadError({ kind: 'http', url, path: '/datasets/s/url', status: 503 }),
      new DataLoadError({ kind: 'not-found', url, path: '/datasets/s/url' }),
      // What the CLI's and renderSpec()'s sandbox refuses or cuts short.
      new DataLoadError({ kind: 'refused-file', url, path: '/datasets/s/url' }),
      new DataLoadError({ kind: 'refused-origin', url, path: '/datasets/s/url' }),
      new DataLoadError({ kind: 'timeout', url, path: '/datasets/s/url', limit: 10_000 }),
      new DataLoadError({ kind: 'too-large', url, path: '/datasets/s/url', limit: 20_000_000 }),
    ];
    for (const error of errors) {
      const { message, hint } = error.issue('zh-CN');
      expect(english(message), message).toEqual([]);
      expect(english(hint ?? ''), hint).toEqual([]);
      // The English wording keeps the detail for whoever reads it in English.
      expect(error.issue('en').message.length).toBeGreaterThan(0);
    }
    expect(errors[0].issue('en').message).toContain('Failed to fetch');
    expect(errors[3].issue('zh-CN').message).toContain('应为记录数组，这里是类型为 "Feature" 的对象');
    expect(errors.at(-2)!.issue('zh-CN').message).toBe(`读取 ${url} 超时（10 秒）`);
    expect(errors.at(-1)!.issue('en').message).toBe(`${url} is larger than the size cap (20 MB)`);
  });
});
