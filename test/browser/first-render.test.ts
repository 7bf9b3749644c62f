/// <reference types="mocha" />
// What a first render costs, in counts a profile would otherwise have to show: Lit updates and
// ECharts setOption calls until every view has drawn. A view handed a loaded spec (a dashboard's)
// draws in its first update, at its container's final size, once.
import { expect } from '@esm-bundle/chai';
import { kpiSpec, SPECS } from './fixtures/specs.ts';
import { mount } from './helpers.ts';
import { pipelineStats } from '@tongxin/core';
import { mountDashboard, views } from './dashboard-helpers.ts';
import { watchIntl } from '../intl-watch.ts';

const VIEW_TAGS = ['tx-county-map', 'tx-station-coverage', 'tx-activity-trend', 'tx-fund-chart', 'tx-kpi'];

afterEach(() => {
  for (const el of [...document.body.children]) if (el.tagName === 'DIV') el.remove();
});

/** The 武宣 dashboard with every dataset inline (no fetch: the counts do not depend on the network). */
async function inlineWuxuan(): Promise<Record<string, unknown>> {
  const base = new URL('/data/wuxuan/dashboard.json', location.href);
  const spec = await (await fetch(base)).json();
  for (const [id, dataset] of Object.entries<Record<string, unknown>>(spec.datasets)) {
    if (typeof dataset.url !== 'string') continue;
    const { url, ...rest } = dataset;
    const format = rest.format ?? (/\.geo\.json$/.test(url) ? 'geojson' : 'json');
    spec.datasets[id] = { ...rest, format, values: await (await fetch(new URL(url, base))).json() };
  }
  return spec;
}

/** Count calls of a prototype method until `stop()`, by `this`. */
function countCalls(proto: Record<string, unknown>, name: string): { counts: Map<unknown, number>; stop(): void } {
  const original = proto[name] as (...args: unknown[]) => unknown;
  const counts = new Map<unknown, number>();
  proto[name] = function (this: unknown, ...args: unknown[]) {
    counts.set(this, (counts.get(this) ?? 0) + 1);
    return original.apply(this, args);
  };
  return { counts, stop: () => { proto[name] = original; } };
}

/** Which of `states` (name → selector in the host's shadow root) showed, in order, at each DOM change until `stop()`. */
function watchShown(host: HTMLElement, states: Record<string, string>): { stop(): string[] } {
  const shown: string[] = [];
  const seen = new MutationObserver(() => {
    for (const [name, selector] of Object.entries(states)) if (host.shadowRoot?.querySelector(selector)) shown.push(name);
  });
  seen.observe(host.shadowRoot!, { subtree: true, childList: true });
  return { stop: () => { seen.disconnect(); return shown; } };
}

