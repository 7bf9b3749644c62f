import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { ECharts } from 'echarts/core';
import {
  chartSvg,
  compileFailure,
  describeFailure,
  drawViewWith,
  FullCheckPending,
  messages,
  resolveView,
  specLocale,
  specTheme,
  summarizeRefresh,
  systemClock,
  toCSV,
  viewDatasetIds,
  type CompiledView,
  type DrawnView,
  type FailureDescription,
  type LoadedSpec,
  type SelectableItem,
  type SpecSource,
  type ThemeTokens,
  type ViewCompiler,
  type ViewRequest,
} from '@tongxin/core';
import type { Locale, Spec, ThemeName, View, ViewKind } from '@tongxin/spec';
import { TxErrorEvent, TxRenderEvent, TxSelectEvent } from '../events.ts';
import { loadingText, renderFrame, type FrameState } from '../shared/frame.ts';
import { ThemeTokenReader } from '../shared/theme-style.ts';
import { LoadingDelay } from '../shared/loading-delay.ts';
import type { TxViewHost } from '../shared/view-host.ts';
import type { EChartsController } from './echarts-controller.ts';
import type { ChartSupport } from '../shared/chart-support.ts';
import { SelectionController } from './selection-controller.ts';
import { seriesModel } from './series-model.ts';
import { DatasetRefreshController } from './dataset-refresh-controller.ts';
import { ViewDataController } from './view-data-controller.ts';
import { pageLastGoodStorage } from '../shared/indexeddb-storage.ts';

export interface ViewControllerOptions {
  kind: ViewKind;
  /**
   * Step 7 for this kind (`compileFundChart`…, from @tongxin/core): each element bundles only
   * its own compiler. Called only with views of `kind`.
   */
  compile: (view: never, ...rest: Parameters<ViewCompiler> extends [unknown, ...infer R] ? R : never) => ReturnType<ViewCompiler>;
  /**
   * The compiled option depends on the chart's size (station coverage places its names clear of
   * the stations in pixels): compiled at the container's size, again when it changes. Other kinds
   * are compiled without measuring anything (ECharts lays them out at any size, and fits a map's
   * projected regions to the chart itself).
   */
  sized?: boolean;
  /** A spec built from the element's simple attributes, used when neither `src` nor `spec` is set. */
  attributeSpec?: () => Spec | undefined;
  /** View properties set by attributes; they override the spec's. */
  viewOverrides?: () => Partial<View>;
  /** Clicking a region with a `drilldown` entry opens it (county maps). */
  drilldown?: boolean;
  /**
   * Draw the view as HTML instead of an ECharts chart (KPI cards): the
   * template for the compiled view. `select` fires tx-select for an item.
   */
  renderHtml?: (compiled: CompiledView, select: (item: SelectableItem) => void) => TemplateResult;
  /** For chart views: the ECharts controller and init (`chartSupport`); passed in so HTML views never load ECharts. */
  charts?: ChartSupport;
}

/**
 * A view over more records than this has ECharts draw in a task after the compile's: each is tens
 * of milliseconds at a million records, together they were one 300 ms task (bench/heavy-spec.ts).
 * By size, not by a timer, so a view behaves the same on a fast and on a loaded machine.
 */
const DRAW_APART_FROM_RECORDS = 100_000;
/** Where an item is drawn, in viewport (client) pixels. */
export interface ItemPoint {
  x: number;
  y: number;
}

/**
 * Everything a view element does, composed from the data, ECharts and selection controllers:
 * the pipeline's steps 1–5 through the data controller (or the `loaded` spec a dashboard hands
 * over), steps 6–8 (`drawView`) at the chart's size with the element's attributes, then draw it,
 * fire tx-render / tx-select / tx-error, and render the frame with its states and data table.
 */
export class ViewController implements ReactiveController {
  readonly data: ViewDataController;
  /** Loads and refreshes the `url` datasets of a spec with `refresh` (not of a `loaded` one: its dashboard does). */
  readonly refresh: DatasetRefreshController;
  /** The ECharts controller; undefined for HTML views (tx-kpi). */
  readonly echarts: EChartsController | undefined;
  readonly selection: SelectionController;
  /** The view as last drawn by the pipeline (undefined while loading or on error). */
  drawn: DrawnView | undefined;
  /** Region code of the open drill-down, if any. */
  drilledInto: string | undefined;

