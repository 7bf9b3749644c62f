import type { DashboardSpec, Spec, View } from '../types.ts';

/** A view and the JSON Pointer where it sits in the spec. */
export interface PlacedView {
  view: View;
  path: string;
}

/** The views of a spec: a dashboard's list, or the single-view document itself (at the root). */
export function specViews(spec: Spec): PlacedView[] {
  if (spec.kind === 'dashboard') return (spec as DashboardSpec).views.map((view, i) => ({ view, path: `/views/${i}` }));
  return [{ view: spec as unknown as View, path: '' }];
}
