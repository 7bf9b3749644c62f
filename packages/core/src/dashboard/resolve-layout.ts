import type { Layout } from '@tongxin/spec';

/** A spec `layout` with every default filled in. */
export type ResolvedLayout = Required<Layout>;

/** Spec defaults: a 1920×1080 design, 24 columns, 40 px rows, 12 px gaps, fitted with `contain`. */
export const DEFAULT_LAYOUT: ResolvedLayout = Object.freeze({
  width: 1920,
  height: 1080,
  fit: 'contain',
  columns: 24,
  rowHeight: 40,
  gap: 12,
});

/** Fill the defaults of a spec `layout`. */
export function resolveLayout(layout: Layout | undefined): ResolvedLayout {
  return { ...DEFAULT_LAYOUT, ...stripUndefined(layout ?? {}) };
}

function stripUndefined(layout: Layout): Layout {
  return Object.fromEntries(Object.entries(layout).filter(([, v]) => v !== undefined)) as Layout;
}