  private readonly host: TxViewHost;
  private readonly options: ViewControllerOptions;
  private tokens: ThemeTokens | undefined;
  private readonly tokenReader = new ThemeTokenReader();
  /** The tokens were read in this update (the compile and the frame need them; a deferred loading state does not). */
  private tokensRead = false;
  private compileKey = '';
  private compiledFrom: unknown;
  private reportedRender: unknown;
  /** What `drawView` threw for the current inputs. */
  private drawFailure: unknown;
  private reportedFailure: unknown;
  private readonly reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

  constructor(host: TxViewHost, options: ViewControllerOptions) {
    this.host = host;
    this.options = options;
    this.loadingDelay = new LoadingDelay(host);
    host.addController(this);
    this.data = new ViewDataController(host, {
      inputs: () => {
        const attributeSpec = host.loaded || host.src || host.spec ? undefined : options.attributeSpec?.();
        return { loaded: host.loaded, spec: host.spec, src: host.src, attributes: attributeSpec ? JSON.stringify(attributeSpec) : undefined };
      },
      locale: () => this.locale,
      // A spec with `refresh` loads its URLs through the refresh controller, which retries them.
      deferDatasets: hasRefresh,
    });
    this.refresh = new DatasetRefreshController(host, {
      loaded: () => (host.loaded || this.data.error !== undefined ? undefined : this.data.current),
      clock: () => host.clock,
      locale: () => this.locale,
      storage: pageLastGoodStorage,
    });
    this.echarts = options.charts?.controller(host, {
      container: () => this.container,
      devicePixelRatio: () => host.pixelRatio,
      onInit: (chart) => this.selection.attach(chart),
      onResize: () => this.host.requestUpdate(),
      onRendered: () => this.host.dispatchEvent(new TxRenderEvent({ viewId: this.viewId, empty: false })),
      onDrawFailed: (error) => {
        // Shown and sent like a compile that failed (the pipeline's step 7), ECharts' message as the detail.
        this.drawFailure = this.drawn ? compileFailure(this.drawn, error) : error;
        this.drawn = undefined;
        this.host.requestUpdate();
      },
    });
    this.selection = new SelectionController(host, {
      chart: () => this.echarts?.chart,
      items: () => this.compiled?.selectable ?? [],
      selected: () => host.selected,
      onSelect: this.select,
    });
  }

  /** Fire tx-select for an item and open its drill-down, if it has one. */
  readonly select = (item: SelectableItem): void => {
    this.host.dispatchEvent(new TxSelectEvent({ viewId: this.viewId, key: item.key, name: item.name, value: item.value }));
    if (this.options.drilldown) this.openDrilldown(item.key);
  };

  /** The chart's container in the host's shadow root. */
  get container(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.chart');
  }

  /** The view as last compiled (undefined while loading or on error). */
  get compiled(): CompiledView | undefined {
    return this.drawn?.compiled;
  }

  get spec(): Spec | undefined {
    return this.data.current?.spec;
  }

  /** The spec and the data to draw: handed over, or loaded here and kept current by the refresh. */
  get current(): LoadedSpec | undefined {
    const current = this.data.current;
    if (!current || this.host.loaded) return current;
    const data = this.refresh.data;
    if (!data || data === current.data) return current;
    if (this.merged?.data !== data || this.merged.spec !== current.spec) this.merged = { ...current, data };
    return this.merged;
  }

  private merged: LoadedSpec | undefined;

  /** Locale in force: the attribute, else the spec's, else zh-CN (the pipeline's rule). */
  get locale(): Locale {
    return specLocale(this.spec, this.host.locale);
  }

  /** Theme in force: the attribute, else the spec's, else portal. */
  get theme(): ThemeName {
    return specTheme(this.spec, this.host.theme);
  }

  get viewId(): string {
    return this.drawn?.view.id ?? this.host.view ?? this.options.kind;
  }

  hostConnected(): void {
    this.reducedMotion?.addEventListener('change', this.onMotionChange);
  }

