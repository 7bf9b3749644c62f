/**
 * @tongxin/react — the Tongxin elements as React components (@lit/react). Properties are set as
 * properties (`spec={object}` works), events are `onTxSelect`, `onTxRender`, `onTxError`.
 * Each component registers only its own tag, so a bundler keeps only the ones you import.
 */
export { CountyMap } from './county-map.ts';
export { StationCoverage } from './station-coverage.ts';
export { ActivityTrend } from './activity-trend.ts';
export { FundChart } from './fund-chart.ts';
export { Kpi } from './kpi.ts';
export { Dashboard } from './dashboard.ts';
export { txEvents } from './events.ts';
export type { TxSelectEvent, TxRenderEvent, TxErrorEvent, TxSelectDetail, TxRenderDetail, TxErrorDetail } from '@tongxin/elements';
