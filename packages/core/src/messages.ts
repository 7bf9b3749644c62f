/**
 * Every user-facing string of the core and the elements, in zh-CN and en.
 *
 * The ONE module for UI words: views, tables, summaries, states and load
 * errors all read from here, so a translator edits one file. Strings that
 * take values are functions; numbers reach them already formatted. (The words of
 * load errors are the exception: load/load-error-words.ts, imported when a load fails.)
 */
import type { Locale, Qualifier, StationKind, Unit } from '@tongxin/spec';
import type { FoundShape } from './load/read-dataset-content.ts';

export type FundGrouping = 'campaign' | 'purpose' | 'donor';
export type DataLoadErrorKind = 'not-found' | 'http' | 'network' | 'malformed-json' | 'invalid-data' | 'aborted' | ReadRefusalKind;
/** Reads a sandboxed loader (the CLI, `renderSpec()`) refuses or cuts short: see `ReadRefusal`. */
export type ReadRefusalKind = 'refused-file' | 'refused-origin' | 'timeout' | 'too-large';
export type RegionLevel = 'township' | 'county' | 'region';
export type Magnitude = 'one' | 'wan' | 'yi' | 'million' | 'billion';

/** Every string `<tx-dashboard>` shows (header, badges, chip, tour). */
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

/**
 * What a heavy load is doing, for the loading state (worded by `loadingStep`). Counts reach the
 * words already formatted: `records` as the spec holds them, `done`/`total` while records arrive.
 */
export interface LoadProgress {
  step: 'parse' | 'validate' | 'load' | 'receive';
  /** Records the spec holds (validate, load), formatted. */
  records?: string;
  /** Records received so far and in all (receive), formatted. */
  done?: string;
  total?: string;
}

/**
 * The words of load errors (`DataLoadError`): one message per kind, and its hint. Not part of
 * `messages()`: load-error-words.ts, imported when a load fails (`loadLoadErrorWords`), so a
 * page that draws carries none of them before its first render (bench/size.ts).
 */
export interface LoadErrorWords {
  'not-found': (p: { url: string }) => string;
  http: (p: { url: string; status: number; statusText?: string }) => string;
  network: (p: { url: string; detail?: string }) => string;
  /** `problem`: the syntax problem, already in the locale. */
  'malformed-json': (p: { url: string; line?: number; column?: number; problem?: string }) => string;
  /** `reason`: why, already in the locale (a shape, a geometry problem). */
  'invalid-data': (p: { url: string; reason?: string }) => string;
  /** What a dataset's content is instead of what its format expects. */
  shape: (p: { expected: 'records' | 'geojson' | 'topojson'; found: FoundShape }) => string;
  aborted: (p: { url: string }) => string;
  /** A file outside the spec's root (or not a regular file): refused before any read, existing or not. */
  'refused-file': (p: { url: string }) => string;
  /** An origin not allowed (the URL itself, or a redirect's target): refused before any request. */
  'refused-origin': (p: { url: string }) => string;
  /** `seconds`: the time limit. */
  timeout: (p: { url: string; seconds: number }) => string;
  /** `megabytes`: the size cap. */
  'too-large': (p: { url: string; megabytes: number }) => string;
  /** How to fix it: shown as the error's hint. */
  hint: Record<DataLoadErrorKind, string>;
}

export interface Messages {
  // States the elements show.
  loading: string;
  /** The loading state of a heavy spec: which step runs, with counts. */
  loadingStep: (p: LoadProgress) => string;
  empty: string;
  errorTitle: string;
  retry: string;
  illustrative: string;
  illustrativeRegions: string;
  /** Last good data shown after a failed refresh. */
  stale: (minutes: number) => string;
  attribution: (text: string) => string;
  sourcePrefix: string;
  back: string;
  dataTable: string;
  downloadCsv: string;

