import * as React from 'react';
import { createComponent } from '@lit/react';
import { TxFundChart } from '@tongxin/elements/fund-chart.js';
import { txEvents } from './events.ts';

/** `<tx-fund-chart>` as a React component; registers the tag when imported. */
export const FundChart = createComponent({
  react: React,
  tagName: 'tx-fund-chart',
  elementClass: TxFundChart,
  events: txEvents,
  displayName: 'FundChart',
});
