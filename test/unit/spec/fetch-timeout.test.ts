/** `fetchTimeout`: a duration from MIN_FETCH_TIMEOUT_MS to MAX_FETCH_TIMEOUT_MS, default 30 s. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { described } from './described.ts';
import { DEFAULT_FETCH_TIMEOUT_MS, MAX_FETCH_TIMEOUT_MS, MIN_FETCH_TIMEOUT_MS, validateSpec } from '../../../packages/spec/src/index.ts';

const dashboard = () => JSON.parse(readFileSync('test/fixtures/specs/valid/dashboard.json', 'utf8'));

describe('fetchTimeout', () => {
  it('lies between 1 s and 5 min, 30 s by default', () => {
    expect([MIN_FETCH_TIMEOUT_MS, MAX_FETCH_TIMEOUT_MS, DEFAULT_FETCH_TIMEOUT_MS]).toEqual([1000, 300_000, 30_000]);
  });

  it('the bounds and anything between are fine', () => {
    for (const fetchTimeout of ['1s', '1000ms', '30s', '2m', '5m']) expect(validateSpec({ ...dashboard(), fetchTimeout }).errors, fetchTimeout).toEqual([]);
  });

  it('too short or too long: the range, in both languages', () => {
    expect(described({ ...dashboard(), fetchTimeout: '500ms' })).toEqual([{
      code: 'fetch-timeout-out-of-range', path: '/fetchTimeout',
      zh: ['请求超时 "500ms" 超出范围，应在 1s 到 5m 之间。', '超过这个时长仍未返回的数据请求按失败处理并稍后重试；一般写 "30s"。'],
      en: ['Fetch timeout "500ms" is out of range; it must be from 1s to 5m.', 'A data request still unanswered after this long counts as failed and is retried later; "30s" is usual.'],
    }]);
    expect(described({ ...dashboard(), fetchTimeout: '10m' }).map((e) => e.code)).toEqual(['fetch-timeout-out-of-range']);
  });

  it('a malformed duration is bad-duration; a number is a schema error', () => {
    expect(described({ ...dashboard(), fetchTimeout: '30 seconds' }).map((e) => [e.code, e.path])).toEqual([['bad-duration', '/fetchTimeout']]);
    expect(validateSpec({ ...dashboard(), fetchTimeout: 30000 }).valid).toBe(false);
  });

  it('on a single-view document too', () => {
    const spec = { version: 1, kind: 'kpi', id: 'k', items: [{ label: '热线来电', value: 152 }], fetchTimeout: '0.1s' };
    expect(described(spec).map((e) => [e.code, e.path])).toEqual([['fetch-timeout-out-of-range', '/fetchTimeout']]);
  });
});
