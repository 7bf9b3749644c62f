import type { Spec, View, ViewKind } from '@tongxin/spec';

/**
 * The view an element draws from a spec: a single-view document of its kind,
 * or from a dashboard the view with id `viewId` (else its first view of the kind).
 */
export function pickView(spec: Spec, kind: ViewKind, viewId?: string): View | undefined {
  if (spec.kind === 'dashboard') {
    const views = spec.views.filter((v) => v.kind === kind);
    return (viewId ? views.find((v) => v.id === viewId) : undefined) ?? views[0];
  }
  return spec.kind === kind ? (spec as View) : undefined;
}