  // Number words.
  /** Words for a qualifier when shown on its own (table column, legend). */
  qualifierWord: Record<Qualifier, string>;
  /** Unit words after a count; `count` has none. */
  unitWord: Record<Unit, string>;
  yuan: string;
  /** Magnitude words: zh 万/亿, en thousand is not used (700,000 yuan), million/billion. */
  magnitude: Record<Magnitude, string>;
  /** The unit of an axis in a magnitude: 万元, million yuan. */
  amountUnit: (magnitude: Magnitude) => string;
  /**
   * Put a qualifier around a formatted figure. `number` is already formatted,
   * `magnitude` a word from `magnitude` or '', `unit` the unit word or ''.
   * zh-CN convention: over → 余 right after the digits (500余万元, 20余场) except
   * in 亿, where it follows 亿 (9亿余元); about → 约 before (约70万元);
   * at-least → 以上 after (10万元以上); percentages: 超过92%, 约92%, 92%以上.
   * en: the word before the figure: over / about / at least.
   */
  qualify: (p: { number: string; magnitude?: string; unit?: string; qualifier?: Qualifier; percent?: boolean }) => string;

  // Domain vocabulary (glossary).
  activityKind: Record<string, string>;
  stationKind: Record<StationKind, string>;
  fundGrouping: Record<FundGrouping, string>;
  regionLevel: Record<RegionLevel, string>;

  // Table captions and column labels.
  caption: {
    countyMap: (title: string) => string;
    stationCoverage: (title: string) => string;
    stations: string;
    activityTrend: (title: string) => string;
    fundChart: (title: string) => string;
    kpi: (title: string) => string;
  };
  column: {
    code: string;
    region: string;
    value: string;
    stations: string;
    countedStations: string;
    covered: string;
    period: string;
    kind: string;
    amount: string;
    exactAmount: string;
    qualifier: string;
    source: string;
    date: string;
    cumulative: string;
    label: string;
    previous: string;
    change: string;
    share: string;
    village: string;
  };
  yes: string;
  no: string;
  covered: string;
  uncovered: string;
  noMeasure: string;
  /** Group of records that name no campaign/purpose/donor. */
  otherGroup: string;
  raised: string;
  target: string;
  serviceArea: (radius: string) => string;

  // Summaries, generated from the data.
  summary: {
    countyMap: (p: { title?: string; count: number; level: RegionLevel; measure?: string; max?: { name: string; value: string } }) => string;
    stationCoverage: (p: { title?: string; total: number; covered: number; rate: string; level: RegionLevel; uncovered: string[]; stations: number }) => string;
    activityTrend: (p: { title?: string; first: string; last: string; series: { name: string; from: string; to: string }[] }) => string;
    fundBar: (p: { title?: string; total: string; groups: number; top?: { name: string; amount: string } }) => string;
    fundProgress: (p: { title?: string; raised: string; target: string; percent: string }) => string;
    fundCumulative: (p: { title?: string; total: string; from: string; to: string }) => string;
    kpi: (p: { title?: string; items: { label: string; value: string }[] }) => string;
  };
  change: (p: { delta: string; up: boolean }) => string;
  /** A difference of two percentages: 72个百分点, not 72%. */
  percentagePoints: (delta: string) => string;

  // Views the pipeline cannot pick or compile (steps 6 and 7).
  viewError: {
    /** No view of this element's kind, or no view with the requested id. */
    'no-view': (p: { kind?: string; view?: string; views: string[] }) => string;
    'compile-failed': (p: { view: string; detail: string }) => string;
    hint: { 'no-view': (p: { views: string[] }) => string; 'compile-failed': string };
  };

  /** `<tx-dashboard>`'s own words. */
  dashboard: DashboardMessages;
}

const titled = (title: string | undefined, sep: string) => (title ? `${title}${sep}` : '');

