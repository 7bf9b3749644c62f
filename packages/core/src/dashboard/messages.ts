import type { Locale } from '@tongxin/spec';

/**
 * Every string `<tx-dashboard>` shows, in zh-CN and en. Kept apart from the core's
 * messages.ts for now (another helper owns it); merge when both settle.
 */
export interface DashboardMessages {
  /** Header line: when the data last refreshed successfully. */
  updatedAt(time: string): string;
  /** Badge when a refresh failed and the last good data are shown. */
  stale(age: string): string;
  /** Badge tooltip / screen-reader text for the stale badge. */
  staleDetail(age: string, failures: number): string;
  /** A dataset could not be loaded at all; retrying. */
  loadFailed(dataset: string): string;
  loading: string;
  /** Chip naming the linked selection, e.g. 筛选：桐岭镇. */
  filteredBy(label: string): string;
  clearSelection: string;
  /** Source line under the title. */
  sources(titles: string[]): string;
  illustrative: string;
  tourPaused: string;
  tourRunning: string;
  /** Accessible name of the whole dashboard region. */
  dashboardLabel(title: string): string;
  /** Empty grid: the spec has no views. */
  noViews: string;
}

const zhCN: DashboardMessages = {
  updatedAt: (time) => `更新于 ${time}`,
  stale: (age) => `数据未更新 · ${age}`,
  staleDetail: (age, failures) => `最近 ${failures} 次刷新失败，显示的是 ${age}的数据`,
  loadFailed: (dataset) => `数据“${dataset}”加载失败，正在重试`,
  loading: '加载中…',
  filteredBy: (label) => `筛选：${label}`,
  clearSelection: '清除筛选',
  sources: (titles) => `来源：${titles.join('；')}`,
  illustrative: '示意数据',
  tourPaused: '轮播已暂停',
  tourRunning: '轮播中',
  dashboardLabel: (title) => `${title} 数据大屏`,
  noViews: '此大屏没有视图',
};

const en: DashboardMessages = {
  updatedAt: (time) => `Updated ${time}`,
  stale: (age) => `Stale · ${age}`,
  staleDetail: (age, failures) =>
    `The last ${failures} ${failures === 1 ? 'refresh' : 'refreshes'} failed; showing data from ${age}`,
  loadFailed: (dataset) => `Could not load dataset “${dataset}”; retrying`,
  loading: 'Loading…',
  filteredBy: (label) => `Filtered: ${label}`,
  clearSelection: 'Clear filter',
  sources: (titles) => `Source: ${titles.join('; ')}`,
  illustrative: 'Illustrative data',
  tourPaused: 'Tour paused',
  tourRunning: 'Touring',
  dashboardLabel: (title) => `${title} dashboard`,
  noViews: 'This dashboard has no views',
};

const byLocale: Record<Locale, DashboardMessages> = { 'zh-CN': zhCN, en };

/** The dashboard strings for a locale (zh-CN when unknown). */
export function dashboardMessages(locale: Locale | undefined): DashboardMessages {
  return byLocale[locale ?? 'zh-CN'] ?? zhCN;
}
