import type { ThemeName } from '@tongxin/spec';

/**
 * Design tokens: the few colours and sizes every view is drawn with. Each
 * token has a CSS custom property (`cssCustomProperties`), so a portal can
 * restyle the charts from its stylesheet and the element maps the computed
 * values back with `tokensFromCss`.
 */
export interface ThemeTokens {
  name: ThemeName;
  background: string;
  surface: string;
  text: string;
  textMuted: string;
  axis: string;
  grid: string;
  /** Categorical series colours, in order. */
  palette: string[];
  /** Choropleth ramp, low → high. */
  ramp: string[];
  regionFill: string;
  regionBorder: string;
  emphasis: string;
  selected: string;
  covered: string;
  uncovered: string;
  serviceArea: string;
  tooltipBackground: string;
  tooltipText: string;
  fontFamily: string;
  fontSize: number;
}

// Names quoted with ': the font goes into attributes of the SVG ECharts writes (svg-safe-font-family.ts).
const FONT = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif";

const portal: ThemeTokens = {
  name: 'portal',
  background: 'transparent',
  surface: '#ffffff',
  text: '#1f2329',
  textMuted: '#5c6370',
  axis: '#8a919f',
  grid: '#e5e8ef',
  palette: ['#c23531', '#2f6fb6', '#e0962c', '#3a9d6b', '#7b5ea7', '#1c9aa6', '#b0603a', '#6b7a8f'],
  // Calm blues for measures and coverage: CPPCC red stays an accent (first series, selection,
  // markers), never a fill, so nothing on a map reads as an alarm. The lightest ramp step
  // is still clearly tinted, apart from regionFill (no value).
  ramp: ['#cfe1f1', '#9dc2e3', '#6a9fcf', '#3a6fa8', '#1f4a7a'],
  regionFill: '#eef1f6',
  regionBorder: '#ffffff',
  emphasis: '#f0b429',
  selected: '#c23531',
  covered: '#9dc2e3',
  // Uncovered: neutral grey, also hatched and labelled 未覆盖 (never colour alone).
  uncovered: '#e4e5e8',
  serviceArea: 'rgba(194, 53, 49, 0.12)',
  tooltipBackground: 'rgba(255, 255, 255, 0.96)',
  tooltipText: '#1f2329',
  fontFamily: FONT,
  fontSize: 12,
};

const bigscreen: ThemeTokens = {
  name: 'bigscreen',
  background: 'transparent',
  surface: '#0b1e3f',
  text: '#e6f1ff',
  textMuted: '#8fa8c8',
  axis: '#5d7ba3',
  grid: 'rgba(93, 123, 163, 0.3)',
  palette: ['#3fd0ff', '#ffc53d', '#ff6b6b', '#5be39b', '#b38cff', '#ff9f43', '#4d8dff', '#a0b4cc'],
  // The darkest step stays apart from regionFill (no value).
  ramp: ['#17548f', '#1a72b8', '#2196e0', '#4fc3f7', '#b3ecff'],
  regionFill: '#123463',
  regionBorder: '#3fa7ff',
  emphasis: '#ffc53d',
  selected: '#ff9f43',
  // Deep enough that the cyan markers and light names stand out on it.
  covered: '#1d5c96',
  uncovered: '#3b4660',
  serviceArea: 'rgba(63, 208, 255, 0.15)',
  tooltipBackground: 'rgba(6, 22, 48, 0.92)',
  tooltipText: '#e6f1ff',
  fontFamily: FONT,
  fontSize: 16,
};

const THEMES: Record<ThemeName, ThemeTokens> = { portal, bigscreen };

/** The default tokens of a theme (a copy: callers may override fields). */
export function themeTokens(name: ThemeName = 'portal'): ThemeTokens {
  const tokens = THEMES[name] ?? portal;
  return { ...tokens, palette: [...tokens.palette], ramp: [...tokens.ramp] };
}
