import { init, registerMap } from 'echarts/core';
import { EChartsController, type EChartsControllerOptions } from '../controllers/echarts-controller.ts';
import type { TxViewHost } from './view-host.ts';

/** What a view needs to draw with ECharts; chart elements pass it in, so tx-kpi never loads ECharts. */
export interface ChartSupport {
  controller: (host: TxViewHost, options: EChartsControllerOptions) => EChartsController;
  /** For the off-screen SVG export (`chartSvg` in @tongxin/core). */
  init: typeof init;
  registerMap: typeof registerMap;
  /** Register ECharts' SVG renderer, loaded on the first export only. */
  loadSvgRenderer: () => Promise<void>;
}

export const chartSupport: ChartSupport = {
  controller: (host, options) => new EChartsController(host, options),
  init,
  registerMap,
  loadSvgRenderer: () => import('./svg-renderer.ts').then((m) => m.registerSvgRenderer()),
};
