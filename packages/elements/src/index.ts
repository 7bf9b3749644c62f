/**
 * @tongxin/elements — the element classes, events and controllers, with no
 * side effects: nothing is registered. Import `@tongxin/elements/define.js`
 * (all tags) or `@tongxin/elements/county-map.js` (one tag) to register.
 */
export { TxCountyMap } from './county-map/county-map.ts';
export { TxStationCoverage } from './station-coverage/station-coverage.ts';
export { TxActivityTrend } from './activity-trend/activity-trend.ts';
export { TxFundChart } from './fund-chart/fund-chart.ts';
export { TxKpi } from './kpi/kpi.ts';
export { TxDashboard, type DashboardStats } from './dashboard/dashboard.ts';
export { TxSelectEvent, TxRenderEvent, TxErrorEvent } from './events.ts';
export type { TxSelectDetail, TxRenderDetail, TxErrorDetail } from './events.ts';
export { EChartsController, type EChartsControllerOptions, type ChartContent } from './controllers/echarts-controller.ts';
export { ViewDataController, type ViewDataControllerOptions, type ViewDataInputs } from './controllers/view-data-controller.ts';
export { SelectionController, type SelectionControllerOptions } from './controllers/selection-controller.ts';
export { ViewController, type ViewControllerOptions, type ItemPoint } from './controllers/view-controller.ts';
export type { PipelineIssue, FailureKind, LoadedSpec, Selection } from '@tongxin/core';
