/**
 * The page every browser benchmark loads: all Tongxin tags, plus hand-written
 * ECharts code drawing the same compiled options, sharing one copy of
 * echarts/core. Node drives it through `window.bench` (page.evaluate); all
 * timing happens here, with performance.now(), so CDP round trips never count.
 */
import '@tongxin/elements/define.js';
import { getInstanceById, init, registerMap, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { compileView, echartsTheme, loadData, themeTokens, type CompiledView } from '@tongxin/core';
import { validateSpec, type Spec, type View } from '@tongxin/spec';
import * as hand from './hand-written.ts';
import { provinceCoverage } from './hand-province.ts';

type Tag = 'tx-county-map' | 'tx-station-coverage' | 'tx-activity-trend' | 'tx-fund-chart' | 'tx-kpi';
type TxElement = HTMLElement & { spec?: unknown; src?: string; chart?: ECharts; option?: Record<string, unknown>; pointOf?(code: string): { x: number; y: number } | undefined };

declare global {
  interface Window {
    gc?: () => void;
    benchReady?: boolean;
    bench: typeof bench;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number; totalJSHeapSize: number };
  }
}

const stage = document.getElementById('stage')!;

/** A div of the chart's size on the stage, after a GC; `start` is taken just before it is appended. */
function stageBox(width: number, height: number): { div: HTMLDivElement; start: number } {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  div.style.height = `${height}px`;
  window.gc?.();
  const start = performance.now();
  stage.append(div);
  return { div, start };
}
const specs = new Map<string, Spec>();
const raws = new Map<string, { compiled: CompiledView; theme: Record<string, unknown>; width: number; height: number }>();
/** Tongxin's compiled option drawn by hand: its maps registered, one setOption; resolves at `finished`. */
function drawCompiled(chart: ECharts, compiled: CompiledView): Promise<number> {
  const finished = new Promise<number>((done) => chart.on('finished', () => done(performance.now())));
  for (const map of compiled.maps) registerMap(map.name, map.geoJSON as never);
  chart.setOption(compiled.option as EChartsCoreOption);
  return finished;
}
/** The element's frame as drawn (its shadow root's style sheets, and its markup without the chart in it), for `mountFramed`. */
const frames = new Map<string, { sheets: CSSStyleSheet[]; markup: string }>();

const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
/**
 * The next frame rendered: its frame callbacks and then its style, layout and paint (a message
 * posted from the frame callback runs after them). What the KPI is compared by: its fit lays the
 * cards out inside a frame callback, hand-written cards are laid out after the callbacks; measured
 * at the callback, the same layout counted on one side only.
 */
const renderedFrame = () => new Promise<number>((done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(performance.now());
  channel.port2.postMessage(0);
}));

