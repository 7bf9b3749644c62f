import { describe, expect, it } from 'vitest';
import { formatAge, formatRefreshTime, messages } from '../../../packages/core/src/index.ts';
import { intlCalledBy } from '../../intl-watch.ts';

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

  it("in the page's own time zone, writes what Intl writes, without building an Intl.DateTimeFormat", () => {
    const instants = [Date.UTC(2024, 4, 1, 14, 5, 9), Date.UTC(2024, 0, 1, 0, 0, 0), Date.UTC(2025, 11, 31, 23, 59, 59, 999), Date.UTC(2026, 2, 29, 1, 30)];
    const expected = instants.flatMap((at) => (['zh-CN', 'en'] as const).map((locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at)));
    let written: string[] = [];
    expect(intlCalledBy(() => {
      written = instants.flatMap((at) => (['zh-CN', 'en'] as const).map((locale) => formatRefreshTime(at, locale)));
    })).toEqual([]);
    expect(written).toEqual(expected);
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
