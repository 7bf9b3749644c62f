import * as React from 'react';
import { createComponent } from '@lit/react';
import { TxStationCoverage } from '@tongxin/elements/station-coverage.js';
import { txEvents } from './events.ts';

/** `<tx-station-coverage>` as a React component; registers the tag when imported. */
export const StationCoverage = createComponent({
  react: React,
  tagName: 'tx-station-coverage',
  elementClass: TxStationCoverage,
  events: txEvents,
  displayName: 'StationCoverage',
});
