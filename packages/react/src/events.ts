import type { EventName } from '@lit/react';
import type { TxErrorEvent, TxRenderEvent, TxSelectEvent } from '@tongxin/elements';

/** The React props every Tongxin component maps to its element's events. */
export const txEvents = {
  onTxSelect: 'tx-select' as EventName<TxSelectEvent>,
  onTxRender: 'tx-render' as EventName<TxRenderEvent>,
  onTxError: 'tx-error' as EventName<TxErrorEvent>,
};
