import { parseDate } from '../dates.ts';
import { parseDuration } from '../duration.ts';
import { MAP_VIEW_KINDS } from '../kinds.ts';
import { MAX_FETCH_TIMEOUT_MS, MIN_FETCH_TIMEOUT_MS, MIN_REFRESH_MS, MIN_TOUR_INTERVAL_MS } from '../limits.ts';
import { pointerChild } from '../pointer.ts';
import type { DashboardSpec } from '../types.ts';
import { type CheckContext, report } from './context.ts';
import { sourceExists, viewExists } from './references.ts';
import { specViews } from './views.ts';

/**
 * What the writer of a too-short duration probably meant: the same number in a larger unit
 * (`1ms` → `1m`, `30ms` → `30s`, `2s` → `2m`), the first that reaches `min`, for whole numbers up
 * to 60 (a count of seconds or minutes one would write). Undefined when no such reading helps.
 */
export function longerDuration(text: string, min: number): string | undefined {
  const match = /^(\d+)(ms|s)$/.exec(text);
  if (!match || Number(match[1]) > 60) return undefined;
  const units = match[2] === 'ms' ? ['s', 'm'] : ['m'];
  return units.map((unit) => `${match[1]}${unit}`).find((candidate) => (parseDuration(candidate) ?? 0) >= min);
}

/**
 * `refresh` and the tour's `interval` are durations, no shorter than `MIN_REFRESH_MS` and
 * `MIN_TOUR_INTERVAL_MS`; `fetchTimeout` lies within its bounds; the tour names a map view.
 */
export function checkTiming(context: CheckContext): void {
  const { spec } = context;
  if (spec.refresh !== undefined) {
    const ms = parseDuration(spec.refresh);
    if (ms === undefined) report(context, 'bad-duration', '/refresh', { value: spec.refresh });
    else if (ms < MIN_REFRESH_MS) {
      const suggestion = longerDuration(spec.refresh, MIN_REFRESH_MS);
      const params = { value: spec.refresh, min: MIN_REFRESH_MS };
      report(context, 'refresh-too-short', '/refresh', suggestion === undefined ? params : { ...params, suggestion });
    }
  }
  if (spec.fetchTimeout !== undefined) {
    const ms = parseDuration(spec.fetchTimeout);
    if (ms === undefined) report(context, 'bad-duration', '/fetchTimeout', { value: spec.fetchTimeout });
    else if (ms < MIN_FETCH_TIMEOUT_MS || ms > MAX_FETCH_TIMEOUT_MS) {
      report(context, 'fetch-timeout-out-of-range', '/fetchTimeout', { value: spec.fetchTimeout, min: MIN_FETCH_TIMEOUT_MS, max: MAX_FETCH_TIMEOUT_MS });
    }
  }
  if (spec.kind !== 'dashboard') return;
  const tour = (spec as DashboardSpec).tour;
  if (!tour) return;
  if (tour.interval !== undefined) {
    const ms = parseDuration(tour.interval);
    if (ms === undefined) report(context, 'bad-duration', '/tour/interval', { value: tour.interval });
    else if (ms < MIN_TOUR_INTERVAL_MS) report(context, 'tour-interval-too-short', '/tour/interval', { value: tour.interval, min: MIN_TOUR_INTERVAL_MS });
  }
  if (viewExists(context, tour.view, '/tour/view')) {
    const view = specViews(spec).find(({ view }) => view.id === tour.view)!.view;
    if (!MAP_VIEW_KINDS.includes(view.kind)) report(context, 'tour-not-map', '/tour/view', { id: view.id, kind: view.kind });
  }
}

/** Source dates parse. */
export function checkSources(context: CheckContext): void {
  for (const [id, source] of Object.entries(context.spec.sources ?? {})) {
    if (source.date !== undefined && parseDate(source.date) === undefined) {
      report(context, 'bad-date', `${pointerChild('/sources', id)}/date`, { value: source.date });
    }
  }
}

/** A dataset has exactly one of `values` and `url`; its default `source` exists. */
export function checkDatasetDefinitions(context: CheckContext): void {
  for (const [id, dataset] of Object.entries(context.spec.datasets ?? {})) {
    const path = pointerChild('/datasets', id);
    if (dataset.values !== undefined && dataset.url !== undefined) report(context, 'dataset-values-and-url', path, { id });
    if (dataset.values === undefined && dataset.url === undefined) report(context, 'dataset-without-data', path, { id });
    if (dataset.source !== undefined) sourceExists(context, dataset.source, `${path}/source`);
  }
}

/** View ids are unique. */
export function checkViewIds(context: CheckContext): void {
  const first = new Map<string, string>();
  for (const { view, path } of specViews(context.spec)) {
    const seen = first.get(view.id);
    if (seen !== undefined) report(context, 'duplicate-view-id', `${path}/id`, { id: view.id, first: `${seen}/id` });
    else first.set(view.id, path);
  }
}

/** Grid placements stay within the layout's columns. */
export function checkGrid(context: CheckContext): void {
  const { spec } = context;
  if (spec.kind !== 'dashboard') return;
  const columns = (spec as DashboardSpec).layout?.columns ?? 24;
  for (const { view, path } of specViews(spec)) {
    const grid = view.grid;
    if (grid && grid.x + grid.w > columns) report(context, 'grid-outside-columns', `${path}/grid`, { x: grid.x, w: grid.w, columns });
  }
}
