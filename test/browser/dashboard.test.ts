/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { getInstanceByDom } from '@tongxin/elements/echarts.js';
import { pipelineStats } from '@tongxin/core';
import { allDrawn, canvases, fakeNetwork, fastClock, headerText, mountDashboard, until, views } from './dashboard-helpers.ts';
import { differences, drawnOption } from './helpers.ts';

const WUXUAN = '/data/wuxuan/dashboard.json';

afterEach(async () => {
  for (const el of [...document.body.children]) if (el.tagName === 'DIV') el.remove();
  await resetMouse();
});

describe('tx-dashboard fit to screen', () => {
  for (const [width, height] of [[1366, 768], [1920, 1080], [3840, 2160], [5760, 1080]]) {
    it(`fills a ${width}×${height} host without overflow, canvases at DPR × scale`, async function () {
      this.timeout(30_000);
      const { host, dashboard } = await mountDashboard({ src: WUXUAN, width, height });
      const scale = Math.min(width / 1920, height / 1080);
      expect(dashboard.fitResult.scale).to.be.closeTo(scale, 1e-9);

      const hostBox = host.getBoundingClientRect();
      const stage = dashboard.shadowRoot!.querySelector<HTMLElement>('[part="stage"]')!;
      const stageBox = stage.getBoundingClientRect();
      // The design is scaled whole (contain) and centred: it touches two opposite edges and spills over none.
      expect(stageBox.left).to.be.at.least(hostBox.left - 0.5);
      expect(stageBox.top).to.be.at.least(hostBox.top - 0.5);
      expect(stageBox.right).to.be.at.most(hostBox.right + 0.5);
      expect(stageBox.bottom).to.be.at.most(hostBox.bottom + 0.5);
      expect(Math.abs(stageBox.width - width) < 1 || Math.abs(stageBox.height - height) < 1).to.equal(true);
      const matrix = new DOMMatrix(getComputedStyle(stage).transform);
      expect(matrix.a).to.be.closeTo(scale, 1e-5);
      expect(matrix.d).to.be.closeTo(scale, 1e-5);
      expect(getComputedStyle(stage).zoom).to.equal('1');
      // Every view sits inside the stage.
      for (const [id, view] of views(dashboard)) {
        const box = view.getBoundingClientRect();
        expect(box.right, id).to.be.at.most(stageBox.right + 0.5);
        expect(box.bottom, id).to.be.at.most(stageBox.bottom + 0.5);
        expect(box.width, id).to.be.greaterThan(50 * scale);
      }
      // Canvases are drawn at device ratio × scale: one backing pixel per device pixel after the transform.
      const ratio = Math.min(devicePixelRatio * scale, 4);
      const drawn = canvases(dashboard.shadowRoot!).filter((c) => c.clientWidth > 0);
      expect(drawn.length).to.be.at.least(3);
      for (const canvas of drawn) {
        expect(canvas.width / canvas.clientWidth).to.be.closeTo(ratio, 0.02);
      }
    });
  }

  it('follows the host when it is resized', async () => {
    const { host, dashboard } = await mountDashboard({ src: WUXUAN, width: 1920, height: 1080 });
    host.style.width = '960px';
    host.style.height = '540px';
    await until(() => dashboard.fitResult.scale === 0.5, 'the stage to rescale');
    const stage = dashboard.shadowRoot!.querySelector<HTMLElement>('[part="stage"]')!;
    expect(stage.getBoundingClientRect().width).to.be.closeTo(960, 0.5);
  });
});

