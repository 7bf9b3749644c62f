import { init } from 'echarts/core';
import { EChartsController, type EChartsControllerOptions } from '../controllers/echarts-controller.ts';
import type { TxViewHost } from './view-host.ts';

/** What a view needs to draw with ECharts; chart elements pass it in, so tx-kpi never loads ECharts. */
export interface ChartSupport {
  controller: (host: TxViewHost, options: EChartsControllerOptions) => EChartsController;
  /** For off-screen SVG export. */
  init: typeof init;
}

export const chartSupport: ChartSupport = {
  controller: (host, options) => new EChartsController(host, options),
  init,
};
