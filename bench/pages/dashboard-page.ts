/**
 * The 武宣 dashboard two ways in one page, for bench/dashboard.ts: `<tx-dashboard>` with the spec
 * (datasets inline) and a plain hand-written page of the same charts (hand-written.ts: a CSS grid,
 * ECharts per chart, HTML KPI cards, a click on a township redrawing the trend for it). Node drives
 * it through `window.dashboardBench`; all timing is here, with performance.now().
 */
import '@tongxin/elements/define.js';
import '@tongxin/elements/dashboard.js';
import type { ECharts } from 'echarts/core';
import * as hand from './hand-written.ts';

declare global {
  interface Window {
    gc?: () => void;
    benchReady?: boolean;
    dashboardBench: typeof bench;
  }
}

type Dashboard = HTMLElement & { spec?: unknown; clearSelection(): void; selection: unknown };
const stage = document.getElementById('stage')!;
const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
let spec: Record<string, any>;
let mounted: { dashboard?: Dashboard; hand?: { root: HTMLElement; charts: ECharts[]; select(code: string | null): Promise<number> } } = {};

/** Resolves when every view id in `ids` has fired tx-render (they bubble out of the dashboard). */
function rendered(target: EventTarget, ids: string[]): Promise<number> {
  const left = new Set(ids);
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no tx-render from ${[...left]}`)), 60_000);
    const onRender = (event: Event) => {
      left.delete((event as CustomEvent<{ viewId: string }>).detail.viewId);
      if (left.size > 0) return;
      clearTimeout(timer);
      target.removeEventListener('tx-render', onRender);
      done(performance.now());
    };
    target.addEventListener('tx-render', onRender);
    target.addEventListener('tx-error', (event) => fail(new Error(JSON.stringify((event as CustomEvent).detail))), { once: true });
  });
}

function values(id: string): never {
  return spec.datasets[id].values as never;
}

const bench = {
  setSpec(value: Record<string, any>): void {
    spec = value;
  },

  unmount(): void {
    mounted.dashboard?.remove();
    if (mounted.hand) {
      for (const chart of mounted.hand.charts) chart.dispose();
      mounted.hand.root.remove();
    }
    mounted = {};
  },

  /** `<tx-dashboard>` from append to every view's tx-render, and the next frame. */
  async mountDashboard(): Promise<{ toEvent: number; toFrame: number }> {
    bench.unmount();
    const dashboard = document.createElement('tx-dashboard') as Dashboard;
    dashboard.style.cssText = 'display:block;width:1920px;height:1080px';
    dashboard.spec = structuredClone(spec);
    window.gc?.();
    const start = performance.now();
    const done = rendered(dashboard, spec.views.map((v: { id: string }) => v.id));
    stage.append(dashboard);
    const event = await done;
    const frame = await nextFrame();
    mounted.dashboard = dashboard;
    return { toEvent: event - start, toFrame: frame - start };
  },

  /** The hand-written page: header, grid, three charts and the KPI cards; to every chart's `finished`, next frame. */
  async mountHand(): Promise<{ toEvent: number; toFrame: number }> {
    bench.unmount();
    const root = document.createElement('div');
    root.style.cssText = 'width:1920px;height:1080px;display:grid;grid-template-columns:repeat(24,1fr);grid-template-rows:48px repeat(24,1fr);gap:12px;background:#0b1e3f;color:#e6f1ff;font:14px sans-serif';
    const cell = (x: number, y: number, w: number, h: number) => {
      const div = root.appendChild(document.createElement('div'));
      div.style.cssText = `grid-column:${x + 1}/span ${w};grid-row:${y + 2}/span ${h};min-width:0;min-height:0`;
      return div;
    };
    window.gc?.();
    const start = performance.now();
    stage.append(root);
    root.appendChild(document.createElement('h1')).textContent = spec.title;
    (root.firstChild as HTMLElement).style.cssText = 'grid-column:1/-1;margin:0;font-size:24px';
    const views = Object.fromEntries(spec.views.map((v: { id: string }) => [v.id, v])) as Record<string, any>;
    const box = (id: string) => cell(views[id].grid.x, views[id].grid.y, views[id].grid.w, views[id].grid.h);
    const charts: ECharts[] = [];
    const finished: Promise<number>[] = [];
    const onInit = (chart: ECharts) => { charts.push(chart); finished.push(hand.finished(chart)); };
    const activities = values(views.trend.data) as hand.ActivityRow[];
    let trend!: ECharts;
    /** The link: a township selects the trend's records (null: all of them), redrawn; resolves at its `finished`. */
    const select = (code: string | null): Promise<number> => {
      const redrawn = hand.finished(trend);
      trend.setOption(hand.trendOption(code === null ? activities : activities.filter((a) => a.township === code)));
      return redrawn;
    };
    hand.stationCoverage(box('map'), values(views.map.regions), values(views.map.stations), onInit, (code) => void select(code));
    hand.kpiCards(box('kpi'), views.kpi.items);
    trend = hand.activityTrend(box('trend'), activities, onInit);
    hand.fundChart(box('funds'), values(views.funds.data), onInit);
    const event = Math.max(...await Promise.all(finished));
    const frame = await nextFrame();
    mounted.hand = { root, charts, select };
    return { toEvent: event - start, toFrame: frame - start };
  },

  /**
   * A township selected on the map → the linked trend redrawn (`finished`), then the next frame.
   * Both sides start where a click handler starts (hit testing is ECharts' on both): the
   * dashboard gets the map view's tx-select, the hand page calls its click handler's function.
   * Also counts the views that redrew (tx-render) on the dashboard.
   */
  async select(code: string, name: string): Promise<{ toEvent: number; toFrame: number; redrawn: string[] }> {
    const redrawn: string[] = [];
    if (mounted.dashboard) {
      const dashboard = mounted.dashboard;
      const map = dashboard.shadowRoot!.querySelector('[data-view="map"] tx-station-coverage')!;
      const onRender = (event: Event) => redrawn.push((event as CustomEvent<{ viewId: string }>).detail.viewId);
      dashboard.addEventListener('tx-render', onRender);
      const start = performance.now();
      const done = rendered(dashboard, ['trend']);
      map.dispatchEvent(new CustomEvent('tx-select', { detail: { viewId: 'map', key: code, name }, bubbles: true, composed: true }));
      const event = await done;
      const frame = await nextFrame();
      await new Promise((r) => setTimeout(r, 50));
      dashboard.removeEventListener('tx-render', onRender);
      return { toEvent: event - start, toFrame: frame - start, redrawn };
    }
    const start = performance.now();
    const event = await mounted.hand!.select(code);
    const frame = await nextFrame();
    return { toEvent: event - start, toFrame: frame - start, redrawn: ['trend'] };
  },

  /** Back to all townships (untimed, between rounds). */
  async clear(): Promise<void> {
    if (mounted.dashboard) {
      const done = rendered(mounted.dashboard, ['trend']);
      mounted.dashboard.clearSelection();
      await done;
    } else {
      await mounted.hand!.select(null);
    }
  },
};

window.dashboardBench = bench;
window.benchReady = true;
