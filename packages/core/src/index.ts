/**
 * @tongxin/core — formatting, themes, data loading and one compile function
 * per view kind. Pure: runs in Node and the browser alike.
 */
export type * from './model.ts';

// UI strings
export { messages, activityKindName, stationKindName } from './messages.ts';
export type { Messages, LoadProgress, DashboardMessages, LoadErrorWords, FundGrouping, DataLoadErrorKind, RegionLevel, Magnitude } from './messages.ts';

// Formatting
export { formatAmount, type AmountFormatOptions } from './format/format-amount.ts';
export { formatExactYuan } from './format/format-exact-yuan.ts';
export { formatCount, type CountFormatOptions } from './format/format-count.ts';
export { formatPercent } from './format/format-percent.ts';
export { formatDecimal, type DecimalOptions } from './format/number-format.ts';
export { formatValue, type ValueFormatOptions } from './format/format-value.ts';
export { qualifierWord } from './format/qualifier-word.ts';
export { amountMagnitude, magnitudeScale } from './format/amount-magnitude.ts';
export { escapeHtml } from './format/escape-html.ts';

// Themes
export { themeTokens, type ThemeTokens } from './theme/theme-tokens.ts';
export { echartsTheme } from './theme/echarts-theme.ts';
export { svgSafeFontFamily } from './theme/svg-safe-font-family.ts';
export { cssCustomProperties, tokensFromCss, resolveTokenColors, type CssCustomProperty } from './theme/css-custom-properties.ts';
export { toHexColor, parseColor, contrastRatio } from './theme/contrast.ts';

// The pipeline: spec → loaded data → drawn view, the same for every consumer (see pipeline/index.ts)
export * from './pipeline/index.ts';
export { chartSvg, type SvgEcharts, type ChartSvgOptions } from './render/chart-svg.ts';
export { guardZrenderCaches } from './render/guard-zrender-caches.ts';

// Loading
export { loadData, type LoadDataOptions } from './load/load-data.ts';
export { DataLoadError, loadLoadErrorWords, useLoadErrorWords, hasLoadErrorWords, type DataLoadIssue, type DataLoadErrorInit } from './load/data-load-error.ts';
export { ReadRefusal, type ReadRefusalKind } from './load/read-refusal.ts';
export { readDeadline, type ReadDeadline } from './load/read-deadline.ts';
export { resolveDatasetUrl } from './load/resolve-dataset-url.ts';
export { jsonPointer } from './load/json-pointer.ts';
export { datasetFormat } from './load/dataset-format.ts';
export { DatasetShapeError, preloadGeometryReader, type FoundShape } from './load/read-dataset-content.ts';
export { parseJsonText, type JsonParseResult, type JsonSyntaxProblem } from './load/parse-json-text.ts';

// Compiling views
export { compileView } from './compile/compile-view.ts';
export { compileCountyMap } from './compile/county-map.ts';
export { compileStationCoverage } from './compile/station-coverage.ts';
export { compileActivityTrend } from './compile/activity-trend.ts';
export { compileFundChart } from './compile/fund-chart.ts';
export { compileKpi } from './compile/kpi.ts';
export { toCSV } from './compile/to-csv.ts';
export { selectRecords } from './compile/view-records.ts';
export { periodRange, periodIndex, periodLabel, type PeriodGranularity } from './compile/period-range.ts';
export { combineQualifiers } from './compile/combine-qualifiers.ts';
export { tooltipHtml, type TooltipLine } from './compile/tooltip-html.ts';

// Dashboard: fit-to-screen, grid, refresh scheduling, linked selection, tour (see dashboard/index.ts)
export * from './dashboard/index.ts';
// Reading tables outside a spec (`tongxin import`) and the cell readers: `@tongxin/core/table`, so a
// page whose datasets are plain JSON loads none of that code (see load/table-code.ts).