const zhCN: Messages = {
  loading: '加载中…',
  loadingStep: (p) => {
    switch (p.step) {
      case 'parse': return '正在解析规范…';
      case 'validate': return p.records ? `正在校验 ${p.records} 条记录…` : '正在校验规范…';
      case 'load': return '正在加载数据…';
      case 'receive': return `正在接收数据… ${p.done ?? '0'} / ${p.total ?? '0'} 条`;
    }
  },
  empty: '暂无数据',
  errorTitle: '无法显示图表',
  retry: '重试',
  illustrative: '示意数据',
  illustrativeRegions: '示意区划',
  stale: (m) => `数据已过期 · ${m} 分钟前`,
  attribution: (t) => `底图：${t}`,
  sourcePrefix: '来源：',
  back: '返回上级',
  dataTable: '数据表',
  downloadCsv: '下载 CSV',

  qualifierWord: { over: '余', about: '约', 'at-least': '以上' },
  unitWord: { count: '', percent: '%', yuan: '元', 'person-times': '人次', people: '人', mu: '亩', 'work-days': '个工日' },
  yuan: '元',
  magnitude: { one: '', wan: '万', yi: '亿', million: '百万', billion: '十亿' },
  amountUnit: (m) => `${zhCN.magnitude[m]}元`,
  qualify: ({ number, magnitude = '', unit = '', qualifier, percent }) => {
    switch (qualifier) {
      case 'about':
        return `约${number}${magnitude}${unit}`;
      case 'at-least':
        return `${number}${magnitude}${unit}以上`;
      case 'over':
        if (percent) return `超过${number}${unit}`;
        return magnitude === '亿' ? `${number}亿余${unit}` : `${number}余${magnitude}${unit}`;
      default:
        return `${number}${magnitude}${unit}`;
    }
  },

  activityKind: {
    consultation: '协商',
    inspection: '视察',
    survey: '调研',
    supervision: '民主监督',
    proposal: '提案',
    'public-opinion': '社情民意信息',
    reading: '读书',
    training: '培训',
    volunteering: '志愿服务',
    outreach: '宣讲',
    'small-consultation': '小微协商',
    'consultation-supervision': '协商监督',
    'culture-outreach': '送文化进基层',
    'legal-outreach': '法治宣讲',
    'medical-outreach': '送医下乡',
    'residents-meeting': '居民议事会',
    'hotline-enterprise': '企业诉求',
    'hotline-public': '群众诉求',
    // 犍为: 委员参与率、成果转化率、群众认可率
    'participation-rate': '委员参与率',
    'adoption-rate': '成果转化率',
    'approval-rate': '群众认可率',
  },
  stationKind: {
    liaison: '政协工作联络站',
    'deputies-studio': '“两代表一委员”工作室',
    'sector-studio': '界别委员工作室',
    'reading-point': '委员书屋',
    'consultation-point': '协商议事室',
    'industry-base': '委员产业基地',
  },
  fundGrouping: { campaign: '项目', purpose: '用途', donor: '捐赠方' },
  regionLevel: { township: '乡镇', county: '县（市、区）', region: '区域' },

  caption: {
    countyMap: (t) => `${titled(t, '：')}各区域数值`,
    stationCoverage: (t) => `${titled(t, '：')}各乡镇联络站覆盖情况`,
    stations: '站点列表',
    activityTrend: (t) => `${titled(t, '：')}各时期活动数据`,
    fundChart: (t) => `${titled(t, '：')}资金筹集情况`,
    kpi: (t) => `${titled(t, '：')}主要指标`,
  },
  column: {
    code: '代码',
    region: '区域',
    value: '数值',
    stations: '站点数',
    countedStations: '计入覆盖的站点',
    covered: '是否覆盖',
    period: '时期',
    kind: '类别',
    amount: '金额',
    exactAmount: '金额（元）',
    qualifier: '约数说明',
    source: '来源',
    date: '日期',
    cumulative: '累计',
    label: '指标',
    previous: '上期',
    change: '变化',
    share: '占比',
    village: '村',
  },
  yes: '是',
  no: '否',
  covered: '已覆盖',
  uncovered: '未覆盖',
  noMeasure: '无数据',
  otherGroup: '其他',
  raised: '已筹集',
  target: '目标',
  serviceArea: (r) => `服务半径 ${r}`,

  summary: {
    countyMap: ({ title, count, level, measure, max }) =>
      `${titled(title, '：')}${count} 个${zhCN.regionLevel[level]}` +
      (measure && max ? `，${measure}最高的是${max.name}（${max.value}）` : ''),
    stationCoverage: ({ title, total, covered, rate, level, uncovered, stations }) =>
      `${titled(title, '：')}${total} 个${zhCN.regionLevel[level]}，联络站覆盖率 ${rate}（${covered}/${total}，共 ${stations} 个站点）` +
      (uncovered.length ? `，未覆盖：${uncovered.join('、')}` : ''),
    activityTrend: ({ title, first, last, series }) =>
      `${titled(title, '：')}${first}至${last}，` + series.map((s) => `${s.name}从 ${s.from} 到 ${s.to}`).join('；'),
    fundBar: ({ title, total, groups, top }) =>
      `${titled(title, '：')}共 ${groups} 项，合计${total}` + (top ? `，最多的是${top.name}（${top.amount}）` : ''),
    fundProgress: ({ title, raised, target, percent }) => `${titled(title, '：')}已筹集${raised}，目标${target}，完成 ${percent}`,
    fundCumulative: ({ title, total, from, to }) => `${titled(title, '：')}${from}至${to}累计筹集${total}`,
    kpi: ({ title, items }) => `${titled(title, '：')}` + items.map((i) => `${i.label} ${i.value}`).join('；'),
  },
  change: ({ delta, up }) => (up ? `比上期增加 ${delta}` : `比上期减少 ${delta}`),
  percentagePoints: (d) => `${d}个百分点`,

  viewError: {
    'no-view': ({ kind, view, views }) =>
      view !== undefined ? `规范里没有 id 为 ${JSON.stringify(view)} 的视图${kind ? `（类型 ${kind}）` : ''}`
        : kind ? `规范里没有 ${kind} 类型的视图` : `规范有 ${views.length} 个视图，请指明画哪一个（--view 或 view 属性）`,
    // The internal detail is English (a stack's message): kept in the error's params, not in a Chinese line.
    'compile-failed': ({ view }) => `视图 ${JSON.stringify(view)} 无法生成图表（内部错误）`,
    hint: {
      'no-view': ({ views }) => (views.length ? `可用的视图：${views.map((v) => JSON.stringify(v)).join('、')}。` : '规范里还没有视图。'),
      'compile-failed': '这是同心的缺陷，请把规范文件附在问题报告里。',
    },
  },
  dashboard: {
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
  },
};

