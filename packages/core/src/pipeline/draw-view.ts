import { SPEC_VERSION, type Locale, type Spec, type ThemeName, type View, type ViewKind } from '@tongxin/spec';
import type { CompileContext, CompiledView, LoadedData, Selection } from '../model.ts';
import { themeTokens, type ThemeTokens } from '../theme/theme-tokens.ts';
import { finalizeView } from './finalize-view.ts';
import { checkSpecNow, type FullCheck } from './check-spec-fast.ts';
import type { LoadedSpec } from './load-spec.ts';
import { countStep } from './pipeline-stats.ts';
import { SpecFailure } from './spec-failure.ts';

/** What a consumer asks of a loaded spec: which view, with which overrides, at which size. */
export interface ViewRequest {
  /** Only views of this kind (an element draws its own kind). Undefined: any kind (the CLI). */
  kind?: ViewKind;
  /** Id of the view (the `view` attribute, `--view`). Without it: the first view of `kind`, or the only view. */
  view?: string;
  /** View properties set by attributes (`mode`, `by`…); they override the spec's. */
  overrides?: Partial<View>;
  /** Override the spec's locale / theme (attributes, `--locale`, `--theme`). */
  locale?: Locale;
  theme?: ThemeName;
  width: number;
  height: number;
  /** A linked selection filtering this view's records. */
  selection?: Selection;
  drilledInto?: string;
  reducedMotion?: boolean;
  decal?: boolean;
  /** A draft for the frame only, not drawn (see `CompileContext.draft`). */
  draft?: boolean;
  /** Design tokens for the resolved theme; default `themeTokens(theme)` (elements read CSS custom properties). */
  tokens?: (theme: ThemeName) => ThemeTokens;
}

/**
 * Step 7 for one view kind (`compileFundChart`…). An element passes its own, so its bundle holds
 * one compiler; `drawView` passes `compileView`, which knows every kind.
 */
export type ViewCompiler = (view: View, data: LoadedData, ctx: CompileContext) => CompiledView;

/** Step 6's answer: the view to draw and the fallbacks in force. */
export interface ResolvedView {
  view: View;
  /** JSON Pointer of the view in the spec (`/views/2`, or `''` for a one-view spec). */
  path: string;
  locale: Locale;
  theme: ThemeName;
  title?: string;
  description?: string;
}

export interface DrawnView extends ResolvedView {
  compiled: CompiledView;
  tokens: ThemeTokens;
}

/** The locale in force: the override (attribute, `--locale`), else the spec's, else zh-CN. */
export function specLocale(spec: Spec | undefined, override?: Locale): Locale {
  return override ?? spec?.locale ?? 'zh-CN';
}

/** The theme in force: the override, else the spec's, else portal. */
export function specTheme(spec: Spec | undefined, override?: ThemeName): ThemeName {
  return override ?? spec?.theme ?? 'portal';
}

/** The views of a spec: a dashboard's, or the one view a view spec is, with their pointers. */
export function specViews(spec: Spec): Array<{ view: View; path: string }> {
  return spec.kind === 'dashboard' ? spec.views.map((view, i) => ({ view, path: `/views/${i}` })) : [{ view: spec as unknown as View, path: '' }];
}

/**
 * Step 6: pick the view (by id, else the first of the kind, else the only one), apply the
 * attribute overrides and the locale / theme / title fallbacks. Throws `SpecFailure('no-view')`,
 * or for overrides the fast path cannot pass, the full validator's `SpecFailure` — `full` if given,
 * else the one loaded on demand (`FullCheckPending` while it loads: try again once it is ready).
 */
