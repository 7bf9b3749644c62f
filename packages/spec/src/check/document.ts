import { parseDate } from '../dates.ts';
import { parseDuration } from '../duration.ts';
import { MAP_VIEW_KINDS } from '../kinds.ts';
import { pointerChild } from '../pointer.ts';
import type { DashboardSpec } from '../types.ts';
import { type CheckContext, report } from './context.ts';
import { sourceExists, viewExists } from './references.ts';
import { specViews } from './views.ts';

/** `refresh` and the tour's `interval` are durations; the tour names a map view. */
export function checkTiming(context: CheckContext): void {
  const { spec } = context;
  if (spec.refresh !== undefined && parseDuration(spec.refresh) === undefined) {
    report(context, 'bad-duration', '/refresh', { value: spec.refresh });
  }
  if (spec.kind !== 'dashboard') return;
  const tour = (spec as DashboardSpec).tour;
  if (!tour) return;
  if (tour.interval !== undefined && parseDuration(tour.interval) === undefined) {
    report(context, 'bad-duration', '/tour/interval', { value: tour.interval });
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
