import * as React from 'react';
import { createComponent } from '@lit/react';
import { TxKpi } from '@tongxin/elements/kpi.js';
import { txEvents } from './events.ts';

/** `<tx-kpi>` as a React component; registers the tag when imported. */
export const Kpi = createComponent({
  react: React,
  tagName: 'tx-kpi',
  elementClass: TxKpi,
  events: txEvents,
  displayName: 'Kpi',
});