describe('tx-dashboard linked selection', () => {
  it('clicking a township on the map filters the linked trend, validating and fetching nothing; the clear button restores it', async function () {
    this.timeout(30_000);
    await setViewport({ width: 1920, height: 1080 });
    const { dashboard } = await mountDashboard({ src: WUXUAN, width: 1920, height: 1080 });
    const map = views(dashboard).get('map')!;
    const trend = views(dashboard).get('trend')!;
    const total = () => seriesTotal(trend.option);
    const before = total();
    expect(before).to.be.greaterThan(0);
    const records = (await (await fetch('/data/wuxuan/activities.json')).json()) as Array<{ township?: string; kind: string; value: number }>;
    // From here on, count what the pipeline does and every request the page makes.
    const realFetch = globalThis.fetch;
    let fetches = 0;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetches++;
      return realFetch(input, init);
    };
    const stats = pipelineStats();

    // Click inside 东乡镇 with the real pointer; its label point may carry a station marker
    // (a station, not the township), so step off it until a township is picked.
    const point = await until(() => map.pointOf!('451323102'), 'the township to be on the map');
    for (const [dx, dy] of [[0, 0], [0, 28], [28, 0], [-28, 0], [0, -28], [20, 20]]) {
      await sendMouse({ type: 'click', position: [Math.round(point.x + dx), Math.round(point.y + dy)] });
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (dashboard.selection) break;
    }
    const code = (await until(() => dashboard.selection, 'a township to be selected')).value;
    expect(code).to.match(/^451323\d{3}$/);
    const chip = await until(() => dashboard.shadowRoot!.querySelector('[part="selection"]'), 'the filter chip');
    expect(chip.textContent).to.contain('筛选：');
    const name = dashboard.selection!.label!;
    expect(chip.textContent).to.contain(name);
    // The map shows it selected…
    const selectedOnMap = () => {
      const option = (map as unknown as { chart: { getOption(): Record<string, { selectedMap?: Record<string, boolean> }[] | undefined> } }).chart.getOption();
      return [...(option.geo ?? []), ...(option.series ?? [])].flatMap((c) => Object.entries(c?.selectedMap ?? {}).filter(([, on]) => on).map(([n]) => n));
    };
    expect(selectedOnMap()).to.include(name);

    // The trend now counts only that township's activities.
    const expected = records.filter((r) => r.township === code).reduce((sum, r) => sum + r.value, 0);
    await until(() => total() === expected, `the trend to show ${expected} (was ${before})`);
    expect(expected).to.be.lessThan(before);
    globalThis.fetch = realFetch;
    const after = pipelineStats();
    expect(fetches, 'requests caused by the click').to.equal(0);
    expect(after.validate - stats.validate, 'validations caused by the click').to.equal(0);
    expect(after.load - stats.load, 'loads caused by the click').to.equal(0);
    expect(after.compile - stats.compile, 'the linked views compiled again').to.be.greaterThan(0);
    expect(dashboard.shadowRoot!.querySelector('[data-view="trend"]')!.classList.contains('linked-target')).to.equal(true);

    const clear = chip.querySelector<HTMLButtonElement>('[part="clear"]')!;
    expect(clear.textContent).to.equal('清除筛选');
    const box = clear.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await until(() => total() === before, 'the trend to show every township again');
    expect(dashboard.selection).to.equal(null);
    expect(dashboard.shadowRoot!.querySelector('[part="selection"]')).to.equal(null);
    // …and, the filter cleared, no longer.
    expect(selectedOnMap()).to.deep.equal([]);
  });
});

describe('tx-dashboard theme and locale changed in place', () => {
  it('after the portal theme and English are set on a drawn wall, each chart draws what a wall mounted with them draws', async function () {
    this.timeout(30_000);
    const { dashboard } = await mountDashboard({ src: WUXUAN, width: 1920, height: 1080 });
    dashboard.setAttribute('theme', 'portal');
    dashboard.setAttribute('locale', 'en');
    const charts = () => [...views(dashboard).values()].filter((el) => (el as Element & { chart?: unknown }).chart);
    await until(() => charts().every((el) => JSON.stringify(drawnOption(el)).includes('#c23531')), 'every chart in the portal palette');
    await until(() => [...views(dashboard).values()].every((el) => (el.shadowRoot?.textContent ?? '').includes('Data table')), 'English words in every view');
    await dashboard.updateComplete;
    const fresh = await mountDashboard({ src: WUXUAN, width: 1920, height: 1080, attrs: { theme: 'portal', locale: 'en' } });
    expect(charts().length).to.be.greaterThan(1);
    for (const [id, el] of views(dashboard)) {
      const other = views(fresh.dashboard).get(id)!;
      expect(differences(drawnOption(el), drawnOption(other)), id).to.deep.equal([]);
    }
  });
});

