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
import { echartsTheme } from '../theme/echarts-theme.ts';
import type { ThemeTokens } from '../theme/theme-tokens.ts';

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
 * A compiled view drawn to an SVG string on the server (ECharts SSR, no DOM):
 * for the CLI's static export and for tests that check what is drawn.
 * Imported from `@tongxin/core/render` so browsers never load it.
 */
export function renderSvg(compiled: CompiledView, { width, height, tokens }: RenderSvgOptions): string {
  registerModules();
  for (const map of compiled.maps) echarts.registerMap(map.name, map.geoJSON as never);
  const chart = echarts.init(null, echartsTheme(tokens), { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...compiled.option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