  /**
   * The host's `shouldUpdate`: a change of `selected` alone (a dashboard's linked selection, set on
   * the view it was picked in) is shown on the chart as it is, without an update of the element:
   * on a click, the views it filters redraw first.
   */
  shouldUpdate(changed: ReadonlyMap<PropertyKey, unknown>): boolean {
    if (changed.size === 1 && changed.has('selected')) {
      this.selection.showSelected();
      return false;
    }
    return true;
  }

  hostDisconnected(): void {
    this.reducedMotion?.removeEventListener('change', this.onMotionChange);
  }

  hostUpdate(): void {
    // The refresh's data before this update compiles (its own hostUpdate comes after this one).
    this.refresh.sync();
    this.tokensRead = false;
    this.compile();
  }

  hostUpdated(): void {
    this.compileAtRenderedSize();
    if (this.options.renderHtml && this.compiled && !this.compiled.empty && this.reportedRender !== this.compiled) {
      this.reportedRender = this.compiled;
      this.host.dispatchEvent(new TxRenderEvent({ viewId: this.viewId, empty: false }));
    }
    const failure = this.failure();
    const failed = this.data.error ?? this.datasetFailures()[0] ?? this.drawFailure;
    if (failure && failed !== this.reportedFailure) {
      this.reportedFailure = failed;
      this.host.dispatchEvent(new TxErrorEvent(failure));
    }
    if (this.compiled?.empty && this.reportedFailure !== this.compiled) {
      this.reportedFailure = this.compiled;
      this.host.dispatchEvent(new TxRenderEvent({ viewId: this.viewId, empty: true }));
    }
  }

  /** Open the detailed map of a region, if the view has a drill-down for it. */
  openDrilldown(code: string): void {
    const view = this.drawn?.view;
    const entries = view && 'drilldown' in view ? view.drilldown ?? [] : [];
    if (!entries.some((d) => d.region === code)) return;
    this.drilledInto = code;
    this.selection.reset();
    this.host.requestUpdate();
  }

  /** Back from a drill-down to the whole map. */
  closeDrilldown = (): void => {
    this.drilledInto = undefined;
    this.selection.reset();
    this.host.requestUpdate();
  };

  /** PNG data URL of the chart as drawn. */
  toImage(pixelRatio = 2): string | undefined {
    return this.echarts?.chart?.getDataURL({ type: 'png', pixelRatio, backgroundColor: this.tokens?.surface });
  }

  /** The same chart rendered as an SVG document (the pipeline's one SVG export, off-screen); loads the SVG renderer the first time. */
  async toSVG(): Promise<string | undefined> {
    await this.options.charts?.loadSvgRenderer();
    const option = this.echarts?.option;
    const container = this.container;
    const charts = this.options.charts;
    if (!option || !container || !this.tokens || !charts) return undefined;
    const size = { width: container.clientWidth || 600, height: container.clientHeight || 400 };
    return chartSvg(charts, { option, maps: this.compiled?.maps ?? [] }, { ...size, tokens: this.tokens });
  }

  /** The data table as CSV. */
  toCSV(): string | undefined {
    return this.compiled ? toCSV(this.compiled.table) : undefined;
  }

