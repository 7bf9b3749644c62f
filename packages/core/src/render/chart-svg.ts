import type { MapRegistration } from '../model.ts';
import { echartsTheme } from '../theme/echarts-theme.ts';
import type { ThemeTokens } from '../theme/theme-tokens.ts';
import { guardZrenderCaches } from './guard-zrender-caches.ts';

/** The part of `echarts/core` an SVG export needs; passed in, so this module loads no ECharts itself. */
export interface SvgEcharts {
  init(dom: null, theme: object, options: { renderer: 'svg'; ssr: true; width: number; height: number }): {
    setOption(option: object): void;
    renderToSVGString(): string;
    dispose(): void;
  };
  registerMap(name: string, geoJSON: never): void;
}

export interface ChartSvgOptions {
  width: number;
  height: number;
  tokens: ThemeTokens;
}

/**
 * A compiled option drawn to an SVG string with ECharts' SSR renderer (no DOM): the one SVG
 * export, used by the elements' `toSVG()` and by `renderSvg` (the CLI). The caller's ECharts
 * must have the SVGRenderer and the view's charts registered. Font names are already quoted
 * with single quotes by core, so the document is valid XML.
 */
export function chartSvg(echarts: SvgEcharts, content: { option: Record<string, unknown>; maps: readonly MapRegistration[] }, { width, height, tokens }: ChartSvgOptions): string {
  guardZrenderCaches();
  for (const map of content.maps) echarts.registerMap(map.name, map.geoJSON as never);
  const chart = echarts.init(null, echartsTheme(tokens), { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...content.option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
