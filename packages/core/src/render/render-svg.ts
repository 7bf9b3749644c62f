import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GeoComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { CompiledView } from '../model.ts';
import type { ThemeTokens } from '../theme/theme-tokens.ts';
import { chartSvg, type SvgEcharts } from './chart-svg.ts';

let registered = false;

/** Every module a compiled view may use (see each compile function's "Modules"), plus the SVG renderer. */
function registerModules(): void {
  if (registered) return;
  echarts.use([
    MapChart, ScatterChart, LineChart, BarChart, CustomChart,
    GeoComponent, VisualMapComponent, TooltipComponent, LegendComponent, GridComponent,
    MarkLineComponent, AriaComponent, TitleComponent, GraphicComponent, SVGRenderer,
  ]);
  registered = true;
}

export interface RenderSvgOptions {
  width: number;
  height: number;
  tokens: ThemeTokens;
}

/**
 * A compiled view drawn to an SVG string on the server (ECharts SSR, no DOM): for the CLI's
 * static export and for tests that check what is drawn. Imported from `@tongxin/core/render` so
 * browsers never load it; it registers every module a view may use, then calls `chartSvg`.
 */
export function renderSvg(compiled: CompiledView, options: RenderSvgOptions): string {
  registerModules();
  return chartSvg(echarts as unknown as SvgEcharts, compiled, options);
}
