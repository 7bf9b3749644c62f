import { LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { styleProps } from '../shared/style-props.ts';
import {
  applyLinks,
  backoffDelay,
  DataLoadError,
  TrackedTimers,
  autoPlace,
  canvasPixelRatio,
  dashboardRegions,
  fitScale,
  formatAge,
  formatRefreshTime,
  gridCellRect,
  isLinkSource,
  messages,
  parseDuration,
  resolveLayout,
  resolveSelection,
  specLocale,
  specTheme,
  describeFailure,
  summarizeRefresh,
  systemClock,
  toggleSelection,
  TourSequencer,
  type Clock,
  type DashboardMessages,
  type FitResult,
  type LoadedSpec,
  type LoadedData,
  type Rect,
  type RefreshState,
  type RefreshStats,
  type Selection,
  type ViewSelection,
} from '@tongxin/core';
import type { ECharts } from 'echarts/core';
import type { DashboardSpec, GridPlacement, Locale, Spec, ThemeName, View, ViewKind } from '@tongxin/spec';
import { DatasetRefreshController, RETRY_WITHOUT_REFRESH_MS } from '../controllers/dataset-refresh-controller.ts';
import { ViewDataController } from '../controllers/view-data-controller.ts';
import { pageLastGoodStorage } from '../shared/indexeddb-storage.ts';
import { TxErrorEvent } from '../events.ts';
import { ThemeTokenReader } from '../shared/theme-style.ts';
import { LoadingDelay } from '../shared/loading-delay.ts';
import { loadingText } from '../shared/frame.ts';
import { dashboardStyles } from './dashboard-styles.ts';

/** The element that draws each view kind (static literals: never built from data). */
const TAGS: Record<ViewKind, StaticValue> = {
  'county-map': literal`tx-county-map`,
  'station-coverage': literal`tx-station-coverage`,
  'activity-trend': literal`tx-activity-trend`,
  'fund-chart': literal`tx-fund-chart`,
  kpi: literal`tx-kpi`,
};

/** What a long-run test reads to check nothing grows. */
export interface DashboardStats extends RefreshStats {
  /** Timers of the tour and the age ticker. */
  otherTimers: number;
  tourIndex: number;
}

/**
 * @summary A whole spec on one screen: datasets loaded once and shared, views on a grid,
 * fitted to any screen with one transform, linked selection, refresh with a stale badge, tour.
 *
 * @attr src - URL of a dashboard spec; dataset URLs resolve relative to it.
 * @attr theme - `portal` or `bigscreen`; overrides the spec's.
 * @attr locale - `zh-CN` or `en`; overrides the spec's.
 * @attr fit - `contain`, `cover` or `width`; overrides the spec's `layout.fit`.
 * @attr no-tour - Do not run the spec's highlight tour.
 *
 * @fires tx-select - Bubbles from the views; the dashboard applies the spec's links.
 * @fires tx-error - The spec or its data could not be used.
 *
 * @csspart stage - The design-size canvas that is scaled to the screen.
 * @csspart header - Title, sources, refresh time and badges.
 * @csspart stale - The badge shown when a refresh failed and the last good data are on screen.
 * @csspart selection - The chip naming the linked selection, with its clear button.
 * @csspart clear - The clear-selection button.
 * @csspart cell - Each view's place on the grid.
 * @csspart loading - The loading message before the first data arrive.
 * @csspart error - The error message: each problem with its JSON path, code and hint.
 * @csspart empty - Shown when there is no spec (`spec = null` and no `src`).
 *
 * @cssproperty --tx-dashboard-background - Page colour around and behind the views.
 */
export class TxDashboard extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    spec: { attribute: false },
    theme: { type: String },
    locale: { type: String },
    fit: { type: String },
    noTour: { type: Boolean, attribute: 'no-tour' },
    clock: { attribute: false },
  };
  static override styles = dashboardStyles;

  declare src?: string;
  declare spec?: Spec;
  declare theme?: ThemeName;
  declare locale?: Locale;
  declare fit?: 'contain' | 'cover' | 'width';
  declare noTour?: boolean;
  /**
   * The time the refresh, the tour and the age badge run on: a `Clock` from @tongxin/core. Default
   * the system clock; a simulation or a test passes a faster one (set before the spec).
   */
  declare clock?: Clock;
  /** How the stage is fitted to the host now (scale 0 until the spec and the host's size are known). */
  fitResult: FitResult;

  // Steps 1–3 of the pipeline, once for the whole wall (a spec problem replaces the whole wall)…
  readonly #data = new ViewDataController(this, {
    inputs: () => ({ src: this.src, spec: this.spec }),
    locale: () => this.#locale,
    deferDatasets: true,
  });
  // …then steps 4–5 one URL at a time, from the first load on, with back-off until the data come:
  // a failing URL fails only the views that read it. The views get the result (`loaded`).
  readonly #refresh = new DatasetRefreshController(this, {
    loaded: () => (this.#data.error === undefined ? this.#data.current : undefined),
    clock: () => this.clock,
    locale: () => this.#locale,
    storage: pageLastGoodStorage,
  });
  /** The load the selection belongs to. */
  #loadedFrom: LoadedSpec | undefined;
  #selection: ViewSelection | null = null;
  #tour: TourSequencer | undefined;
  #tourHighlight: string | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #measured = { width: -1, height: -1 };
  /** What every view draws from: the spec and the data on screen, one object until the data change. */
  #shared: LoadedSpec | undefined;
  readonly #tokens = new ThemeTokenReader();
  readonly #loadingDelay = new LoadingDelay(this);

  constructor() {
    super();
    this.fitResult = { scale: 0, offsetX: 0, offsetY: 0, scaledWidth: 0, scaledHeight: 0 };
  }

  /** The validated spec on screen, if any. */
  get loadedSpec(): DashboardSpec | undefined {
    const spec = this.#data.current?.spec;
    return spec?.kind === 'dashboard' ? spec : undefined;
  }

  /** The linked selection, or null. */
  get selection(): ViewSelection | null {
    return this.#selection;
  }

  /** Per-dataset refresh state (fresh / stale / error, last success, age). */
  refreshState(datasetId: string): RefreshState<LoadedData> | undefined {
    return this.#refresh.state(datasetId);
  }

  /** Counters for long-run checks: timers, fetches in flight, fetch totals. */
  get stats(): DashboardStats {
    const { otherTimers, ...refresh } = this.#refresh.stats();
    return {
      ...refresh,
      otherTimers: otherTimers + (this.#tour?.timersPending ?? 0) + this.#specRetry.timers.pending,
      tourIndex: this.#tour?.index ?? -1,
    };
  }

  /** Select an item as a click in view `view` would (what tx-select does); null clears. */
  select(selection: ViewSelection | null): void {
    // Only the filters change: the linked views compile again (steps 6–8), nothing is validated or fetched.
    this.#selection = selection;
    this.requestUpdate();
  }

  /** Clear the linked selection. */
  clearSelection = (): void => {
    this.#tour?.interact();
    this.select(null);
  };

  /** Fetch every URL dataset now (the normal refresh does this every `refresh`). */
  refreshNow(): Promise<void> {
    return this.#refresh.refreshNow();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver(() => this.#measure());
    this.#resizeObserver.observe(this);
    // Moved while out of the page: its size there is read again.
    this.#measured = { width: -1, height: -1 };
    this.addEventListener('tx-select', this.#onSelect);
    this.addEventListener('tx-render', this.#onViewRender);
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) this.addEventListener(type, this.#onInteract, { passive: true });
    document.addEventListener('visibilitychange', this.#onVisibility);
    // A moved dashboard (React, Vue keep-alive) rebuilds its tour; the refresh resumes by itself.
    this.requestUpdate();
    // A spec still unreachable when it was taken out: try again now.
    if (this.#data.error instanceof DataLoadError && this.#specRetry.failures > 0) this.#data.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.removeEventListener('tx-select', this.#onSelect);
    this.removeEventListener('tx-render', this.#onViewRender);
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) this.removeEventListener(type, this.#onInteract);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stopTour();
    this.#specRetry.timers.clearAll();
    this.#specRetry.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.#data.error === undefined ? this.#data.current : undefined;
    if (loaded !== this.#loadedFrom) {
      // A new spec or src starts afresh.
      this.#loadedFrom = loaded;
      this.#selection = null;
      this.#stopTour();
    }
    this.#refresh.sync();
    const spec = this.loadedSpec;
    // The tour starts once its map's regions have arrived (and again after a move).
    if (spec && this.isConnected && !this.#tour) this.#buildTour(spec);
    if (spec) {
      const layout = resolveLayout(spec.layout);
      this.style.setProperty('--_aspect', `${layout.width} / ${layout.height}`);
      // Measured here, before render, so a resize or a new spec never takes two updates: read once
      // (a forced layout), then kept by the resize observer (`#measure`), so an update for a
      // selection or a refresh lays nothing out, and the observer's first report of the same size
      // asks for no update.
      if (this.#measured.width < 0) this.#measured = { width: this.clientWidth, height: this.clientHeight };
      this.fitResult = fitScale(this.#measured, layout, this.fit ?? layout.fit);
    }
  }

  #reportedFailure: unknown;
  /** The retry of a spec (`src`) that could not be fetched: an outage, not a spec problem. */
  #specRetry = { timers: new TrackedTimers(systemClock), timer: undefined as unknown, failures: 0 };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Tell the page once per failure, with the same {path, message} list the error state shows.
    const failed = this.#data.error;
    if (failed !== undefined && failed !== this.#reportedFailure) {
      this.#reportedFailure = failed;
      fireError(this, describeFailure(failed, this.#locale));
      // The spec itself unreachable during an outage: load it again with the back-off until it comes.
      if (failed instanceof DataLoadError && failed.kind !== 'aborted' && this.isConnected) this.#retrySpec();
    }
    if (failed === undefined && this.#data.current) this.#specRetry.failures = 0;
  }

  #retrySpec(): void {
    const retry = this.#specRetry;
    retry.timers.clear(retry.timer);
    retry.timers = new TrackedTimers(this.#clock);
    const interval = parseDuration(this.loadedSpec?.refresh) ?? RETRY_WITHOUT_REFRESH_MS;
    retry.timer = retry.timers.set(() => {
      retry.timer = undefined;
      this.#data.reload();
    }, backoffDelay(++retry.failures, { base: interval, jitter: 0.1 }));
  }

  override render() {
    const failed = this.#data.error;
    const spec = this.loadedSpec;
    // Views are rendered once the inline datasets are read (microtasks): each draws in its first update.
    const data = this.#refresh.readingInline ? undefined : this.#refresh.data;
    const loading = failed === undefined && (this.src || this.spec != null) && (!spec || !data) && !(this.#data.current && !spec);
    // A spec in hand with inline data renders its views first, not a loading message replaced before
    // the first paint (LoadingDelay); a fetched `src`, or a load reporting progress, shows it at once.
    if (this.#loadingDelay.defer(Boolean(loading), Boolean(this.src || this.#data.progress))) return nothing;
    const locale = this.#locale;
    const words = messages(locale).dashboard;
    const tokens = this.#tokens.read(this, this.#theme);
    const dark = this.#theme === 'bigscreen';
    const palette = {
      // The theme's chart background is transparent; the wall itself needs a colour behind the panels.
      '--_page-background': `var(--tx-dashboard-background, ${dark ? '#050b1a' : '#eef2f7'})`,
      '--_text': tokens.text,
      '--_text-muted': tokens.textMuted,
      '--_border': tokens.grid,
      '--_accent-line': tokens.selected,
      '--_warning': tokens.emphasis,
      '--_error': tokens.palette[2] ?? tokens.text,
      '--_chip-background': tokens.selected,
      '--_chip-text': tokens.surface,
      '--_focus': tokens.emphasis,
    };
    // Styles through the CSSOM, never a style attribute: strict CSP pages refuse those (style-props.ts).
    const paletteStyle = styleProps(palette);

    if (failed !== undefined) {
      const failure = describeFailure(failed, locale);
      return html`<div part="error" class="message error" role="alert" ${paletteStyle}>
        <strong class="error-title">${messages(locale).errorTitle}</strong>
        <ul>${failure.errors.map((e) => html`<li>${e.path ? html`<code>${e.path}</code> ` : nothing}${e.dataPath !== undefined ? html`<code>${e.dataset}${e.dataPath}</code> ` : nothing}${e.source !== undefined ? html`<code>${e.source}</code> ` : nothing}${e.message} <code class="code">[${e.code}]</code>
          ${e.hint ? html`<div class="hint">${e.hint}</div>` : nothing}</li>`)}</ul>
      </div>`;
    }
    // No spec and nothing to fetch (`spec = null`): the empty state, not a loading message that never ends.
    if (!this.src && this.spec == null) {
      return html`<div part="empty" class="message" role="status" ${paletteStyle}>${messages(locale).empty}</div>`;
    }
    if (!spec || !data) {
      const notDashboard = this.#data.current && !spec;
      return html`<div part=${notDashboard ? 'error' : 'loading'} class="message" role=${notDashboard ? 'alert' : 'status'} ${paletteStyle}>
        ${notDashboard ? words.noViews : this.#data.progress ? loadingText(messages(locale), this.#data.progress, locale) : words.loading}
      </div>`;
    }

    const layout = resolveLayout(spec.layout);
    const stripViews = spec.views.filter((v) => v.kind === 'kpi' && !v.grid);
    const gridViews = spec.views.filter((v) => !stripViews.includes(v));
    const placements = autoPlace(gridViews, layout);
    const regions = dashboardRegions(layout, placements.values(), stripViews.length > 0);
    const filters = applyLinks(spec.links, this.#selection);
    const fit = this.fitResult;
    const pixelRatio = canvasPixelRatio(globalThis.devicePixelRatio ?? 1, fit.scale);
    const stageStyle = styleProps({
      ...palette,
      width: `${layout.width}px`,
      height: `${layout.height}px`,
      transform: `translate(${fit.offsetX}px,${fit.offsetY}px) scale(${fit.scale || 1})`,
      visibility: fit.scale === 0 ? 'hidden' : undefined,
    });

    return html`<div part="stage" class="stage" ${stageStyle}
        role="region" aria-label=${words.dashboardLabel(spec.title ?? '')}>
      ${this.#renderHeader(spec, data, regions.header, words, locale)}
      ${regions.strip ? this.#renderStrip(spec, stripViews, data, regions.strip, filters, pixelRatio) : nothing}
      ${gridViews.map((view) => {
        const rect = gridCellRect(placements.get(view.id) as GridPlacement, regions.gridLayout, regions.grid);
        return this.#renderCell(spec, view, data, rect, filters.get(view.id), pixelRatio);
      })}
    </div>`;
  }

  #renderHeader(spec: DashboardSpec, data: LoadedData, rect: Rect, words: DashboardMessages, locale: Locale) {
    const summary = summarizeRefresh(this.#refresh.states());
    const sourceTitles = Object.values(data.sources).map((s) => s.title);
    const selection = this.#selection;
    const stale = summary.status === 'stale' || summary.status === 'error';
    // Worded only for the stale badge that shows it (Intl.RelativeTimeFormat, loaded on first use).
    const age = stale && summary.age !== undefined ? formatAge(summary.age, locale) : undefined;
    return html`<header part="header" class="header" ${styleProps(rectStyle(rect))}>
      <div class="titles">
        <h1>${spec.title ?? ''}</h1>
        ${sourceTitles.length ? html`<p class="sources">${words.sources(sourceTitles)}</p>` : nothing}
      </div>
      <div class="status-line">
        ${selection
          ? html`<span part="selection" class="chip" role="status">${words.filteredBy(selection.label ?? selection.value)}
              <button part="clear" class="clear" type="button" @click=${this.clearSelection}>${words.clearSelection}</button></span>`
          : nothing}
        ${this.#tour ? html`<span class="badge tour">${this.#tour.paused ? words.tourPaused : words.tourRunning}</span>` : nothing}
        ${summary.lastSuccessAt !== undefined
          ? html`<span class="updated">${words.updatedAt(formatRefreshTime(summary.lastSuccessAt, locale))}</span>`
          : nothing}
        ${stale && age
          ? html`<span part="stale" class="badge stale" role="status" title=${words.staleDetail(age, summary.failures)}>${words.stale(age)}</span>`
          : stale
            ? html`<span part="stale" class="badge error" role="status">${words.loadFailed(summary.failing.join(', '))}</span>`
            : nothing}
      </div>
    </header>`;
  }

  #renderStrip(spec: DashboardSpec, views: View[], data: LoadedData, rect: Rect, filters: Map<string, Selection>, pixelRatio: number) {
    const gap = resolveLayout(spec.layout).gap;
    const width = (rect.width - gap * (views.length - 1)) / views.length;
    return views.map((view, i) =>
      this.#renderCell(spec, view, data, { x: rect.x + i * (width + gap), y: rect.y, width, height: rect.height }, filters.get(view.id), pixelRatio));
  }

  #renderCell(spec: DashboardSpec, view: View, data: LoadedData, rect: Rect, filter: Selection | undefined, pixelRatio: number) {
    const tag = TAGS[view.kind];
    return html`<div part="cell" class="cell ${filter ? 'linked-target' : ''}" ${styleProps(rectStyle(rect))} data-view=${view.id}>
      <${tag} .loaded=${this.#sharedLoad(data)} .filter=${filter} .selected=${this.#selectedIn(spec, view)} .clock=${this.#clock} view=${view.id}
        theme=${this.#theme} locale=${this.#locale} pixel-ratio=${pixelRatio}></${tag}>
    </div>`;
  }

  /**
   * What a view that drives a link shows selected: the linked selection's key when it was picked
   * there, else none (null), so clearing the selection clears it on the map too. Views that drive
   * no link choose for themselves (undefined).
   */
  #selectedIn(spec: DashboardSpec, view: View): string | null | undefined {
    if (!isLinkSource(spec.links, view.id)) return undefined;
    return this.#selection?.view === view.id ? this.#selection.value : null;
  }

  /** The loaded spec the views draw, the same object until a refresh brings new data (so no view recompiles needlessly). */
  #sharedLoad(data: LoadedData): LoadedSpec {
    const loaded = this.#data.current!;
    if (this.#shared?.data !== data || this.#shared.spec !== loaded.spec) this.#shared = { spec: loaded.spec, data, baseUrl: loaded.baseUrl };
    return this.#shared;
  }

  get #clock(): Clock {
    return this.clock ?? systemClock;
  }

  get #locale(): Locale {
    return specLocale(this.#data.current?.spec, this.locale);
  }

  get #theme(): ThemeName {
    return specTheme(this.#data.current?.spec, this.theme);
  }

  /** The host changed size: re-fit if it really did (a ResizeObserver also reports the first size). */
  #measure(): void {
    const width = this.clientWidth;
    const height = this.clientHeight;
    if (width === this.#measured.width && height === this.#measured.height) return;
    this.#measured = { width, height };
    this.requestUpdate();
  }

  #buildTour(spec: DashboardSpec): void {
    if (!spec.tour || this.noTour) return;
    const view = spec.views.find((v) => v.id === spec.tour!.view);
    const regionsId = view && (view.kind === 'county-map' || view.kind === 'station-coverage') ? view.regions : undefined;
    const features = regionsId ? this.#refresh.data?.datasets[regionsId]?.regions?.features ?? [] : [];
    const stops = features.map((f) => ({ code: String(f.properties.code), name: String(f.properties.name) }));
    if (!view || stops.length === 0) return;
    const tour = new TourSequencer({
      clock: this.#clock,
      count: stops.length,
      interval: parseDuration(spec.tour.interval) ?? 8000,
      onStep: (index) => {
        const stop = stops[index];
        this.requestUpdate(); // the header's 轮播中 / 轮播已暂停 badge
        this.#highlightTourStop(view.id, stop?.name);
        // Where the map drives links, a tour stop selects like a click, so linked views follow the tour.
        if (!isLinkSource(spec.links, view.id)) return;
        if (stop) this.select({ view: view.id, value: stop.code, label: stop.name });
        else if (this.#selection?.view === view.id) this.select(null);
      },
    });
    this.#tour = tour;
    tour.setHidden(document.visibilityState === 'hidden');
    tour.start();
  }

  /** Highlight a region on the toured map and show its tooltip; undefined clears. */
  #highlightTourStop(viewId: string, name: string | undefined): void {
    const element = this.renderRoot.querySelector<HTMLElement & { chart?: ECharts; option?: Record<string, unknown> }>(
      `.cell[data-view="${CSS.escape(viewId)}"] > *`);
    const chart = element?.chart;
    const series = (element?.option?.series ?? []) as Array<{ type?: string }>;
    const seriesIndex = series.findIndex((s) => s.type === 'map');
    if (!chart || seriesIndex < 0) {
      this.#tourHighlight = name; // shown when the map has drawn (tx-render)
      return;
    }
    if (this.#tourHighlight) chart.dispatchAction({ type: 'downplay', seriesIndex, name: this.#tourHighlight });
    this.#tourHighlight = name;
    if (name) {
      chart.dispatchAction({ type: 'highlight', seriesIndex, name });
      chart.dispatchAction({ type: 'showTip', seriesIndex, name });
    } else {
      chart.dispatchAction({ type: 'hideTip' });
    }
  }

  #stopTour(): void {
    this.#tour?.stop();
    this.#tour = undefined;
  }

  readonly #onSelect = (event: Event): void => {
    const detail = (event as CustomEvent<{ viewId: string; key: string; name: string }>).detail;
    // Events from the views arrive retargeted to this element (they come out of its shadow root).
    if (!detail?.viewId) return;
    this.#tour?.interact();
    // Only views that drive a link select; a click elsewhere must not show a filter that filters nothing.
    const spec = this.loadedSpec;
    const view = spec?.views.find((v) => v.id === detail.viewId);
    const data = this.#refresh.data;
    if (!spec || !view || !data || !isLinkSource(spec.links, view.id)) return;
    this.select(toggleSelection(this.#selection, resolveSelection(view, detail, data)));
  };

  /** A redrawn toured map lost its highlight (or had none yet at the first stop): show it again. */
  readonly #onViewRender = (event: Event): void => {
    const viewId = (event as CustomEvent<{ viewId: string }>).detail?.viewId;
    const tourView = this.loadedSpec?.tour?.view;
    const stop = this.#tourHighlight;
    if (!this.#tour || viewId !== tourView || !stop || this.#tour.paused) return;
    this.#tourHighlight = undefined;
    this.#highlightTourStop(viewId, stop);
  };

  readonly #onInteract = (): void => {
    this.#tour?.interact();
  };

  readonly #onVisibility = (): void => {
    this.#tour?.setHidden(document.visibilityState === 'hidden');
  };
}

function rectStyle(rect: Rect): Record<string, string> {
  return { left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.width}px`, height: `${rect.height}px` };
}

/** Outside the class so the manifest lists tx-error once, from its @fires tag. */
function fireError(host: HTMLElement, failure: ConstructorParameters<typeof TxErrorEvent>[0]): void {
  host.dispatchEvent(new TxErrorEvent(failure));
}
