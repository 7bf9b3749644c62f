import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { init, registerMap, type ECharts, type EChartsCoreOption } from 'echarts/core';

/** What the controller needs from its host element. */
export interface EChartsControllerOptions {
  /** The element ECharts draws into; null until the host has rendered it. */
  container: () => HTMLElement | null;
  /** Device pixel ratio for the canvas; big screens pass ratio × scale to stay sharp. Default: the window's. */
  devicePixelRatio?: () => number | undefined;
  /** Called with the new instance, to attach event handlers. */
  onInit?: (chart: ECharts) => void;
  /** Called after the container changed size (the chart has been resized). */
  onResize?: () => void;
  /** Called after an option has been drawn and its animation has finished. */
  onRendered?: () => void;
}

/** The option plus what must be registered before it can be drawn. */
export interface ChartContent {
  option: Record<string, unknown>;
  maps: { name: string; geoJSON: unknown }[];
  /** An ECharts theme object (from the element's theme tokens). */
  theme: Record<string, unknown>;
}

/**
 * Owns one ECharts instance for a Lit host: creates it once the host has
 * rendered its container, sets only the parts of the option that changed,
 * follows the container's size, and disposes it when the host leaves the
 * document (a dashboard running all day must not grow). Re-created on reconnect.
 *
 * `new EChartsController(host, { container: () => this.renderRoot.querySelector('.chart') })`
 */
export class EChartsController implements ReactiveController {
  /** The live instance, or undefined while the host is disconnected. */
  chart: ECharts | undefined;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: EChartsControllerOptions;
  private content: ChartContent | undefined;
  private drawn: Record<string, string> = {};
  private drawnTheme = '';
  private dpr: number | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private renderPending = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: EChartsControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Ask for `content` to be drawn after the host's next update. */
  set(content: ChartContent | undefined): void {
    this.content = content;
    this.host.requestUpdate();
  }

  /** The full option last drawn (for export and for tests that compare with the table). */
  get option(): Record<string, unknown> | undefined {
    return this.content?.option;
  }

  hostConnected(): void {
    // The instance itself waits for hostUpdated: the container may not be rendered yet.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const container = this.options.container();
    if (!container) return;
    const dpr = this.options.devicePixelRatio?.();
    if (this.chart && (this.chart.getDom() !== container || dpr !== this.dpr)) this.dispose();
    if (!this.chart) this.create(container, dpr);
    this.draw();
  }

  hostDisconnected(): void {
    this.dispose();
  }

  /** Dispose now; the next update re-creates the instance. */
  dispose(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
    this.drawn = {};
    this.drawnTheme = '';
  }

  private create(container: HTMLElement, dpr: number | undefined): void {
    // The theme goes in at init: ECharts' setTheme only applies once an option has been set.
    const chart = init(container, this.content?.theme, { devicePixelRatio: dpr });
    this.chart = chart;
    this.dpr = dpr;
    this.drawnTheme = this.content ? JSON.stringify(this.content.theme) : '';
    chart.on('finished', () => {
      if (!this.renderPending) return;
      this.renderPending = false;
      this.options.onRendered?.();
    });
    this.options.onInit?.(chart);
    this.resizeObserver = new ResizeObserver(() => {
      // Only resize for real size changes: a zero-size (hidden) container keeps the last drawing,
      // and the observer's first call (same size as at init) would redraw everything for nothing.
      const width = container.clientWidth;
      const height = container.clientHeight;
      if (width > 0 && height > 0 && (width !== chart.getWidth() || height !== chart.getHeight())) {
        chart.resize();
        this.options.onResize?.();
      }
    });
    this.resizeObserver.observe(container);
  }

  private draw(): void {
    const chart = this.chart;
    const content = this.content;
    if (!chart || !content) return;
    for (const map of content.maps) registerMap(map.name, map.geoJSON as Parameters<typeof registerMap>[1]);

    const theme = JSON.stringify(content.theme);
    if (theme !== this.drawnTheme && Object.keys(this.drawn).length === 0) {
      // Nothing drawn yet: start again with the theme in init.
      this.dispose();
      this.create(this.options.container()!, this.options.devicePixelRatio?.());
      this.draw();
      return;
    }
    if (theme !== this.drawnTheme) {
      chart.setTheme(content.theme);
      this.drawnTheme = theme;
      this.renderPending = true;
    }
    // Only the top-level components that changed are handed to ECharts, replacing theirs.
    const changed: Record<string, unknown> = {};
    const replace: string[] = [];
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries(content.option)) {
      const json = fingerprint(value);
      next[key] = json;
      if (this.drawn[key] !== json) {
        changed[key] = value;
        replace.push(key);
      }
    }
    const removed = Object.keys(this.drawn).filter((key) => !(key in next));
    for (const key of removed.filter(isComponentKey)) {
      changed[key] = [];
      replace.push(key);
    }
    this.drawn = next;
    if (replace.length === 0) return;
    this.renderPending = true;
    // Diffing is by JSON, so an unchanged option is never re-sent (hover state and tooltips survive).
    chart.setOption(changed as EChartsCoreOption, { replaceMerge: replace.filter(isComponentKey) });
  }
}

const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0;

/**
 * JSON of an option part in which each function (a tooltip formatter, a
 * projection) stands for its identity: a recompiled formatter counts as a change.
 */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'function') return v;
    let id = functionIds.get(v);
    if (id === undefined) functionIds.set(v, (id = ++nextFunctionId));
    return `ƒ${id}`;
  });
}

/** Keys ECharts treats as component lists (replaceMerge accepts only these). */
function isComponentKey(key: string): boolean {
  return !['animation', 'animationDuration', 'animationDurationUpdate', 'animationEasing', 'backgroundColor',
    'color', 'textStyle', 'darkMode', 'useUTC', 'stateAnimation', 'hoverLayerThreshold', 'aria', 'media',
    'blendMode', 'progressive', 'progressiveThreshold'].includes(key);
}
