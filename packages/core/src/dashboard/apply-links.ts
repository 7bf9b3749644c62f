import type { Link } from '@tongxin/spec';
import type { Selection } from '../model.ts';

/** What the user picked in one view: a region, a bar, a station's township. */
export interface ViewSelection {
  /** The view that was clicked. */
  view: string;
  /** The picked item's key, e.g. a township code. */
  value: string;
  /** Its name, for the "filtered by" chip. */
  label?: string;
  /** The field the key belongs to in the clicked view; links may map it to another. */
  field?: string;
}

/** Field linked views match on when a link names none (spec `Link.field`). */
export const DEFAULT_LINK_FIELD = 'township';

/**
 * Which views a selection filters, and by what: for every link whose `select` is the
 * clicked view, each view in its `filter` gets `{field: link.field, value, label}`.
 * `null` (the selection was cleared) filters nothing. The clicked view itself is never
 * filtered by its own selection, so it keeps every item clickable.
 */
export function applyLinks(links: readonly Link[] | undefined, selection: ViewSelection | null): Map<string, Selection> {
  const filters = new Map<string, Selection>();
  if (!selection || !links) return filters;
  for (const link of links) {
    if (link.select !== selection.view) continue;
    const field = link.field ?? DEFAULT_LINK_FIELD;
    for (const target of link.filter) {
      if (target === selection.view) continue;
      const filter: Selection = { field, value: selection.value };
      if (selection.label !== undefined) filter.label = selection.label;
      filters.set(target, filter);
    }
  }
  return filters;
}

/** Clicking the selected item again clears the selection; anything else replaces it. */
export function toggleSelection(current: ViewSelection | null, next: ViewSelection | null): ViewSelection | null {
  if (!next) return null;
  if (current && current.view === next.view && current.value === next.value) return null;
  return next;
}

/** Does any link start at this view (should its clicks select)? */
export function isLinkSource(links: readonly Link[] | undefined, viewId: string): boolean {
  return (links ?? []).some((link) => link.select === viewId);
}
