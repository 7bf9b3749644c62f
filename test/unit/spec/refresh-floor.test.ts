/** `refresh` no shorter than MIN_REFRESH_MS, a tour's `interval` no shorter than MIN_TOUR_INTERVAL_MS. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { described } from './described.ts';
import { MIN_REFRESH_MS, MIN_TOUR_INTERVAL_MS, parseDuration, validateSpec } from '../../../packages/spec/src/index.ts';
import { longerDuration } from '../../../packages/spec/src/check/document.ts';

const dashboard = () => JSON.parse(readFileSync('test/fixtures/specs/valid/dashboard.json', 'utf8'));

describe('refresh floor', () => {
  it('is 5 seconds; the tour\'s is 1 second', () => {
    expect(MIN_REFRESH_MS).toBe(5000);
    expect(MIN_TOUR_INTERVAL_MS).toBe(1000);
  });

  it('1ms: too short, "did you mean 1m?"', () => {
    expect(described({ ...dashboard(), refresh: '1ms' })).toEqual([{
      code: 'refresh-too-short', path: '/refresh',
      zh: ['刷新间隔 "1ms" 太短，至少要 5s。', '是不是 "1m"？'],
      en: ['Refresh interval "1ms" is too short; the minimum is 5s.', 'Did you mean "1m"?'],
    }]);
  });

  it('suggests the same number in the first larger unit that is long enough', () => {
    expect(described({ ...dashboard(), refresh: '30ms' })[0].en[1]).toBe('Did you mean "30s"?');
    expect(described({ ...dashboard(), refresh: '2s' })[0].en[1]).toBe('Did you mean "2m"?');
    expect(['1ms', '5ms', '60ms', '4s', '0.5s', '500ms', '4999ms'].map((text) => longerDuration(text, MIN_REFRESH_MS))).toEqual(['1m', '5s', '60s', '4m', undefined, undefined, undefined]);
  });

  it('without a likely typo, says what to write', () => {
    expect(described({ ...dashboard(), refresh: '4999ms' })).toEqual([{
      code: 'refresh-too-short', path: '/refresh',
      zh: ['刷新间隔 "4999ms" 太短，至少要 5s。', '大屏每次刷新都会重新请求门户的接口；写成 5s 或更长，如 "60s"、"5m"。'],
      en: ['Refresh interval "4999ms" is too short; the minimum is 5s.', 'Every refresh fetches from the portal\'s API again; write 5s or longer, e.g. "60s" or "5m".'],
    }]);
  });

  it('the floor itself, and anything longer, is fine; a malformed duration is still bad-duration', () => {
    for (const refresh of ['5s', '5000ms', '0.1m', '60s', '1h']) expect(validateSpec({ ...dashboard(), refresh }).errors, refresh).toEqual([]);
    expect(parseDuration('5000ms')).toBe(MIN_REFRESH_MS);
    expect(described({ ...dashboard(), refresh: '1 minute' }).map((e) => e.code)).toEqual(['bad-duration']);
  });

  it('a single-view document\'s refresh too', () => {
    const spec = { version: 1, kind: 'kpi', id: 'k', items: [{ label: '热线来电', value: 152 }], refresh: '1s' };
    expect(described(spec).map((e) => [e.code, e.path, e.en[1]])).toEqual([['refresh-too-short', '/refresh', 'Did you mean "1m"?']]);
  });

  it('a tour interval under a second', () => {
    const spec = dashboard();
    spec.tour.interval = '100ms';
    expect(described(spec)).toEqual([{
      code: 'tour-interval-too-short', path: '/tour/interval',
      zh: ['巡游间隔 "100ms" 太短，至少要 1s。', '每个区域要停留到能读出名字，如 "8s"。'],
      en: ['Tour interval "100ms" is too short; the minimum is 1s.', 'Stay on each region long enough to read its name, e.g. "8s".'],
    }]);
    spec.tour.interval = '1s';
    expect(validateSpec(spec).errors).toEqual([]);
  });
});