describe('first render', () => {
  for (const tag of ['tx-fund-chart', 'tx-county-map', 'tx-kpi'] as const) {
    it(`${tag} with its data inline renders its view first, no loading frame before it, and draws once`, async () => {
      const el = document.createElement(tag);
      el.style.width = '640px';
      (el as HTMLElement & { spec: unknown }).spec = SPECS[tag]();
      const rendered = new Promise((resolve) => el.addEventListener('tx-render', resolve, { once: true }));
      document.body.append(el);
      const seen = watchShown(el, { loading: '[part~="loading"]', view: '[part="chart"] canvas, [part="card"]' });
      await rendered;
      const shown = seen.stop();
      expect(shown.includes('loading'), shown.join(' ')).to.equal(false);
      expect(shown.at(-1)).to.equal('view');
      const chart = (el as HTMLElement & { chart?: { getOption(): unknown } }).chart;
      if (chart) expect(chart.getOption()).to.exist;
      el.remove();
    });
  }

  it('a spec whose data are still loading shows the loading state by the next frame (never a blank box)', async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => new Promise<Response>(() => {});
    try {
      const el = document.createElement('tx-fund-chart');
      el.style.width = '640px';
      (el as HTMLElement & { spec: unknown }).spec = { ...SPECS['tx-fund-chart'](), datasets: { funds: { url: '/virtual/funds.json' } } };
      document.body.append(el);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // A frame callback asked for after the element's first update runs after the element's own,
      // and before that frame is painted: the loading state is in the DOM by then.
      const text = await new Promise<string>((resolve) => requestAnimationFrame(() => resolve(el.shadowRoot!.textContent ?? '')));
      expect(text).to.contain('加载中');
      el.remove();
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('each view of a dashboard updates once and draws once, at its final size', async () => {
    const spec = await inlineWuxuan();
    // The ECharts prototype every instance shares, from a chart drawn before counting.
    const probe = (await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart']() })).el;
    const chartProto = Object.getPrototypeOf(probe.chart) as Record<string, unknown>;
    probe.remove();
    const setOption = countCalls(chartProto, 'setOption');
    const resize = countCalls(chartProto, 'resize');
    const updates = VIEW_TAGS.map((tag) => countCalls(customElements.get(tag)!.prototype as never, 'performUpdate'));
    try {
      const { dashboard } = await mountDashboard({ spec, width: 1920, height: 1080 });
      const drawn = views(dashboard);
      expect([...drawn.keys()]).to.deep.equal(['map', 'kpi', 'trend', 'funds']);
      // Every view drew from its first update: no loading frame rendered first, no second update.
      for (const [id, view] of drawn) {
        const count = updates.reduce((n, u) => n + (u.counts.get(view) ?? 0), 0);
        expect(count, `Lit updates of ${id}`).to.equal(1);
      }
      // One setOption per chart, none later (nothing was compiled at a size it was not drawn at).
      await new Promise((resolve) => setTimeout(resolve, 300));
      const charts = [...drawn.values()].filter((view) => view.tagName !== 'TX-KPI') as (HTMLElement & { chart: { getWidth(): number; getHeight(): number } })[];
      expect([...setOption.counts.values()].reduce((a, b) => a + b, 0)).to.equal(charts.length);
      expect(resize.counts.size).to.equal(0);
      for (const chart of charts) {
        expect(setOption.counts.get(chart.chart), chart.tagName).to.equal(1);
        const container = chart.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
        expect([chart.chart.getWidth(), chart.chart.getHeight()]).to.deep.equal([container.clientWidth, container.clientHeight]);
      }
    } finally {
      for (const counter of [setOption, resize, ...updates]) counter.stop();
    }
  });
});

describe('county map', () => {
  it('compiles once per mount: ECharts fits the regions to the chart, so a resize redraws without compiling again', async () => {
    const before = pipelineStats().compile;
    const { el } = await mount('tx-county-map', { spec: SPECS['tx-county-map'](), width: 640 });
    expect(pipelineStats().compile - before, 'compiles to the first drawing').to.equal(1);
    const inside = (code: string) => {
      const point = (el as unknown as { pointOf(key: string): { x: number; y: number } | undefined }).pointOf(code)!;
      const box = el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
      return point.x > box.left && point.x < box.right && point.y > box.top && point.y < box.bottom;
    };
    const wide = (el as unknown as { pointOf(key: string): { x: number } }).pointOf('451323101').x;
    el.style.width = '320px';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pipelineStats().compile - before, 'compiles after a resize').to.equal(1);
    // Redrawn to the new width: the regions moved and every one is still inside the chart.
    expect((el as unknown as { pointOf(key: string): { x: number } }).pointOf('451323101').x).to.be.lessThan(wide);
    for (const code of ['451323100', '451323101', '451323102', '451323103']) expect(inside(code), code).to.equal(true);
    el.remove();
  });
});

describe('dashboard first render', () => {
  it('a dashboard with its data inline renders its views first (no loading message before them) and, once drawn, updates no more', async () => {
    const spec = await inlineWuxuan();
    const updates = countCalls(customElements.get('tx-dashboard')!.prototype as never, 'performUpdate');
    try {
      const dashboard = document.createElement('tx-dashboard') as HTMLElement & { spec: unknown };
      dashboard.style.cssText = 'display:block;width:1280px;height:720px';
      dashboard.spec = spec;
      const ids = new Set((spec.views as { id: string }[]).map((v) => v.id));
      const drawn = new Promise<void>((resolve) => dashboard.addEventListener('tx-render', (event) => {
        ids.delete((event as CustomEvent<{ viewId: string }>).detail.viewId);
        if (ids.size === 0) resolve();
      }));
      document.body.append(dashboard);
      const seen = watchShown(dashboard, { loading: '[part="loading"]', stage: '[part="stage"]' });
      await drawn;
      const shown = seen.stop();
      expect(shown.includes('loading'), shown.join(' ')).to.equal(false);
      expect(shown.at(-1)).to.equal('stage');
      // Its size was read while it rendered: the resize observer's first report (the same size) and
      // the views' draws ask for no update of the dashboard.
      const before = updates.counts.get(dashboard) ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(updates.counts.get(dashboard) ?? 0).to.equal(before);
      // A real resize re-fits it.
      dashboard.style.width = '960px';
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(updates.counts.get(dashboard) ?? 0).to.be.greaterThan(before);
      const stage = dashboard.shadowRoot!.querySelector<HTMLElement>('[part="stage"]')!;
      expect(stage.getBoundingClientRect().width).to.be.at.most(961);
      dashboard.remove();
    } finally {
      updates.stop();
    }
  });
});

describe('KPI fit', () => {
  const frames = (n: number) => new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

  /**
   * Appends a tx-kpi and waits until it is drawn and fitted (four frames); `writes` is how many style
   * writes the cards had on the way: each scale a fit tries is one, and a layout.
   */
  async function mountFitted(el: HTMLElement): Promise<{ writes: number }> {
    const rendered = new Promise((resolve, reject) => {
      el.addEventListener('tx-render', resolve, { once: true });
      el.addEventListener('tx-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))), { once: true });
    });
    document.body.append(el);
    let writes = 0;
    const count = new MutationObserver((records) => { writes += records.filter((r) => (r.target as Element).matches('[part~="cards"]')).length; });
    count.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['style'] });
    await rendered;
    await frames(4);
    count.disconnect();
    return { writes };
  }

  it('writes nothing when the cards fit as laid out, so the first frame lays them out once', async () => {
    const el = document.createElement('tx-kpi') as HTMLElement & { spec: unknown };
    el.style.cssText = 'display:block;width:1600px';
    el.spec = kpiSpec();
    const rendered = new Promise((resolve) => el.addEventListener('tx-render', resolve, { once: true }));
    document.body.append(el);
    await rendered;
    await frames(4);
    const cards = el.shadowRoot!.querySelector<HTMLElement>('[part~="cards"]')!;
    const values = [...cards.querySelectorAll<HTMLElement>('.card-value')];
    // The case this test is about: every figure fits its card at full size.
    expect(values.length).to.be.greaterThan(1);
    for (const v of values) expect(v.scrollWidth).to.be.at.most(v.clientWidth + 0.5);
    // Three short figures in 1600px: one row (the fit once sized cards by their own width, and the
    // grid lost a column).
    expect(new Set(values.map((v) => Math.round(v.parentElement!.getBoundingClientRect().top))).size, 'rows').to.equal(1);
    // A style written after the layout makes the frame lay the cards out a second time.
    expect(cards.style.length, `written: ${cards.style.cssText}`).to.equal(0);
    el.remove();
  });

  it('fits cards too tall for their cell once; an update or resize that changes nothing lays nothing out again; new figures fit again', async () => {
    const el = document.createElement('tx-kpi') as HTMLElement & { spec: unknown; requestUpdate(): void; updateComplete: Promise<unknown> };
    el.style.cssText = 'display:block;width:360px;height:170px';
    el.spec = kpiSpec();
    const { writes: tries } = await mountFitted(el);
    // The card minimum, then the predicted scale and the one a step beside it (the full size is the
    // styles' fallback, written as nothing); the last one that fitted is kept. The search that halved
    // 0.3–1 made 9 writes, the one that started from the full-size layout's proportion 8.
    expect(tries, 'style writes of the first fit').to.be.at.most(4);
    const cards = el.shadowRoot!.querySelector<HTMLElement>('[part~="cards"]')!;
    const body = el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
    // The setting this test is about: the cards did not fit at full size and were scaled down to fit.
    const scale = Number(cards.style.getPropertyValue('--_cards-fit'));
    expect(scale).to.be.greaterThan(0).and.lessThan(1);
    expect(cards.scrollHeight).to.be.at.most(body.clientHeight + 1);
    // …at the largest factor that fits, within 2%: a little larger runs over the cell.
    cards.style.setProperty('--_cards-fit', String(scale + 0.02));
    expect(cards.scrollHeight, 'height 2% larger').to.be.greaterThan(body.clientHeight + 0.5);
    cards.style.setProperty('--_cards-fit', String(scale));

    // Every fit starts from full size and searches: a style write on the cards means a fit ran.
    let writes = 0;
    const watch = new MutationObserver((records) => { writes += records.length; });
    watch.observe(cards, { attributes: true, attributeFilter: ['style'] });
    el.requestUpdate();
    await el.updateComplete;
    el.style.width = '360.2px'; // observed by the resize observer, same whole-pixel room
    await frames(4);
    expect(writes, 'style writes after an update that changed nothing').to.equal(0);

    // New, longer figures: fitted again, and they fit.
    const spec = kpiSpec();
    spec.items = spec.items.map((item) => ({ ...item, label: `${item.label}（全县合计，含各乡镇）` }));
    el.spec = spec;
    await el.updateComplete;
    await frames(4);
    watch.disconnect();
    expect(writes).to.be.greaterThan(0);
    expect(cards.scrollHeight).to.be.at.most(body.clientHeight + 1);
    el.remove();
  });

  it('fits every room to within 2% of the largest scale that fits, in fewer layouts than halving', async function () {
    this.timeout(60_000);
    const long = kpiSpec();
    long.items = [...long.items, ...long.items.map((item) => ({ ...item, label: `${item.label}（全县合计）`, value: item.unit === 'percent' ? item.value : item.value * 1000 }))];
    const cases: { spec: ReturnType<typeof kpiSpec>; width: number; height: number; minimum?: string }[] = [];
    for (const spec of [kpiSpec(), long]) {
      for (const width of [300, 520, 900]) {
        for (const height of [150, 180, 240]) {
          for (const minimum of [undefined, '6em', '150px', 'calc(5em + 20px)']) cases.push({ spec, width, height, minimum });
        }
      }
    }
    const layouts: number[] = [];
    const failures: string[] = [];
    for (const c of cases) {
      const el = document.createElement('tx-kpi') as HTMLElement & { spec: unknown };
      el.style.cssText = `display:block;width:${c.width}px;height:${c.height}px`;
      if (c.minimum) el.style.setProperty('--tx-kpi-min-card-width', c.minimum);
      el.spec = c.spec;
      const { writes } = await mountFitted(el);
      const cards = el.shadowRoot!.querySelector<HTMLElement>('[part~="cards"]')!;
      const body = el.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
      const values = [...cards.querySelectorAll<HTMLElement>('.card-value')];
      // What the fit asks of a scale (whole pixels: scroll sizes are rounded).
      const fits = () => cards.scrollHeight <= body.clientHeight && values.every((v) => v.scrollWidth <= v.clientWidth);
      const scale = Number(cards.style.getPropertyValue('--_cards-fit') || 1);
      const name = `${c.spec.items.length} cards, ${c.width}×${c.height}${c.minimum ? `, min ${c.minimum}` : ''}: scale ${scale}`;
      // Scales below the smallest are not tried: the cards are then clipped, not fitted.
      if (scale > 0.3) {
        if (!fits()) failures.push(`${name} does not fit`);
        if (scale < 0.98) {
          cards.style.setProperty('--_cards-fit', String(scale + 0.02));
          if (fits()) failures.push(`${name}, but ${scale + 0.02} fits too`);
          cards.style.setProperty('--_cards-fit', String(scale));
        }
        if (scale < 1) layouts.push(writes);
      }
      el.remove();
    }
    expect(failures).to.deep.equal([]);
    // The rooms this test is about: most of them need a scale below 1.
    expect(layouts.length).to.be.greaterThan(cases.length / 2);
    // A style write on the cards is a try (a layout) after the card minimum's: the prediction, once
    // more from the rows measured, one scale beside it; a wrong prediction falls back to halving.
    // Halving from the full-size proportion took 6–9 writes in these rooms (median 7).
    const sorted = [...layouts].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)], `writes per fit: ${sorted.join(' ')}`).to.be.at.most(5);
    expect(sorted.at(-1), `writes per fit: ${sorted.join(' ')}`).to.be.at.most(9);
  });

  it('builds no Intl formatter or collator on the way to a view or a dashboard (their first use in a page loads ICU: 12–23 ms)', async () => {
    const watch = watchIntl();
    try {
      const specs: Array<[string, unknown]> = [...Object.entries(SPECS).map(([tag, spec]) => [tag, spec()] as [string, unknown]),
        ['tx-fund-chart', { ...SPECS['tx-fund-chart'](), mode: 'cumulative' }]];
      for (const [tag, spec] of specs) {
        const { el } = await mount(tag, { spec });
        expect(watch.called, tag).to.deep.equal([]);
        el.remove();
      }
      // The 武宣 dashboard as published: its datasets fetched, so the header shows the refresh time.
      const { dashboard } = await mountDashboard({ src: '/data/wuxuan/dashboard.json', width: 1920, height: 1080 });
      expect(dashboard.shadowRoot!.querySelector('.updated'), 'the refresh time in the header').to.exist;
      expect(watch.called, 'tx-dashboard').to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