const en: Messages = {
  loading: 'Loading…',
  loadingStep: (p) => {
    switch (p.step) {
      case 'parse': return 'Parsing the spec…';
      case 'validate': return p.records ? `Validating ${p.records} records…` : 'Validating the spec…';
      case 'load': return 'Loading data…';
      case 'receive': return `Receiving data… ${p.done ?? '0'} / ${p.total ?? '0'} records`;
    }
  },
  empty: 'No data',
  errorTitle: 'The chart cannot be shown',
  retry: 'Retry',
  illustrative: 'Illustrative data',
  illustrativeRegions: 'Illustrative boundaries',
  stale: (m) => `Data out of date · ${m} min ago`,
  attribution: (t) => `Map: ${t}`,
  sourcePrefix: 'Source: ',
  back: 'Back',
  dataTable: 'Data table',
  downloadCsv: 'Download CSV',

  qualifierWord: { over: 'over', about: 'about', 'at-least': 'at least' },
  unitWord: { count: '', percent: '%', yuan: 'yuan', 'person-times': 'person-times', people: 'people', mu: 'mu', 'work-days': 'work-days' },
  yuan: 'yuan',
  magnitude: { one: '', wan: '10,000', yi: '100 million', million: 'million', billion: 'billion' },
  amountUnit: (m) => (m === 'one' ? 'yuan' : `${en.magnitude[m]} yuan`),
  qualify: ({ number, magnitude = '', unit = '', qualifier }) => {
    const figure = [number, magnitude, unit].filter(Boolean).join(' ');
    return qualifier ? `${en.qualifierWord[qualifier]} ${figure}` : figure;
  },

  activityKind: {
    consultation: 'Consultation',
    inspection: 'Inspection',
    survey: 'Survey',
    supervision: 'Supervision',
    proposal: 'Proposal',
    'public-opinion': 'Public-opinion report',
    reading: 'Reading',
    training: 'Training',
    volunteering: 'Volunteering',
    outreach: 'Outreach',
    'small-consultation': 'Small consultation',
    'consultation-supervision': 'Consultation and supervision',
    'culture-outreach': 'Culture outreach',
    'legal-outreach': 'Legal outreach',
    'medical-outreach': 'Medical outreach',
    'residents-meeting': "Residents' meeting",
    'hotline-enterprise': 'Hotline: enterprises',
    'hotline-public': 'Hotline: public',
    'participation-rate': 'Member participation',
    'adoption-rate': 'Adoption rate',
    'approval-rate': 'Public approval',
  },
  stationKind: {
    liaison: 'Liaison station',
    'deputies-studio': 'Deputies-and-member studio',
    'sector-studio': 'Sector studio',
    'reading-point': 'Reading point',
    'consultation-point': 'Consultation point',
    'industry-base': "Members' industry base",
  },
  fundGrouping: { campaign: 'Campaign', purpose: 'Purpose', donor: 'Donor' },
  regionLevel: { township: 'townships', county: 'counties', region: 'regions' },

  caption: {
    countyMap: (t) => `${titled(t, ': ')}values by region`,
    stationCoverage: (t) => `${titled(t, ': ')}liaison-station coverage by township`,
    stations: 'Stations',
    activityTrend: (t) => `${titled(t, ': ')}activity by period`,
    fundChart: (t) => `${titled(t, ': ')}funds raised`,
    kpi: (t) => `${titled(t, ': ')}headline figures`,
  },
  column: {
    code: 'Code',
    region: 'Region',
    value: 'Value',
    stations: 'Stations',
    countedStations: 'Stations counted',
    covered: 'Covered',
    period: 'Period',
    kind: 'Kind',
    amount: 'Amount',
    exactAmount: 'Amount (yuan)',
    qualifier: 'Qualifier',
    source: 'Source',
    date: 'Date',
    cumulative: 'Cumulative',
    label: 'Figure',
    previous: 'Previous',
    change: 'Change',
    share: 'Share',
    village: 'Village',
  },
  yes: 'yes',
  no: 'no',
  covered: 'Covered',
  uncovered: 'Not covered',
  noMeasure: 'No data',
  otherGroup: 'Other',
  raised: 'Raised',
  target: 'Target',
  serviceArea: (r) => `Service radius ${r}`,

  summary: {
    countyMap: ({ title, count, level, measure, max }) =>
      `${titled(title, ': ')}${count} ${en.regionLevel[level]}` +
      (measure && max ? `; highest ${measure}: ${max.name} (${max.value})` : ''),
    stationCoverage: ({ title, total, covered, rate, level, uncovered, stations }) =>
      `${titled(title, ': ')}${total} ${en.regionLevel[level]}, liaison-station coverage ${rate} (${covered}/${total}, ${stations} stations)` +
      (uncovered.length ? `; not covered: ${uncovered.join(', ')}` : ''),
    activityTrend: ({ title, first, last, series }) =>
      `${titled(title, ': ')}${first} to ${last}: ` + series.map((s) => `${s.name} from ${s.from} to ${s.to}`).join('; '),
    fundBar: ({ title, total, groups, top }) =>
      `${titled(title, ': ')}${groups} items, ${total} in total` + (top ? `; largest: ${top.name} (${top.amount})` : ''),
    fundProgress: ({ title, raised, target, percent }) => `${titled(title, ': ')}${raised} raised of a ${target} target (${percent})`,
    fundCumulative: ({ title, total, from, to }) => `${titled(title, ': ')}${total} raised from ${from} to ${to}`,
    kpi: ({ title, items }) => `${titled(title, ': ')}` + items.map((i) => `${i.label} ${i.value}`).join('; '),
  },
  change: ({ delta, up }) => (up ? `up ${delta} on the previous period` : `down ${delta} on the previous period`),
  percentagePoints: (d) => `${d} percentage points`,

  viewError: {
    'no-view': ({ kind, view, views }) =>
      view !== undefined ? `The spec has no view with id ${JSON.stringify(view)}${kind ? ` (kind ${kind})` : ''}`
        : kind ? `The spec has no view of kind ${kind}` : `The spec has ${views.length} views; say which one to draw (--view or the view attribute)`,
    'compile-failed': ({ view, detail }) => `View ${JSON.stringify(view)} could not be compiled: ${detail}`,
    hint: {
      'no-view': ({ views }) => (views.length ? `Views: ${views.map((v) => JSON.stringify(v)).join(', ')}.` : 'The spec has no views yet.'),
      'compile-failed': 'This is a bug in Tongxin: please attach the spec to an issue.',
    },
  },
  dashboard: {
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
  },
};

const catalogue: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** The UI strings for a locale; unknown locales fall back to zh-CN. */
export function messages(locale: Locale): Messages {
  return catalogue[locale] ?? zhCN;
}

/** Name of an activity kind in the locale; unknown kinds are shown as written. */
export function activityKindName(kind: string, locale: Locale): string {
  const names = messages(locale).activityKind;
  return Object.hasOwn(names, kind) ? names[kind] : kind;
}

/** Name of a station kind in the locale. */
export function stationKindName(kind: string, locale: Locale): string {
  const names = messages(locale).stationKind as Record<string, string>;
  return Object.hasOwn(names, kind) ? names[kind] : kind;
}