export function resolveView(spec: Spec, request: Pick<ViewRequest, 'kind' | 'view' | 'overrides' | 'locale' | 'theme'>, full?: FullCheck): ResolvedView {
  const all = specViews(spec);
  const candidates = request.kind ? all.filter((v) => v.view.kind === request.kind) : all;
  const found = request.view !== undefined
    ? candidates.find((v) => v.view.id === request.view)
    : request.kind || candidates.length === 1 ? candidates[0] : undefined;
  const locale = specLocale(spec, request.locale);
  if (!found) {
    const params = { views: all.map((v) => v.view.id), ...(request.kind ? { kind: request.kind } : {}), ...(request.view !== undefined ? { view: request.view } : {}) };
    throw new SpecFailure('no-view', [{ code: 'no-view', path: request.view !== undefined ? '/views' : '', params }], locale);
  }
  const overridden = request.overrides !== undefined && Object.keys(request.overrides).length > 0;
  const view = overridden ? ({ ...found.view, ...request.overrides } as View) : found.view;
  // Attributes are input too: a view they change is held to the same rules as the spec's.
  if (overridden) checkOverriddenView(spec, view, locale, full);
  const resolved: ResolvedView = { view, path: found.path, locale, theme: specTheme(spec, request.theme) };
  const title = view.title ?? spec.title;
  const description = view.description ?? (spec.kind !== 'dashboard' ? spec.description : undefined);
  if (title !== undefined) resolved.title = title;
  if (description !== undefined) resolved.description = description;
  return resolved;
}

/** Verdicts on overridden views, per spec: attributes change rarely, a resize must not re-validate. */
const overrideVerdicts = new WeakMap<Spec, Map<string, SpecFailure | null>>();

/** The view with its attribute overrides, validated as a one-view spec over the same datasets and sources. */
function checkOverriddenView(spec: Spec, view: View, locale: Locale, full: FullCheck | undefined): void {
  const { grid: _grid, ...rest } = view as View & { grid?: unknown };
  const key = `${locale}\u0000${JSON.stringify(rest)}`;
  let verdicts = overrideVerdicts.get(spec);
  if (!verdicts) overrideVerdicts.set(spec, (verdicts = new Map()));
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = null;
    try {
      checkSpecNow({ version: SPEC_VERSION, ...rest, ...(spec.datasets ? { datasets: spec.datasets } : {}), ...(spec.sources ? { sources: spec.sources } : {}) }, locale, full);
    } catch (error) {
      if (!(error instanceof SpecFailure)) throw error;
      verdict = error;
    }
    verdicts.set(key, verdict);
  }
  if (verdict) throw verdict;
}

/**
 * Steps 6–8 of the pipeline (after `loadSpec`'s 1–5), run again whenever the size, theme,
 * locale or selection change; nothing here fetches or validates:
 *
 *   6. resolve    pick the view, apply overrides and fallbacks
 *   7. compile    view + records → a plain ECharts option, table, summary (pure, @tongxin/core)
 *   8. finalize   aria summary, reduced motion
 *
 * `compile` is step 7 for the kinds the caller draws (see `drawView` for every kind); `full`, the
 * full validator for attribute overrides the fast path cannot pass (see `resolveView`).
 * Throws `SpecFailure` (`no-view`, `compile-failed`), or `FullCheckPending`.
 */
export function drawViewWith(loaded: LoadedSpec, request: ViewRequest, compile: ViewCompiler, full?: FullCheck): DrawnView {
  // 6. Resolve.
  const resolved = resolveView(loaded.spec, request, full);
  const tokens = request.tokens?.(resolved.theme) ?? themeTokens(resolved.theme);
  const context: CompileContext = {
    locale: resolved.locale,
    theme: resolved.theme,
    width: request.width,
    height: request.height,
    tokens,
    reducedMotion: request.reducedMotion === true,
    decal: request.decal === true,
  };
  if (request.selection) context.selection = request.selection;
  if (request.drilledInto !== undefined) context.drilledInto = request.drilledInto;
  if (request.draft) context.draft = true;
  // 7. Compile.
  countStep('compile');
  let compiled: CompiledView;
  try {
    compiled = compile(resolved.view, loaded.data, context);
  } catch (error) {
    throw compileFailure(resolved, error);
  }
  // 8. Finalize.
  return { ...resolved, tokens, compiled: finalizeView(compiled, { reducedMotion: context.reducedMotion === true }) };
}

/**
 * A view that could not be drawn (its compile threw, or ECharts did while drawing its option):
 * `compile-failed` at the view's pointer, the error's message as the detail.
 */
export function compileFailure(resolved: ResolvedView, error: unknown): SpecFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return new SpecFailure('compile-failed', [{ code: 'compile-failed', path: resolved.path, params: { view: resolved.view.id, detail } }], resolved.locale);
}
