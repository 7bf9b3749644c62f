import { drawView, messages, themeTokens, type CompiledView, type LoadedSpec } from '@tongxin/core';
import { renderSvg } from '@tongxin/core/render';
import type { Locale, ThemeName, View } from '@tongxin/spec';
import { kpiCardsSvg } from './render-kpi-cards.ts';
import { frameSvg } from './render-svg-frame.ts';

export interface RenderViewOptions {
  /** Id of the view; optional for a one-view spec. */
  viewId?: string;
  width: number;
  height: number;
  /** Override the spec's theme / locale, as the element's `theme` and `locale` attributes do. */
  theme?: ThemeName;
  locale?: Locale;
}

/**
 * One view of a loaded spec (`loadSpecFile`, the pipeline's steps 1–5) as an SVG print page:
 * resolved, compiled and finalized by the pipeline's `drawView` exactly as the element does,
 * drawn by ECharts' SSR renderer and framed with the title, 示意数据 badge, sources and map
 * attribution the element shows. Throws the pipeline's `SpecFailure` (`no-view`, `compile-failed`).
 */
export function renderViewSvg(loaded: LoadedSpec, options: RenderViewOptions): { svg: string; view: View; compiled: CompiledView } {
  const request = {
    ...(options.viewId !== undefined ? { view: options.viewId } : {}),
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    reducedMotion: true,
    tokens: themeTokens,
  };
  // Sources, attribution and the badge do not depend on the size; the chart is drawn again for its box.
  let drawn = drawView(loaded, { ...request, width: options.width, height: options.height });
  const { locale, tokens } = drawn;
  const words = messages(locale);
  const footer = [
    ...(drawn.compiled.sources.length ? [`${words.sourcePrefix}${drawn.compiled.sources.join(locale === 'en' ? '; ' : '；')}`] : []),
    ...drawn.compiled.attributions.map((a) => words.attribution(a)),
  ];
  const svg = frameSvg({
    width: options.width,
    height: options.height,
    tokens,
    title: drawn.title,
    description: drawn.description,
    badge: drawn.compiled.illustrative ? words.illustrative : undefined,
    footer,
    body: (box) => {
      drawn = drawView(loaded, { ...request, width: box.width, height: box.height });
      if (drawn.compiled.cards) return kpiCardsSvg(drawn.compiled.cards, tokens, box);
      return renderSvg(drawn.compiled, { width: box.width, height: box.height, tokens }).replace(/^<svg\b/, '<svg x="0" y="0" class="tx-chart"');
    },
  });
  return { svg, view: drawn.view, compiled: drawn.compiled };
}
