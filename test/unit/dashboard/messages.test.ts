import { describe, expect, it } from 'vitest';
import { formatAge, formatRefreshTime, messages } from '../../../packages/core/src/index.ts';

const dashboardMessages = (locale: string | undefined) => messages(locale as never).dashboard;

describe('formatAge', () => {
  it('says how old data are in whole units, rounded down', () => {
    expect(formatAge(3 * 60_000 + 59_000, 'zh-CN')).toBe('3分钟前');
    expect(formatAge(3 * 60_000 + 59_000, 'en')).toBe('3 minutes ago');
    expect(formatAge(45_000, 'en')).toBe('45 seconds ago');
    expect(formatAge(2 * 3_600_000, 'zh-CN')).toBe('2小时前');
    expect(formatAge(26 * 3_600_000, 'en')).toBe('1 day ago');
    expect(formatAge(200, 'en')).toBe('now');
    expect(formatAge(-5, 'zh-CN')).toBe('现在');
  });
});

describe('formatRefreshTime', () => {
  it('shows the wall-clock time of the last refresh, 24-hour', () => {
    const at = Date.UTC(2024, 4, 1, 14, 5, 9);
    expect(formatRefreshTime(at, 'zh-CN', 'UTC')).toBe('14:05:09');
    expect(formatRefreshTime(at, 'en', 'Asia/Shanghai')).toBe('22:05:09');
  });
});

describe('messages(locale).dashboard', () => {
  it('has every string in both languages, and zh-CN for an unknown locale', () => {
    const zh = dashboardMessages('zh-CN');
    const en = dashboardMessages('en');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(zh.stale(formatAge(120_000, 'zh-CN'))).toBe('数据未更新 · 2分钟前');
    expect(en.stale(formatAge(120_000, 'en'))).toBe('Stale · 2 minutes ago');
    expect(en.staleDetail('2 minutes ago', 1)).toContain('refresh failed');
    expect(en.staleDetail('2 minutes ago', 3)).toContain('3 refreshes failed');
    expect(zh.filteredBy('桐岭镇')).toBe('筛选：桐岭镇');
    expect(dashboardMessages(undefined).clearSelection).toBe('清除筛选');
    expect(dashboardMessages('fr' as never).clearSelection).toBe('清除筛选');
  });
});
