/**
 * The events every Tongxin element fires, one small class each, so that
 * `addEventListener('tx-select', e => e.detail.key)` is typed in portals.
 */
import type { FailureKind, PipelineIssue } from '@tongxin/core';

export interface TxSelectDetail {
  /** Id of the view the item belongs to. */
  viewId: string;
  /** Region code (maps) or item key (charts, KPI cards). */
  key: string;
  /** Display name of the item. */
  name: string;
  /** The item's number, or null when it has none. */
  value: number | null;
}

/** A region, bar, point or card was chosen by click or by Enter. Bubbles and crosses shadow roots. */
export class TxSelectEvent extends CustomEvent<TxSelectDetail> {
  static readonly eventName = 'tx-select';
  constructor(detail: TxSelectDetail) {
    super(TxSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface TxRenderDetail {
  viewId: string;
  /** True when the view had nothing to draw and shows its empty state. */
  empty: boolean;
}

/** The view finished drawing (after each render, once animations have settled). */
export class TxRenderEvent extends CustomEvent<TxRenderDetail> {
  static readonly eventName = 'tx-render';
  constructor(detail: TxRenderDetail) {
    super(TxRenderEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface TxErrorDetail {
  /**
   * What failed: `invalid-spec` (the document), `invalid-records` (records loaded by `url`),
   * `not-found` / `http` / `network` / `malformed-json` / `invalid-data` / `aborted` (fetching or
   * reading the spec or a dataset), `no-view` (nothing of this element's kind), `compile-failed` (a bug).
   */
  kind: FailureKind;
  /**
   * Every problem: its `code`, the JSON `path` in the spec it concerns (and for loaded records the
   * `dataset` and the `dataPath` inside it; for records read from a CSV, xlsx or reshaped response,
   * the `source` cell or row the value came from, or the transform that made the record), a `message`
   * and `hint` in the element's locale. The same codes and pointers `tongxin validate` prints.
   */
  errors: PipelineIssue[];
}

/** The spec or its data could not be used; the element shows the same errors. */
export class TxErrorEvent extends CustomEvent<TxErrorDetail> {
  static readonly eventName = 'tx-error';
  constructor(detail: TxErrorDetail) {
    super(TxErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-select': TxSelectEvent;
    'tx-render': TxRenderEvent;
    'tx-error': TxErrorEvent;
  }
}
