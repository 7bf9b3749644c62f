import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Register ECharts' SVG renderer. Only `toSVG()` needs it, so chart elements load this module on
 * the first export (`chartSupport.loadSvgRenderer`) instead of bundling it with every chart.
 */
export function registerSvgRenderer(): void {
  use([SVGRenderer]);
}
