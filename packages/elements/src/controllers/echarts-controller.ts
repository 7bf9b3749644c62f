import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { init, registerMap, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { guardZrenderCaches } from '@tongxin/core';
import { mergesOnto, optionFingerprint } from './option-diff.ts';

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
  /**
   * Called when ECharts threw while creating the instance or drawing the content (an ECharts bug,
   * or a page that broke a built-in ECharts relies on). The content is dropped: nothing is drawn
   * until the next `set`, so the host can show the failure instead of a blank box.
   */
  onDrawFailed?: (error: unknown) => void;
}

/** The option plus what must be registered before it can be drawn. */
export interface ChartContent {
  option: Record<string, unknown>;
  maps: { name: string; geoJSON: unknown }[];
  /** An ECharts theme object (from the element's theme tokens). */
  theme: Record<string, unknown>;
  /**
   * What the option's functions (formatters, projections) were made from besides the option's
   * own data: locale, size, theme, spec. Functions are compared by their source text, so a
   * part whose JSON is unchanged keeps ECharts' copy unless this or another part changed.
   */
  context?: string;
}

/** A top-level option part as last handed to ECharts; its JSON is computed only when a later draw needs it. */
interface DrawnPart {
  value: unknown;
  json?: string;
  /** The part holds functions (known once `json` is). */
  functions?: boolean;
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
  private drawn = new Map<string, DrawnPart>();
  private drawnContext: string | undefined;
  private drawnTheme = '';
  /** The theme object `drawnTheme` is the JSON of: the same object needs no JSON. */
  private drawnThemeObject: Record<string, unknown> | undefined;
  private dpr: number | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private renderPending = false;
  /** The draw waits for a task of its own (see `set`). */
  private drawInNextTask = false;
  private nextTaskTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: EChartsControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /**
   * Ask for `content` to be drawn after the host's next update (`inThisUpdate`: after this one,
   * set from an earlier controller's hostUpdated). `nextTask`: the content was slow
   * to make (a compile over a million records), so ECharts draws it in a task of its own rather
   * than adding its own tens of milliseconds to that one long task.
   */
  set(content: ChartContent | undefined, options: { nextTask?: boolean; inThisUpdate?: boolean } = {}): void {
    this.content = content;
    this.drawInNextTask = options.nextTask === true && content !== undefined;
    // `inThisUpdate`: the host is between its render and this controller's hostUpdated, which draws it.
    if (!options.inThisUpdate) this.host.requestUpdate();
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
    if (this.drawInNextTask) {
      this.drawInNextTask = false;
      clearTimeout(this.nextTaskTimer);
      this.nextTaskTimer = setTimeout(() => {
        this.nextTaskTimer = undefined;
        this.hostUpdated();
      }, 0);
      return;
    }
    if (this.nextTaskTimer !== undefined) return; // a draw is already waiting for its own task
    // Lit still updates a host after it left the document (a pending task, a parent's last
    // render): an instance created then would never be disposed and would keep the element alive.
    if (!this.host.isConnected) return;
    const container = this.options.container();
    if (!container) return;
    const dpr = this.options.devicePixelRatio?.();
    if (this.chart && (this.chart.getDom() !== container || dpr !== this.dpr || !this.content)) this.dispose();
    try {
      // One instance per mount, created when there is something to draw, with its theme at init.
      if (!this.chart && this.content) this.create(container, dpr);
      this.draw();
    } catch (error) {
      this.dispose();
      this.content = undefined;
      if (!this.options.onDrawFailed) throw error;
      this.options.onDrawFailed(error);
    }
  }

  hostDisconnected(): void {
    this.dispose();
  }

  /** Dispose now; the next update re-creates the instance. */
  dispose(): void {
    clearTimeout(this.nextTaskTimer);
    this.nextTaskTimer = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    // Nothing drawn stays behind, nor the summary ECharts' aria put on the container: under the
    // frame's empty or error state a screen reader would still read the last chart.
    const container = this.chart?.getDom();
    this.chart?.dispose();
    container?.removeAttribute('aria-label');
    container?.removeAttribute('role');
    this.chart = undefined;
    this.drawn = new Map();
    this.drawnContext = undefined;
    this.drawnTheme = '';
    this.drawnThemeObject = undefined;
  }