describe('tx-dashboard refresh', () => {
  it('three failed refreshes show stale with the last good numbers, recovery shows fresh data', async function () {
    this.timeout(30_000);
    let answer: unknown = [{ label: '热线来电', value: 152, unitLabel: '个' }];
    const network = fakeNetwork(() => answer);
    try {
      const spec = {
        version: 1, kind: 'dashboard', title: '刷新测试', refresh: '5s',
        datasets: { hotline: { url: '/virtual/hotline.json', format: 'json' } },
        views: [{ id: 'kpi', kind: 'kpi', title: '热线', data: 'hotline', grid: { x: 0, y: 0, w: 24, h: 6 } }],
      };
      // 5 s refreshes at 16× speed: about one every 300 ms.
      const { dashboard } = await mountDashboard({ spec, width: 1920, height: 1080, clock: fastClock(16) });
      const kpi = views(dashboard).get('kpi')!;
      const kpiText = () => (kpi.shadowRoot?.textContent ?? '').replace(/\s+/g, '');
      expect(kpiText()).to.contain('152个');
      await until(() => dashboard.stats.successes >= 1, 'a first refresh');
      expect(headerText(dashboard)).to.match(/更新于 \d\d:\d\d:\d\d/);

      answer = { status: 503 };
      await until(() => dashboard.stats.failures >= 1, 'a failed refresh');
      await dashboard.updateComplete;
      const badge = dashboard.shadowRoot!.querySelector('[part="stale"]');
      expect(badge, 'stale badge').to.exist;
      expect(badge!.textContent).to.contain('数据未更新');
      expect(kpiText()).to.contain('152个');
      await until(() => dashboard.stats.failures >= 3, 'three failed refreshes');
      expect(dashboard.refreshState('hotline')).to.include({ status: 'stale', failures: 3 });
      expect(kpiText()).to.contain('152个');
      expect(dashboard.shadowRoot!.querySelector('[part="stale"]')).to.exist;

      answer = [{ label: '热线来电', value: 160, unitLabel: '个' }];
      await until(() => kpiText().includes('160个'), 'the new figure after recovery', 10_000);
      await dashboard.updateComplete;
      expect(dashboard.refreshState('hotline')?.status).to.equal('fresh');
      expect(dashboard.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
      // Back-off: the failed retries came 300, 600, 1200 ms apart, so four failures take at least 2.1 s.
      expect(network.calls.length).to.be.at.least(5);
    } finally {
      network.restore();
    }
  });

  it('after a refresh brings other data, each chart draws what a dashboard mounted on that data draws', async function () {
    this.timeout(30_000);
    const before = {
      funds: [{ campaign: '委员捐赠', amount: 5_000_000, qualifier: 'over' }, { campaign: '捐种一棵大树', amount: 3_000_000, qualifier: 'over' }, { campaign: '助学', amount: 780_000 }],
      activities: [{ period: '2022-01', kind: 'culture', value: 3 }, { period: '2022-02', kind: 'culture', value: 5 }, { period: '2022-02', kind: 'hotline-public', value: 2 }],
    };
    // Fewer bars, no qualifiers, another kind and period: the compilers emit other keys in the same series.
    const after = {
      funds: [{ campaign: '助学', amount: 1_200_000 }, { campaign: '委员捐赠', amount: 5_600_000, qualifier: 'about' }],
      activities: [{ period: '2022-03', kind: 'supervision', value: 4 }],
    };
    let answer = before;
    const network = fakeNetwork((url) => (url.endsWith('funds.json') ? answer.funds : answer.activities));
    const spec = {
      version: 1, kind: 'dashboard', title: '刷新后的图', refresh: '5s',
      datasets: { funds: { url: '/virtual/funds.json', format: 'json' }, activities: { url: '/virtual/activities.json', format: 'json' } },
      views: [
        { id: 'funds', kind: 'fund-chart', data: 'funds', grid: { x: 0, y: 0, w: 12, h: 24 } },
        { id: 'trend', kind: 'activity-trend', data: 'activities', grid: { x: 12, y: 0, w: 12, h: 24 } },
      ],
    };
    const mounted: HTMLElement[] = [];
    try {
      const { host, dashboard } = await mountDashboard({ spec, width: 1600, height: 900, clock: fastClock(16) });
      mounted.push(host);
      answer = after;
      const trend = () => views(dashboard).get('trend') as HTMLElement & { option?: Record<string, unknown> };
      await until(() => JSON.stringify(trend().option ?? {}).includes('2022-03'), 'the refreshed trend');
      await until(() => JSON.stringify(views(dashboard).get('funds')!.option ?? {}).includes('560'), 'the refreshed fund chart');
      await dashboard.updateComplete;
      const fresh = await mountDashboard({ spec: { ...spec, refresh: undefined }, width: 1600, height: 900 });
      mounted.push(fresh.host);
      for (const id of ['funds', 'trend']) {
        expect(differences(drawnOption(views(dashboard).get(id)!), drawnOption(views(fresh.dashboard).get(id)!)), id).to.deep.equal([]);
      }
    } finally {
      network.restore();
      for (const el of mounted) el.remove();
    }
  });

  it('runs 1,000 refresh cycles without growing instances, timers or listeners, and a removed dashboard fetches nothing', async function () {
    this.timeout(400_000);
    let listeners = 0;
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    // Count listeners net of removals (a test instrument; duplicates counted as added, as the browser ignores them).
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      listeners++;
      return add.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      listeners--;
      return remove.apply(this, args);
    };
    let n = 0;
    const network = fakeNetwork((url) => {
      n++;
      if (url.endsWith('kpi.json')) return [{ label: '热线来电', value: 100 + (n % 50), unitLabel: '个' }];
      return [{ campaign: '捐种一棵大树', amount: 3_000_000 + (n % 7) * 10_000 }, { campaign: '助学', amount: 780_000 }];
    });
    try {
      const spec = {
        version: 1, kind: 'dashboard', title: '长时间运行', refresh: '5s',
        datasets: {
          kpi: { url: '/virtual/kpi.json', format: 'json' },
          funds: { url: '/virtual/funds.json', format: 'json' },
        },
        views: [
          { id: 'kpi', kind: 'kpi', data: 'kpi', grid: { x: 0, y: 0, w: 24, h: 6 } },
          { id: 'funds', kind: 'fund-chart', data: 'funds', grid: { x: 0, y: 6, w: 24, h: 18 } },
        ],
      };
      // 5 s refreshes at 250× speed: one every 20 ms.
      const { host, dashboard } = await mountDashboard({ spec, width: 1920, height: 1080, clock: fastClock(250) });
      await until(() => dashboard.stats.fetches >= 100, 'warm-up cycles', 60_000);
      const warm = { listeners, canvases: canvases(dashboard.shadowRoot!).length };
      let maxTimers = 0;
      let maxInFlight = 0;
      await until(() => {
        const stats = dashboard.stats;
        maxTimers = Math.max(maxTimers, stats.timersPending);
        maxInFlight = Math.max(maxInFlight, stats.inFlight);
        // A cycle refreshes both URLs: 1,000 cycles after the warm-up.
        return stats.fetches >= 100 + 2 * 1000;
      }, '1,000 refresh cycles', 380_000);
      await dashboard.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(allDrawn(dashboard)).to.equal(true);
      // Two URLs: at most one timer each (refresh or fetch timeout) and one fetch each.
      expect(maxTimers).to.be.at.most(2);
      expect(maxInFlight).to.be.at.most(2);
      expect(dashboard.stats.otherTimers).to.equal(0);
      expect(canvases(dashboard.shadowRoot!).length).to.equal(warm.canvases);
      expect(listeners - warm.listeners, 'listeners added and not removed').to.be.at.most(4);

      const charts = [...views(dashboard).values()]
        .map((view) => view.shadowRoot?.querySelector<HTMLElement>('[part="chart"]'))
        .filter((c): c is HTMLElement => !!c);
      expect(charts.map((c) => getInstanceByDom(c)).every(Boolean)).to.equal(true);
      host.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const fetched = network.calls.length;
      expect(dashboard.stats).to.include({ timersPending: 0, inFlight: 0 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(network.calls.length, 'fetches after removal').to.equal(fetched);
      // Every view let go of its ECharts instance.
      for (const container of charts) expect(getInstanceByDom(container), 'ECharts instance after removal').to.equal(undefined);
    } finally {
      network.restore();
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    }
  });
});

/** Sum of every number the chart's series draw. */
function seriesTotal(option: Record<string, unknown> | undefined): number {
  let total = 0;
  for (const series of (option?.series as Array<{ data?: unknown[] }> | undefined) ?? []) {
    for (const datum of series.data ?? []) {
      const value = datum && typeof datum === 'object' && !Array.isArray(datum) ? (datum as { value?: unknown }).value : datum;
      const number = Array.isArray(value) ? value[1] : value;
      if (typeof number === 'number' && Number.isFinite(number)) total += number;
    }
  }
  return total;
}

describe('tx-dashboard tour', () => {
  it('steps through the map’s regions, and pauses when a person touches the screen', async function () {
    this.timeout(30_000);
    const spec = await (await fetch('/data/laibin/dashboard.json')).json();
    for (const dataset of Object.values(spec.datasets) as Array<{ url?: string }>) {
      if (dataset.url) dataset.url = `/data/laibin/${dataset.url}`;
    }
    spec.tour = { view: spec.tour.view, interval: '1s' };
    // 1 s stops at 2.5× speed: one every 400 ms.
    const { dashboard } = await mountDashboard({ spec, width: 1920, height: 1080, clock: fastClock(2.5) });
    const map = views(dashboard).get(spec.tour.view)!;
    const tooltip = () => (map.shadowRoot!.querySelector('[part="chart"]')?.textContent ?? '').trim();
    const first = await until(() => tooltip(), 'the first tour stop’s tooltip');
    const second = await until(() => tooltip() !== first && tooltip(), 'the next tour stop');
    expect(second).to.not.equal(first);
    expect(headerText(dashboard)).to.contain('轮播中');

    dashboard.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await dashboard.updateComplete;
    const stopAt = dashboard.stats.tourIndex;
    expect(stopAt).to.equal(-1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(dashboard.stats.tourIndex, 'no step while paused').to.equal(-1);
    expect(headerText(dashboard)).to.contain('轮播已暂停');
  });
});