  /** Where the item with `key` (region code, bar key) is drawn, in viewport pixels. */
  pointOf(key: string): ItemPoint | undefined {
    const chart = this.echarts?.chart;
    const item = this.compiled?.selectable.find((i) => i.key === key);
    const option = this.echarts?.option;
    const container = this.container;
    if (!chart || !item || !option || !container) return undefined;
    const series = (option.series as Record<string, unknown>[] | undefined)?.[item.seriesIndex];
    const data = series?.data as ArrayLike<unknown> | undefined;
    // Large scatter series hold flat [lon, lat, lon, lat, …] coordinates (compileStationCoverage).
    const datum = data instanceof Float64Array ? { value: [data[2 * item.dataIndex], data[2 * item.dataIndex + 1]] } : data?.[item.dataIndex];
    const value = datum && typeof datum === 'object' && !Array.isArray(datum) ? (datum as { value?: unknown }).value : datum;
    const name = datum && typeof datum === 'object' && 'name' in datum ? String((datum as { name: unknown }).name) : item.name;
    const box = container.getBoundingClientRect();
    // Bars and points: the centre of the drawn item, from ECharts' own layout.
    const layout = seriesModel(chart, item.seriesIndex)?.getData().getItemLayout(item.dataIndex);
    if (layout && !Array.isArray(layout) && [layout.x, layout.y, layout.width, layout.height].every(Number.isFinite)) {
      return { x: box.left + layout.x! + layout.width! / 2, y: box.top + layout.y! + layout.height! / 2 };
    }
    if (Array.isArray(layout) && Number.isFinite(layout[0]) && Number.isFinite(layout[1])) {
      return { x: box.left + layout[0], y: box.top + layout[1] };
    }
    // Regions: their label point, through the map's coordinate system.
    let target: unknown;
    if (series?.type === 'map') target = name;
    else if (Array.isArray(value) && value.length >= 2) target = value.slice(0, 2);
    else return undefined;
    const point = chart.convertToPixel({ seriesIndex: item.seriesIndex }, target as number[]) as unknown as number[] | undefined;
    if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return undefined;
    return { x: box.left + point[0], y: box.top + point[1] };
  }

  /** The frame with the chart container inside. */
  render(): TemplateResult {
    const state = this.frameState();
    // A fetched `src`, and a load that reports its progress (a heavy spec), show loading at once.
    if (this.loadingDelay.defer(state.status === 'loading', Boolean(this.host.src || this.data.progress))) return html``;
    this.readTokens();
    const active = this.selection.activeItem;
    const compiled = this.compiled;
    if (this.options.renderHtml) {
      const cards = compiled && !compiled.empty ? this.options.renderHtml(compiled, this.select) : html``;
      return renderFrame(state, html`<div part="cards" class="cards">${cards}</div>`, this.tokenReader.frameStyle());
    }
    // ECharts' aria sets role="img" and aria-label (the summary) on this container.
    const body = html`<div part="chart" class="chart" tabindex="0" @keydown=${this.selection.onKeydown}></div>
      <p class="sr-only" aria-live="polite">${active ? `${active.name} ${active.value ?? ''}` : ''}</p>`;
    return renderFrame(state, body, this.tokenReader.frameStyle());
  }

  /** The theme tokens from CSS, read once per update when needed (reading forces a style recalc). */
  private readTokens(): ThemeTokens {
    if (!this.tokensRead || !this.tokens) {
      this.tokens = this.tokenReader.read(this.host, this.theme);
      this.tokensRead = true;
    }
    return this.tokens;
  }

  /** A spec in hand draws its view first: its loading state waits a frame (see LoadingDelay). */
  private readonly loadingDelay: LoadingDelay;

  private frameState(): FrameState {
    const words = messages(this.locale);
    const drawn = this.drawn;
    const compiled = drawn?.compiled;
    const failure = this.failure();
    const status = failure ? 'error'
      : !compiled ? (this.data.settled && !this.data.current ? 'empty' : 'loading')
      : compiled.empty ? 'empty' : 'ready';
    const stale = Object.values(this.current?.data.datasets ?? {}).find((d) => d.stale && d.fetchedAt);
    // Refreshed here: the age on the refresh's clock (it re-renders while stale so the age counts).
    const refresh = summarizeRefresh(this.refresh.states());
    const refreshAge = refresh.status === 'stale' && refresh.age !== undefined ? refresh.age : undefined;
    return {
      words,
      status,
      loadingText: status === 'loading' && this.data.progress ? loadingText(words, this.data.progress, this.locale) : undefined,
      title: failure ? undefined : drawn?.title,
      description: failure ? undefined : drawn?.description,
      errors: failure?.errors,
      illustrative: compiled?.illustrative,
      staleMinutes: refreshAge !== undefined ? Math.max(1, Math.round(refreshAge / 60000))
        // Inside a dashboard: the data's age on the dashboard's clock (the one its refresh runs on).
        : stale?.fetchedAt ? Math.max(1, Math.round(((this.host.clock ?? systemClock).now() - stale.fetchedAt) / 60000)) : undefined,
      sources: compiled?.sources,
      attributions: compiled?.attributions,
      table: compiled?.table,
      tableOpen: this.tableOpen,
      onTableToggle: this.onTableToggle,
      onBack: this.drilledInto ? this.closeDrilldown : undefined,
      onDownload: compiled ? this.downloadCsv : undefined,
    };
  }

