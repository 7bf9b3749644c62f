import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileView, loadData, messages, themeTokens, type CompiledView } from '@tongxin/core';
import { renderSvg } from '@tongxin/core/render';
import { validateSpec, type Locale, type Spec, type SpecError, type ThemeName, type View } from '@tongxin/spec';
import { fitNotes } from './render-fit-notes.ts';
import { kpiCardsSvg } from './render-kpi-cards.ts';
import { frameSvg } from './render-svg-frame.ts';

export interface RenderViewOptions {
  /** Absolute path of the spec file; relative dataset URLs resolve against it. */
  specPath: string;
  /** Id of the view; optional for a single-view spec. */
  viewId?: string;
  width: number;
  height: number;
  /** Override the spec's theme / locale, as the element's `theme` and `locale` attributes do. */
  theme?: ThemeName;
  locale?: Locale;
  /** Fetch for dataset URLs; default reads file: URLs from disk and fetches http(s) URLs the spec names. */
  fetch?: typeof fetch;
}

export type RenderViewResult =
  | { ok: true; svg: string; view: View; compiled: CompiledView }
  | { ok: false; problem: 'invalid'; errors: SpecError[] }
  | { ok: false; problem: 'no-view'; viewIds: string[] };

/** file: URLs from disk (a spec's local datasets), anything else through the network, as a browser would. */
const diskOrNetwork = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.startsWith('file:')) return fetch(input, init);
  try {
    return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('', { status: 404, statusText: 'Not Found' });
  }
}) as typeof fetch;

/** The views of a spec: a dashboard's, or the one view a view spec is. */
export function viewsOf(spec: Spec): View[] {
  return spec.kind === 'dashboard' ? spec.views : [spec as unknown as View];
}

/**
 * One view of a spec as an SVG print page: validated and loaded like the element does, compiled
 * by @tongxin/core with the same theme tokens and formatting, drawn by ECharts' SSR renderer,
 * framed with the title, 示意数据 badge, sources and map attribution the element shows.
 * Throws DataLoadError when a dataset cannot be read.
 */
export async function renderViewSvg(input: unknown, options: RenderViewOptions): Promise<RenderViewResult> {
  const requested = (input as { locale?: Locale } | null)?.locale;
  const checkLocale = options.locale ?? (requested === 'en' ? 'en' : 'zh-CN');
  const checked = validateSpec(input, { locale: checkLocale });
  if (!checked.valid || !checked.spec) return { ok: false, problem: 'invalid', errors: checked.errors };
  const spec = checked.spec;
  const views = viewsOf(spec);
  const view = options.viewId === undefined
    ? (views.length === 1 ? views[0] : undefined)
    : views.find((v) => v.id === options.viewId);
  if (!view) return { ok: false, problem: 'no-view', viewIds: views.map((v) => v.id) };

  const locale = options.locale ?? spec.locale ?? 'zh-CN';
  const theme = options.theme ?? spec.theme ?? 'portal';
  const themed = themeTokens(theme);
  // ECharts' SSR writes font-family into a double-quoted style attribute unescaped: quote font names with '.
  const tokens = { ...themed, fontFamily: themed.fontFamily.replaceAll('"', "'") };
  const data = await loadData(spec, { baseUrl: pathToFileURL(options.specPath), fetch: options.fetch ?? diskOrNetwork });
  const words = messages(locale);

  const title = view.title ?? spec.title;
  const description = view.description ?? (spec.kind !== 'dashboard' ? spec.description : undefined);
  const context = { locale, theme, tokens, reducedMotion: true };
  // Sources, attribution and the badge do not depend on the size; the chart is compiled again for its box.
  let compiled = compileView(view, data, { ...context, width: options.width, height: options.height });
  const footer = [
    ...(compiled.sources.length ? [`${words.sourcePrefix}${compiled.sources.join(locale === 'en' ? '; ' : '；')}`] : []),
    ...compiled.attributions.map((a) => words.attribution(a)),
  ];
  const svg = frameSvg({
    width: options.width,
    height: options.height,
    tokens,
    title,
    description,
    badge: compiled.illustrative ? words.illustrative : undefined,
    footer,
    body: (box) => {
      compiled = compileView(view, data, { ...context, width: box.width, height: box.height });
      if (compiled.cards) return kpiCardsSvg(compiled.cards, tokens, box);
      const fitted = { ...compiled, option: fitNotes(compiled.option, box.width) };
      return renderSvg(fitted, { width: box.width, height: box.height, tokens }).replace(/^<svg\b/, '<svg x="0" y="0" class="tx-chart"');
    },
  });
  return { ok: true, svg, view, compiled };
}