function once<K extends string>(target: EventTarget, type: K, timeout = 120_000): Promise<Event> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${type} within ${timeout} ms`)), timeout);
    target.addEventListener(type, (event) => {
      clearTimeout(timer);
      done(event);
    }, { once: true });
  });
}

/** Wait for tx-render; a tx-error rejects with the element's messages. */
function rendered(element: HTMLElement, timeout?: number): Promise<number> {
  return new Promise((done, fail) => {
    const onError = (event: Event) => fail(new Error(`tx-error: ${JSON.stringify((event as CustomEvent).detail)}`));
    element.addEventListener('tx-error', onError, { once: true });
    once(element, 'tx-render', timeout).then(() => {
      element.removeEventListener('tx-error', onError);
      done(performance.now());
    }, fail);
  });
}

/** ECharts instances inside an element, through nested shadow roots (a dashboard's views). */
function chartsIn(root: Element): ECharts[] {
  const charts: ECharts[] = [];
  const visit = (node: Element) => {
    const chart = (node as TxElement).chart;
    if (chart && typeof chart === 'object' && 'id' in chart) charts.push(chart);
    node.shadowRoot?.querySelectorAll('*').forEach(visit);
  };
  visit(root);
  return charts;
}

/** Count calls of ECharts instance methods (on the shared prototype) until `stop()`. */
function countCalls(names = ['setOption', 'resize', 'setTheme', 'clear']): { stop(): Record<string, number> } {
  const probe = init(document.createElement('div'));
  const proto = Object.getPrototypeOf(probe) as Record<string, (...args: unknown[]) => unknown>;
  probe.dispose();
  const counts: Record<string, number> = {};
  const originals = new Map(names.map((name) => [name, proto[name]]));
  for (const [name, original] of originals) {
    proto[name] = function (this: unknown, ...args: unknown[]) {
      counts[name] = (counts[name] ?? 0) + 1;
      return original.apply(this, args);
    };
  }
  return {
    stop() {
      for (const [name, original] of originals) proto[name] = original;
      return counts;
    },
  };
}

function heap(): number {
  window.gc?.();
  return performance.memory?.usedJSHeapSize ?? NaN;
}

/**
 * Heap after GC once what the last mount left has gone: a removed element stays reachable for a
 * few tasks (pending updates, observers), and a baseline taken at once counted it against the
 * next mount (the hand-written side's 100k heap came out at +1 MB).
 */
async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await new Promise((done) => setTimeout(done, 30));
    await nextFrame();
    window.gc?.();
  }
  return heap();
}

/** JSON of an option with functions as a placeholder: to check two options are the same drawing. */
function fingerprint(option: unknown): string {
  return JSON.stringify(option, (_k, v: unknown) => (typeof v === 'function' ? 'ƒ' : v));
}

function chartBox(element: HTMLElement): { width: number; height: number } {
  const box = element.shadowRoot?.querySelector<HTMLElement>('.chart, .cards');
  return { width: box?.clientWidth ?? 0, height: box?.clientHeight ?? 0 };
}

const bench = {
  setSpec(key: string, spec: Spec): void {
    specs.set(key, spec);
  },

  /** The element's chart size for `mountPlain`, measured in another page (`prepareRaw` there): a fresh page mounts nothing first. */
  setChartSize(key: string, width: number, height: number): void {
    raws.set(key, { ...raws.get(key)!, width, height });
  },

  /** Mount an element with the spec as a property; time from append to tx-render and to the next frame. */
  async mountElement(tag: Tag, key: string, width = 640): Promise<{ toEvent: number; toFrame: number; width: number; height: number }> {
    const spec = structuredClone(specs.get(key)!);
    const element = document.createElement(tag) as TxElement;
    element.style.display = 'block';
    element.style.width = `${width}px`;
    element.spec = spec;
    window.gc?.();
    const start = performance.now();
    const done = rendered(element);
    stage.append(element);
    const event = await done;
    const frame = await renderedFrame();
    const box = chartBox(element);
    element.remove();
    return { toEvent: event - start, toFrame: frame - start, ...box };
  },

  /**
   * Compile the spec the way the element does (same size, theme tokens, reduced
   * motion, aria summary) so the hand-written side draws the same option.
   * Returns whether it equals the option the element drew (functions aside).
   */
  async prepareRaw(tag: Tag, key: string, width = 640): Promise<{ width: number; height: number; sameOption: boolean | null; differs?: string[] }> {
    const spec = specs.get(key)!;
    const element = document.createElement(tag) as TxElement;
    element.style.display = 'block';
    element.style.width = `${width}px`;
    element.spec = structuredClone(spec);
    const done = rendered(element);
    stage.append(element);
    await done;
    const box = chartBox(element);
    const drawn = element.option;
    const frame = element.shadowRoot!.querySelector('.frame')!.cloneNode(true) as HTMLElement;
    const container = frame.querySelector('.chart');
    container?.replaceChildren();
    for (const name of container?.getAttributeNames() ?? []) if (!['part', 'class', 'tabindex'].includes(name)) container!.removeAttribute(name);
    frames.set(key, { sheets: [...element.shadowRoot!.adoptedStyleSheets], markup: frame.outerHTML });
    element.remove();

    const result = validateSpec(structuredClone(spec));
    if (!result.valid || !result.spec) throw new Error(`invalid spec ${key}`);
    const data = await loadData(result.spec);
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const tokens = themeTokens(result.spec.theme ?? 'portal');
    const compiled = compileView(result.spec as unknown as View, data, {
      locale: result.spec.locale ?? 'zh-CN', theme: result.spec.theme ?? 'portal',
      width: box.width, height: box.height, reducedMotion, tokens,
    });
    const aria = (compiled.option.aria ?? {}) as Record<string, unknown>;
    compiled.option = {
      ...compiled.option,
      ...(reducedMotion ? { animation: false } : {}),
      aria: { ...aria, enabled: true, label: { description: compiled.summary, ...(aria.label as object) } },
    };
    const same = tag === 'tx-kpi' ? null : fingerprint(drawn) === fingerprint(compiled.option);
    let differs: string[] | undefined;
    if (same === false && drawn) {
      // The element post-processed the compiled option: draw exactly what it drew, and say where they differ.
      const around = (x: string, y: string) => {
        let i = 0;
        while (i < x.length && x[i] === y[i]) i++;
        return `${x.slice(Math.max(0, i - 40), i + 60)} ≠ ${y.slice(Math.max(0, i - 40), i + 60)}`;
      };
      const b = compiled.option;
      differs = [...new Set([...Object.keys(drawn), ...Object.keys(b)])]
        .filter((k) => fingerprint(drawn[k]) !== fingerprint(b[k]))
        .map((k) => `${k}: ${around(fingerprint(drawn[k]), fingerprint(b[k]))}`);
      compiled.option = drawn;
    }
    raws.set(key, { compiled, theme: echartsTheme(tokens), ...box });
    return { ...box, sameOption: same, ...(differs ? { differs } : {}) };
  },

  /** Hand-written: a div of the chart's size, init, registerMap, setOption, wait for `finished`, next frame. */
  async mountRaw(key: string): Promise<{ toEvent: number; toFrame: number }> {
    const { compiled, theme, width, height } = raws.get(key)!;
    const { div, start } = stageBox(width, height);
    let event: number;
    let chart: ECharts | undefined;
    if (compiled.cards) {
      // KPI: the cards as plain DOM, text only, as a hand-written page would.
      for (const card of compiled.cards) {
        const box = div.appendChild(document.createElement('div'));
        box.appendChild(document.createElement('div')).textContent = card.label;
        box.appendChild(document.createElement('strong')).textContent = card.text;
        if (card.change) box.appendChild(document.createElement('span')).textContent = card.change.text;
      }
      event = performance.now();
    } else {
      chart = init(div, theme);
      event = await drawCompiled(chart, compiled);
    }
    const frame = await renderedFrame();
    chart?.dispose();
    div.remove();
    return { toEvent: event - start, toFrame: frame - start };
  },

  /**
   * The floor of an element that keeps its frame: the element's frame markup and style sheets as
   * it drew them (title, badges, sources, the data table's summary), in a shadow root, with
   * Tongxin's option drawn by hand in its chart container. No Lit, no pipeline, no theme read.
   */
  async mountFramed(key: string, width = 640): Promise<{ toEvent: number; toFrame: number }> {
    const { compiled, theme } = raws.get(key)!;
    const { sheets, markup } = frames.get(key)!;
    const host = document.createElement('div');
    host.style.display = 'block';
    host.style.width = `${width}px`;
    window.gc?.();
    const start = performance.now();
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = markup;
    stage.append(host);
    let event: number;
    let chart: ECharts | undefined;
    const container = root.querySelector<HTMLElement>('.chart');
    if (!container) {
      event = performance.now(); // KPI: the cards are in the markup
    } else {
      chart = init(container, theme);
      event = await drawCompiled(chart, compiled);
    }
    const frame = await renderedFrame();
    chart?.dispose();
    host.remove();
    return { toEvent: event - start, toFrame: frame - start };
  },

  /**
   * Plain hand-written ECharts (hand-written.ts): the code a developer would write for the same
   * picture from the same data files, in a div of the element's chart size; to `finished`, next frame.
   */
  async mountPlain(tag: Tag, key: string): Promise<{ toEvent: number; toFrame: number }> {
    const spec = specs.get(key)!;
    const { width, height } = raws.get(key)!;
    const values = (id: string) => (spec.datasets?.[id] as { values?: unknown } | undefined)?.values as never;
    const { div, start } = stageBox(width, height);
    let chart: ECharts | undefined;
    let event: number;
    const view = spec as unknown as Record<string, any>;
    if (tag === 'tx-kpi') {
      hand.kpiCards(div, values(view.data));
      event = performance.now();
    } else {
      let done!: Promise<number>;
      const onInit = (c: ECharts) => { done = hand.finished(c); };
      if (tag === 'tx-fund-chart') chart = hand.fundChart(div, values(view.data), onInit);
      else if (tag === 'tx-activity-trend') chart = hand.activityTrend(div, values(view.data), onInit);
      else if (tag === 'tx-county-map') chart = hand.countyMap(div, values(view.regions), values(view.measure.data), view.measure.field, onInit);
      else chart = hand.stationCoverage(div, values(view.regions), values(view.stations), onInit);
      event = await done;
    }
    const frame = await renderedFrame();
    chart?.dispose();
    div.remove();
    return { toEvent: event - start, toFrame: frame - start };
  },

  /** When, inside one mount, the element hands its option to ECharts (the time before it is the element's own). */
  async mountTimeline(tag: Tag, key: string, width = 640): Promise<{ toSetOption: number; toEvent: number }> {
    const probe = init(document.createElement('div'));
    const proto = Object.getPrototypeOf(probe) as Record<string, (...args: unknown[]) => unknown>;
    probe.dispose();
    const original = proto.setOption;
    let setOptionAt = NaN;
    proto.setOption = function (this: unknown, ...args: unknown[]) {
      if (Number.isNaN(setOptionAt)) setOptionAt = performance.now();
      return original.apply(this, args);
    };
    try {
      const element = document.createElement(tag) as TxElement;
      element.style.display = 'block';
      element.style.width = `${width}px`;
      element.spec = structuredClone(specs.get(key)!);
      window.gc?.();
      const start = performance.now();
      const done = rendered(element);
      stage.append(element);
      const event = await done;
      element.remove();
      return { toSetOption: setOptionAt - start, toEvent: event - start };
    } finally {
      proto.setOption = original;
    }
  },

  /** The library's own pipeline for a spec, timed step by step (what the hand-written side skips). */
  async pipeline(key: string): Promise<{ validate: number; load: number; compile: number }> {
    const raw = raws.get(key)!;
    const input = structuredClone(specs.get(key)!);
    window.gc?.();
    let start = performance.now();
    const result = validateSpec(input);
    const validate = performance.now() - start;
    start = performance.now();
    const data = await loadData(result.spec!);
    const load = performance.now() - start;
    const spec = result.spec!;
    start = performance.now();
    compileView(spec as unknown as View, data, {
      locale: spec.locale ?? 'zh-CN', theme: spec.theme ?? 'portal', width: raw.width, height: raw.height,
      reducedMotion: true, tokens: themeTokens(spec.theme ?? 'portal'),
    });
    return { validate, load, compile: performance.now() - start };
  },

  /**
   * How many times the element calls into its ECharts instance while mounting
   * (until tx-render, then `settleMs` more): a second setOption or resize
   * means a second layout and paint of the whole chart.
   */
  async countChartCalls(tag: Tag, key: string, settleMs = 300, width = 640): Promise<Record<string, number>> {
    const probe = init(document.createElement('div'));
    const proto = Object.getPrototypeOf(probe) as Record<string, (...args: unknown[]) => unknown>;
    probe.dispose();
    const counts: Record<string, number> = {};
    const originals = new Map<string, (...args: unknown[]) => unknown>();
    for (const name of ['setOption', 'resize', 'setTheme', 'dispatchAction', 'clear']) {
      const original = proto[name];
      originals.set(name, original);
      proto[name] = function (this: unknown, ...args: unknown[]) {
        counts[name] = (counts[name] ?? 0) + 1;
        return original.apply(this, args);
      };
    }
    try {
      const element = document.createElement(tag) as TxElement;
      element.style.display = 'block';
      element.style.width = `${width}px`;
      element.spec = structuredClone(specs.get(key)!);
      let renders = 0;
      element.addEventListener('tx-render', () => renders++);
      const done = rendered(element);
      stage.append(element);
      await done;
      const atRender = { ...counts };
      await new Promise((r) => setTimeout(r, settleMs));
      element.remove();
      return { ...Object.fromEntries(Object.entries(atRender).map(([k, v]) => [`${k} (to tx-render)`, v])), ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [`${k} (+${settleMs} ms)`, v])), 'tx-render events': renders };
    } finally {
      for (const [name, original] of originals) proto[name] = original;
    }
  },

  // ---- province scale -------------------------------------------------------

  mounted: undefined as TxElement | undefined,
  rawChart: undefined as ECharts | undefined,

  /** Mount an element from a spec URL; time to tx-render; heap before and after (after GC). */
  async mountSrc(tag: Tag, src: string, width: number, height: number): Promise<{ toEvent: number; toFrame: number; heapBefore: number; heapAfter: number; calls: Record<string, number> }> {
    bench.unmount();
    const heapBefore = await settledHeap();
    const counting = countCalls();
    const element = document.createElement(tag) as TxElement;
    element.style.display = 'block';
    element.style.width = `${width}px`;
    element.style.setProperty('--tx-county-map-height', `${height}px`);
    element.style.setProperty('--tx-station-coverage-height', `${height}px`);
    element.src = src;
    const start = performance.now();
    const done = rendered(element, 300_000);
    stage.append(element);
    const event = await done;
    const frame = await nextFrame();
    const calls = counting.stop();
    bench.mounted = element;
    return { toEvent: event - start, toFrame: frame - start, heapBefore, heapAfter: await settledHeap(), calls };
  },

  /**
   * Plain hand-written ECharts for the province (hand-province.ts): fetch the same two files,
   * registerMap, setOption; from append to `finished`; heap after GC with the chart still up.
   * Stays mounted (as `rawChart`) until `unmount`.
   */
  async mountHandProvince(regionsUrl: string, stationsUrl: string, width: number, height: number): Promise<{ toEvent: number; heapBefore: number; heapAfter: number }> {
    bench.unmount();
    const heapBefore = await settledHeap();
    const { div, start } = stageBox(width, height);
    let done!: Promise<number>;
    const chart = await provinceCoverage(div, regionsUrl, stationsUrl, (c) => { done = hand.finished(c); });
    const event = await done;
    bench.rawChart = chart;
    return { toEvent: event - start, heapBefore, heapAfter: await settledHeap() };
  },

  unmount(): void {
    bench.mounted?.remove();
    bench.mounted = undefined;
    if (bench.rawChart) {
      const dom = bench.rawChart.getDom();
      bench.rawChart.dispose();
      dom.remove();
      bench.rawChart = undefined;
    }
  },

  /** Viewport point of a township in the mounted element. */
  pointOf(code: string): { x: number; y: number } | undefined {
    return bench.mounted?.pointOf?.(code);
  },

  tooltipWait: undefined as Promise<{ latency: number; painted: number }> | undefined,

  /**
   * Arm a waiter: from the next mousemove event (its timeStamp) to the moment
   * the tooltip in the element's shadow root shows `name`, and to the frame after.
   */
  armTooltip(name: string): void {
    const container = bench.mounted!.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    let moved = NaN;
    const onMove = (event: Event) => {
      if (Number.isNaN(moved)) moved = event.timeStamp;
    };
    window.addEventListener('mousemove', onMove, { capture: true });
    bench.tooltipWait = new Promise((done, fail) => {
      const check = (): boolean => {
        for (const child of Array.from(container.children)) {
          if (!(child instanceof HTMLElement) || child.classList.contains('ec-canvas')) continue;
          const style = child.style;
          if (style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0' && child.textContent?.includes(name)) return true;
        }
        return false;
      };
      const observer = new MutationObserver(() => {
        if (Number.isNaN(moved) || !check()) return;
        const at = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        window.removeEventListener('mousemove', onMove, { capture: true });
        nextFrame().then((frame) => done({ latency: at - moved, painted: frame - moved }));
      });
      observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        fail(new Error(`tooltip never showed ${name}`));
      }, 20_000);
    });
  },

  selectWait: undefined as Promise<{ latency: number; key: string }> | undefined,

  /** Arm a waiter: from the next click event (its timeStamp) to tx-select. */
  armSelect(): void {
    const element = bench.mounted!;
    let clicked = NaN;
    const onClick = (event: Event) => {
      if (Number.isNaN(clicked)) clicked = event.timeStamp;
    };
    window.addEventListener('mousedown', onClick, { capture: true });
    bench.selectWait = once(element, 'tx-select', 20_000).then((event) => {
      window.removeEventListener('mousedown', onClick, { capture: true });
      return { latency: performance.now() - clicked, key: (event as CustomEvent<{ key: string }>).detail.key };
    });
  },

  heap,

  // ---- mount/unmount cycles --------------------------------------------------

  chartIds: new Set<string>(),
  chartRefs: [] as WeakRef<object>[],
  hostRefs: [] as WeakRef<object>[],

  /**
   * One cycle: mount `tag` with the spec, wait until every view has drawn
   * (`views` tx-render events, which bubble out of a dashboard's shadow root),
   * note its ECharts instances (ids and weak references), then remove it.
   */
  async mountCycle(tag: string, key: string, views: number, width = 1920, height = 1080): Promise<number> {
    const element = document.createElement(tag) as TxElement;
    element.style.display = 'block';
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
    element.spec = structuredClone(specs.get(key)!);
    const start = performance.now();
    const all = new Promise<void>((done, fail) => {
      let seen = 0;
      const timer = setTimeout(() => fail(new Error(`only ${seen}/${views} views rendered`)), 30_000);
      element.addEventListener('tx-render', () => {
        if (++seen === views) {
          clearTimeout(timer);
          done();
        }
      });
      element.addEventListener('tx-error', (event) => fail(new Error(`tx-error ${JSON.stringify((event as CustomEvent).detail)}`)));
    });
    stage.append(element);
    await all;
    const elapsed = performance.now() - start;
    for (const chart of chartsIn(element)) {
      bench.chartIds.add(chart.id);
      bench.chartRefs.push(new WeakRef(chart));
    }
    bench.hostRefs.push(new WeakRef(element));
    element.remove();
    return elapsed;
  },

  /** After GC: heap, ECharts instances still registered, and charts/elements still reachable. */
  lifecycleStats(): { heap: number; liveInstances: number; reachableCharts: number; reachableElements: number; chartsCreated: number; reachableCycles: number[] } {
    const heapNow = heap();
    let liveInstances = 0;
    for (const id of bench.chartIds) if (getInstanceById(id)) liveInstances++;
    return {
      heap: heapNow,
      liveInstances,
      reachableCharts: bench.chartRefs.filter((r) => r.deref() !== undefined).length,
      reachableElements: bench.hostRefs.filter((r) => r.deref() !== undefined).length,
      chartsCreated: bench.chartRefs.length,
      // Which mounts (counted from 1) are still reachable: only the latest means retained, not leaking.
      reachableCycles: bench.hostRefs.flatMap((r, i) => (r.deref() !== undefined ? [i + 1] : [])),
    };
  },

  /** Whether ECharts still knows an instance id (a disposed instance is forgotten). */
  liveInstance(id: string): boolean {
    return getInstanceById(id) != null;
  },
};

window.bench = bench;
window.benchReady = true;
