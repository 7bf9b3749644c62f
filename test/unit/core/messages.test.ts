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
