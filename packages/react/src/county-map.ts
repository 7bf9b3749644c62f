import * as React from 'react';
import { createComponent } from '@lit/react';
import { TxCountyMap } from '@tongxin/elements/county-map.js';
import { txEvents } from './events.ts';

/** `<tx-county-map>` as a React component; registers the tag when imported. */
export const CountyMap = createComponent({
  react: React,
  tagName: 'tx-county-map',
  elementClass: TxCountyMap,
  events: txEvents,
  displayName: 'CountyMap',
});
