import * as React from 'react';
import { createComponent } from '@lit/react';
import { TxDashboard } from '@tongxin/elements/dashboard.js';
import { txEvents } from './events.ts';

/** `<tx-dashboard>` as a React component; registers the tag when imported. */
export const Dashboard = createComponent({
  react: React,
  tagName: 'tx-dashboard',
  elementClass: TxDashboard,
  events: txEvents,
  displayName: 'Dashboard',
});
