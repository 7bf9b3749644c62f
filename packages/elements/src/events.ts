/**
 * The events every Tongxin element fires, one small class each, so that
 * `addEventListener('tx-select', e => e.detail.key)` is typed in portals.
 */
import type { SpecErrorLike } from './shared/errors.ts';

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
  /** What failed: the spec, a fetch, or a dataset's contents. */
  kind: string;
  /** Every problem, each with the spec path it concerns and a message in the element's locale. */
  errors: SpecErrorLike[];
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