  private create(container: HTMLElement, dpr: number | undefined): void {
    guardZrenderCaches();
    // The theme goes in at init: ECharts' setTheme only applies once an option has been set.
    const chart = init(container, this.content?.theme, { devicePixelRatio: dpr });
    this.chart = chart;
    this.dpr = dpr;
    this.drawnTheme = this.content ? JSON.stringify(this.content.theme) : '';
    this.drawnThemeObject = this.content?.theme;
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

    const theme = content.theme === this.drawnThemeObject ? this.drawnTheme : JSON.stringify(content.theme);
    this.drawnThemeObject = content.theme;
    if (theme !== this.drawnTheme && this.drawn.size === 0) {
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
    // Only the top-level components that changed are handed to ECharts: merged into theirs where
    // that leaves exactly the new part (mergesOnto: new data, the same keys), else replacing theirs.
    const first = this.drawn.size === 0;
    const next = new Map<string, DrawnPart>();
    const replace: string[] = [];
    const merge: string[] = [];
    /** Parts equal as JSON but not the same objects: their functions may be new closures. */
    const equalJson: string[] = [];
    for (const [key, value] of Object.entries(content.option)) {
      const before = this.drawn.get(key);
      if (before && before.value === value) {
        next.set(key, before); // the very same objects (and functions): nothing to compare
        continue;
      }
      const part: DrawnPart = { value };
      next.set(key, part);
      // The first draw has nothing to compare with: no JSON until a later draw asks for it.
      if (before && fingerprinted(before).json === fingerprinted(part).json) equalJson.push(key);
      else if (before && mergesOnto(before.value, value)) merge.push(key);
      else replace.push(key);
    }
    for (const key of this.drawn.keys()) {
      if (!next.has(key) && isComponentKey(key)) replace.push(key);
    }
    // A function is judged by its source text; what it closes over is the rest of the option
    // (its data) and the context. If either changed, parts holding functions go again: merged, not
    // replaced (ECharts keeps their models and views, the tooltip's DOM among them), since they
    // differ from what is drawn in their functions only, and a merge overwrites every function.
    if (!first && (replace.length > 0 || merge.length > 0 || content.context !== this.drawnContext)) {
      for (const key of equalJson) if (fingerprinted(next.get(key)!).functions) merge.push(key);
    }
    this.drawn = next;
    this.drawnContext = content.context;
    // The first draw computed no JSON; the next change compares against it. Compute it while the
    // page is idle, so a first click after the mount does not pay for it.
    if (first) fingerprintWhenIdle(next);
    if (replace.length === 0 && merge.length === 0) return;
    const changed: Record<string, unknown> = {};
    for (const key of [...replace, ...merge]) changed[key] = next.has(key) ? next.get(key)!.value : [];
    this.renderPending = true;
    // Diffing is by JSON, so an unchanged option is never re-sent (hover state and tooltips survive).
    chart.setOption(changed as EChartsCoreOption, { replaceMerge: replace.filter(isComponentKey) });
  }
}

/** Fingerprint the parts of a drawn option in an idle period (a timer where there is no requestIdleCallback). */
function fingerprintWhenIdle(parts: Map<string, DrawnPart>): void {
  const run = () => {
    for (const part of parts.values()) fingerprinted(part);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 0);
}

/** The part with its fingerprint (computed once, see `optionFingerprint`). */
function fingerprinted(part: DrawnPart): DrawnPart & { json: string } {
  if (part.json === undefined) Object.assign(part, optionFingerprint(part.value));
  return part as DrawnPart & { json: string };
}

/** Keys ECharts treats as component lists (replaceMerge accepts only these). */
function isComponentKey(key: string): boolean {
  return !['animation', 'animationDuration', 'animationDurationUpdate', 'animationEasing', 'backgroundColor',
    'color', 'textStyle', 'darkMode', 'useUTC', 'stateAnimation', 'hoverLayerThreshold', 'aria', 'media',
    'blendMode', 'progressive', 'progressiveThreshold'].includes(key);
}