  private readonly downloadCsv = (): void => {
    const csv = this.toCSV();
    if (!csv) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `${this.viewId}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };

  /** The data table's rows exist only while its `<details>` is open. */
  private tableOpen = false;

  private readonly onTableToggle = (open: boolean): void => {
    if (open === this.tableOpen) return;
    this.tableOpen = open;
    this.host.requestUpdate();
  };

  private readonly onMotionChange = (): void => this.host.requestUpdate();

  private failure(): FailureDescription | undefined {
    const datasets = this.data.error === undefined ? this.datasetFailures() : [];
    if (datasets.length > 0) {
      // Only this view's datasets: on a dashboard the other views draw.
      const described = datasets.map((error) => describeFailure(error, this.locale));
      return { kind: described[0].kind, errors: described.flatMap((d) => d.errors) };
    }
    const failed = this.data.error ?? this.drawFailure;
    return failed === undefined ? undefined : describeFailure(failed, this.locale);
  }

  /**
   * The datasets this view reads that are not loaded: `failed` has the errors of those that could
   * not be (shown in the frame with their codes and pointers), the others are still loading.
   */
  private missingDatasets(): { failed: Error[]; loading: boolean } {
    const loaded = this.current;
    if (!loaded) return { failed: [], loading: false };
    // Asked several times per update (state, failure, compile): answered once per loaded spec and view.
    const memo = this.missing;
    if (memo?.loaded === loaded && memo.view === this.host.view) return memo.result;
    const result = this.findMissingDatasets(loaded);
    this.missing = { loaded, view: this.host.view, result };
    return result;
  }

  private missing: { loaded: LoadedSpec; view: string | undefined; result: { failed: Error[]; loading: boolean } } | undefined;

  private findMissingDatasets(loaded: LoadedSpec): { failed: Error[]; loading: boolean } {
    let view;
    try {
      view = resolveView(loaded.spec, { kind: this.options.kind, ...(this.host.view ? { view: this.host.view } : {}) }).view;
    } catch {
      return { failed: [], loading: false }; // drawView reports it
    }
    const failed: Error[] = [];
    let loading = false;
    for (const id of viewDatasetIds(view)) {
      if (Object.hasOwn(loaded.data.datasets, id)) continue;
      const error = loaded.data.failed && Object.hasOwn(loaded.data.failed, id) ? loaded.data.failed[id] : undefined;
      if (error) failed.push(error);
      else if (loaded.spec.datasets && Object.hasOwn(loaded.spec.datasets, id)) loading = true;
    }
    return { failed, loading };
  }

  private datasetFailures(): Error[] {
    return this.missingDatasets().failed;
  }

  /**
   * The chart was compiled before its container existed (a view's first update when its spec is
   * handed over loaded: a dashboard's views): a draft for the frame, at a guessed size. Now that
   * the frame is rendered, compile the drawing at the container's size, before the chart draws
   * (the ECharts controller's hostUpdated comes after this one): the first drawing is at the right
   * size, and the only one. Reading the size forces the layout ECharts' init would force next anyway.
   */
  private compileAtRenderedSize(): void {
    if (!this.drafted || !this.container) return;
    this.compile({ inThisUpdate: true });
  }

  /** The view on screen was compiled as a draft (see `compileAtRenderedSize`). */
  private drafted = false;

  /** Steps 6–8 again when the data, the size, the attributes or the theme changed; nothing is fetched or validated here. */
  private compile(options: { inThisUpdate?: boolean } = {}): void {
    const loaded = this.current;
    if (this.data.error !== undefined || !loaded) {
      this.drawn = undefined;
      this.drawFailure = undefined;
      this.echarts?.set(undefined);
      return;
    }
    // A dataset of this view still loading or failed (a dashboard loads each URL on its own): the
    // frame shows loading or that error; nothing is drawn from part of the data.
    const missing = this.missingDatasets();
    if (missing.failed.length > 0 || missing.loading) {
      this.drawn = undefined;
      this.drawFailure = undefined;
      this.compiledFrom = undefined;
      this.echarts?.set(undefined);
      return;
    }
    const sized = this.options.sized === true;
    const container = sized ? this.container : null;
    const draft = sized && !container;
    const request: ViewRequest = {
      kind: this.options.kind,
      ...(this.host.view ? { view: this.host.view } : {}),
      overrides: this.options.viewOverrides?.() ?? {},
      ...(this.host.locale ? { locale: this.host.locale } : {}),
      ...(this.host.theme ? { theme: this.host.theme } : {}),
      // Unsized kinds, and a sized chart before its container exists, measure nothing (it would
      // force a layout): the latter is compiled again at its rendered size (a draft first).
      width: !sized ? 0 : container ? container.clientWidth || this.host.clientWidth || 600 : 600,
      height: !sized ? 0 : container?.clientHeight || 360,
      ...(this.host.filter ? { selection: this.host.filter } : {}),
      ...(this.drilledInto !== undefined ? { drilledInto: this.drilledInto } : {}),
      reducedMotion: this.reducedMotion?.matches ?? false,
      decal: this.host.decal === true,
    };
    if (draft) request.draft = true;
    // The loaded spec is immutable: its identity plus the request (and the tokens read from CSS) decide.
    this.readTokens();
    const key = JSON.stringify([request, this.tokenReader.version]);
    if (key === this.compileKey && loaded === this.compiledFrom && (this.drawn || this.drawFailure)) return;
    this.compileKey = key;
    this.compiledFrom = loaded;
    this.drafted = draft;
    const tokens = this.tokens;
    try {
      const drawn = drawViewWith(loaded, { ...request, ...(tokens ? { tokens: () => tokens } : {}) }, this.options.compile as ViewCompiler);
      const heavy = viewDatasetIds(drawn.view).reduce((n, id) => n + (Object.hasOwn(loaded.data.datasets, id) ? loaded.data.datasets[id].records?.length ?? 0 : 0), 0) > DRAW_APART_FROM_RECORDS;
      this.drawn = drawn;
      this.drawFailure = undefined;
      if (this.options.renderHtml) return;
      const compiled = drawn.compiled;
      // What the option's functions close over besides its data: everything asked but the linked selection.
      const { selection: _selection, ...asked } = request;
      // A draft is never drawn: the drawing is compiled once the container exists.
      if (draft) {
        this.echarts?.set(undefined);
        return;
      }
      const context = JSON.stringify([asked, this.tokenReader.version, loadedId(loaded)]);
      this.echarts?.set(compiled.empty ? undefined : { option: compiled.option, maps: compiled.maps, theme: this.tokenReader.echartsTheme()!, context }, { nextTask: heavy, ...options });
    } catch (error) {
      this.drawn = undefined;
      this.echarts?.set(undefined);
      if (error instanceof FullCheckPending) {
        // Attribute overrides the fast check could not pass: the frame says loading until the
        // full validator has loaded, then this compiles again and shows its verdict.
        this.drawFailure = undefined;
        this.compileKey = '';
        void error.ready.then(() => this.host.requestUpdate(), (failure: unknown) => {
          this.drawFailure = failure;
          this.host.requestUpdate();
        });
        return;
      }
      this.drawFailure = error;
    }
  }
}

const loadedIds = new WeakMap<object, number>();
let lastLoadedId = 0;

/** A number for each loaded spec (a refresh brings a new one). */
function loadedId(loaded: object): number {
  let id = loadedIds.get(loaded);
  if (id === undefined) loadedIds.set(loaded, (id = ++lastLoadedId));
  return id;
}

/** Does the spec (before it is loaded) ask to be refreshed? Then its URLs load through the refresh controller. */
function hasRefresh(source: SpecSource): boolean {
  const document = source.document;
  if (document !== undefined) return typeof document === 'object' && document !== null && Object.hasOwn(document, 'refresh');
  // Text not parsed yet: a false positive (a "refresh" key in `meta`) only loads the URLs here, once.
  return /"refresh"\s*:/.test(source.text ?? '');
}

export type { ECharts };
