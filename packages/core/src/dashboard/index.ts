// Pure logic of <tx-dashboard>: fitting a design size to a screen, grid placement,
// refresh scheduling with back-off, linked selection, the highlight tour, and its strings.
export { fitScale, type FitMode, type FitResult, type Size } from './fit-scale.ts';
export { canvasPixelRatio, MAX_CANVAS_PIXEL_RATIO } from './canvas-pixel-ratio.ts';
export { resolveLayout, DEFAULT_LAYOUT, type ResolvedLayout } from './resolve-layout.ts';
export { gridCellRect, gridRowCount, type Rect } from './grid-cell-rect.ts';
export { parseDuration } from './parse-duration.ts';
export { systemClock, TrackedTimers, type Clock } from './clock.ts';
export { backoffDelay, DEFAULT_MAX_BACKOFF, type BackoffOptions } from './backoff-delay.ts';
export {
  RefreshScheduler,
  type Fetcher,
  type RefreshSchedulerOptions,
  type RefreshState,
  type RefreshStats,
  type RefreshStatus,
} from './refresh-scheduler.ts';
export { applyLinks, toggleSelection, isLinkSource, DEFAULT_LINK_FIELD, type ViewSelection } from './apply-links.ts';
export { TourSequencer, type TourOptions, type TourPauses } from './tour-sequencer.ts';
export { formatAge, formatRefreshTime } from './format-age.ts';
export { refreshableDatasets, datasetsForUrl } from './refreshable-datasets.ts';
export { summarizeRefresh, type RefreshSummary } from './refresh-summary.ts';
export { autoPlace } from './auto-place.ts';
export { viewDatasetIds } from './view-datasets.ts';
export { dashboardRegions, HEADER_HEIGHT, KPI_STRIP_HEIGHT, type DashboardRegions } from './dashboard-regions.ts';
export { resolveSelection } from './resolve-selection.ts';
export { sameDatasetContent } from './same-dataset-content.ts';
export {
  LastGoodCache,
  lastGoodKey,
  encodeLastGood,
  decodeLastGood,
  lastGoodEvictions,
  DEFAULT_LAST_GOOD_BOUNDS,
  type LastGoodStorage,
  type LastGoodBounds,
  type LastGoodEntry,
} from './last-good-cache.ts';
