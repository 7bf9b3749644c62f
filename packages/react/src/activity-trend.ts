import * as React from 'react';
import { createComponent } from '@lit/react';
import { TxActivityTrend } from '@tongxin/elements/activity-trend.js';
import { txEvents } from './events.ts';

/** `<tx-activity-trend>` as a React component; registers the tag when imported. */
export const ActivityTrend = createComponent({
  react: React,
  tagName: 'tx-activity-trend',
  elementClass: TxActivityTrend,
  events: txEvents,
  displayName: 'ActivityTrend',
});
