/**
 * A wall heals itself (issue 11): against a flaky data server on loopback (flaky-server.mjs,
 * mounted in web-test-runner.config.mjs), with the dashboard's clock injected so specs keep
 * realistic durations. Times below are clock ms; requests are counted by the server.
 */
import { expect } from '@esm-bundle/chai';
import { backoffDelay, lastGoodKey, type Clock } from '../../packages/core/src/index.ts';
import { fetchSpecText } from '../../packages/elements/src/shared/fetch-spec.ts';
import { fastClock, headerText, until, views, type TxDashboard } from './dashboard-helpers.ts';

const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
/** A fresh endpoint name per test (the server and the persistent cache outlive a test). */
const endpointName = (dataset: string) => `${run}-${++serial}-${dataset}`;

type Mode = 'ok' | '500' | 'hang' | 'malformed' | 'truncated' | 'wrong-type' | 'flap';

async function setMode(name: string, mode: Mode, body?: unknown): Promise<void> {
  await fetch(`/flaky-control/${name}`, { method: 'POST', body: JSON.stringify({ mode, ...(body !== undefined ? { body } : {}) }) });
}

async function requestsTo(name: string): Promise<number> {
  return ((await (await fetch(`/flaky-control/${name}`)).json()) as { requests: number }).requests;
}

const hotline = (value: number) => [{ label: '热线来电', value, unitLabel: '个' }];

/** A dashboard of one KPI view per dataset, each dataset on its own flaky endpoint. */
function wallSpec(names: string[], more: Record<string, unknown> = {}) {
  return {
    version: 1, kind: 'dashboard', title: '自愈测试', refresh: '5s', ...more,
    datasets: Object.fromEntries(names.map((name, i) => [`d${i + 1}`, { url: `/flaky/${name}`, format: 'json' }])),
    views: names.map((_, i) => ({ id: `v${i + 1}`, kind: 'kpi', title: `第${i + 1}项`, data: `d${i + 1}`, grid: { x: 0, y: i * 4, w: 24, h: 4 } })),
  };
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const host of mounted.splice(0)) host.remove();
});

/** Mount a spec, or a spec's URL, without waiting for anything to draw (a cold start may not draw for a while). */
function mountWall(source: { spec: unknown } | { src: string }, clock: Clock): { host: HTMLElement; dashboard: TxDashboard } {
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:0;top:0;width:1280px;height:720px;';
  const dashboard = document.createElement('tx-dashboard');
  dashboard.style.cssText = 'width:100%;height:100%;';
  dashboard.clock = clock;
  if ('src' in source) dashboard.src = source.src;
  else dashboard.spec = source.spec as never;
  host.append(dashboard);
  document.body.append(host);
  mounted.push(host);
  return { host, dashboard };
}

const text = (el: Element | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, '');
const viewText = (dashboard: TxDashboard, id: string) => text(views(dashboard).get(id));
const viewError = (dashboard: TxDashboard, id: string) => views(dashboard).get(id)?.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const drawnCards = (dashboard: TxDashboard, id: string) => Boolean(views(dashboard).get(id)?.shadowRoot?.querySelector('[part~="cards"] *'));

describe('tx-dashboard heals itself', () => {
  it('cold start with every dataset failing retries with the back-off; the first good answers are on screen within one back-off step', async function () {
    this.timeout(30_000);
    const names = [1, 2, 3].map((i) => endpointName(`cold${i}`));
    for (const name of names) await setMode(name, '500');
    const clock = fastClock(10);
    const { dashboard } = mountWall({ spec: wallSpec(names) }, clock);

    // Each view shows its own dataset's error (code and pointer); the wall itself is not replaced.
    await until(() => names.every((_, i) => viewError(dashboard, `v${i + 1}`).includes('[http]')), 'an error in every view');
    expect(viewError(dashboard, 'v2')).to.contain(`/datasets/d2/url`);
    expect(dashboard.shadowRoot!.querySelector('[part="header"]')).to.exist;
    // …and it keeps trying: two failed attempts per URL (the reported bug: one, then never again).
    await until(() => ['d1', 'd2', 'd3'].every((id) => (dashboard.refreshState(id)?.failures ?? 0) >= 2), 'two failures per dataset');
    for (const name of names) expect(await requestsTo(name), name).to.be.at.least(2);

    for (const name of names) await setMode(name, 'ok', hotline(152));
    const switchedAt = clock.now();
    // The back-off step in force once the server is back: every retry from now on succeeds, and the
    // next one was scheduled at most this long ago (backoffDelay without jitter is the longest).
    const step = Math.max(...['d1', 'd2', 'd3'].map((id) => backoffDelay(dashboard.refreshState(id)!.failures, { base: 5000 })));
    await until(() => names.every((_, i) => viewText(dashboard, `v${i + 1}`).includes('152个')), 'every view to show its number');
    const recoveredAt = clock.now();
    // Allowance for drawing: 1,000 clock ms (100 ms of wall time at 10×).
    expect(recoveredAt - switchedAt, `recovery in clock ms (back-off step ${step} ms)`).to.be.at.most(step + 1000);
    console.log(`cold start: recovered ${recoveredAt - switchedAt} clock ms after the server came back (step ${step} ms)`);
    // The first answer of each URL brought its data: one success each, nothing fetched twice.
    expect(dashboard.stats.successes).to.equal(3);
    await dashboard.updateComplete;
    expect(dashboard.shadowRoot!.querySelector('[part="stale"]'), 'no stale badge once every dataset arrived').to.equal(null);
    expect(headerText(dashboard)).to.match(/更新于 \d\d:\d\d:\d\d/);
  });

  it('one of five datasets failing: four views draw, one shows its own error, and it recovers by itself', async function () {
    this.timeout(30_000);
    const names = [1, 2, 3, 4, 5].map((i) => endpointName(`five${i}`));
    for (const [i, name] of names.entries()) await setMode(name, i === 2 ? '500' : 'ok', hotline(100 + i));
    const clock = fastClock(20);
    const { dashboard } = mountWall({ spec: wallSpec(names) }, clock);

    await until(() => [1, 2, 4, 5].every((i) => drawnCards(dashboard, `v${i}`)) && viewError(dashboard, 'v3'), 'four views drawn, one error');
    for (const i of [1, 2, 4, 5]) expect(viewText(dashboard, `v${i}`), `v${i}`).to.contain(`${100 + i - 1}个`);
    expect(viewError(dashboard, 'v3')).to.contain('/datasets/d3/url').and.contain('[http]');
    for (const i of [1, 2, 4, 5]) expect(viewError(dashboard, `v${i}`), `no error in v${i}`).to.equal('');
    // The header names the failing dataset.
    await dashboard.updateComplete;
    expect(dashboard.shadowRoot!.querySelector('[part="stale"]')?.textContent).to.contain('d3');

    await until(() => (dashboard.refreshState('d3')?.failures ?? 0) >= 2, 'a retry of d3');
    await setMode(names[2], 'ok', hotline(102));
    const backAt = clock.now();
    const failuresBefore = dashboard.refreshState('d3')?.failures ?? 0;
    await until(() => viewText(dashboard, 'v3').includes('102个'), 'v3 to draw after the server recovered');
    console.log(`one of five: d3 failed ${failuresBefore} times before, requests ${JSON.stringify(await Promise.all(names.map(requestsTo)))}, recovered ${clock.now() - backAt} clock ms after the server came back`);
    expect(viewError(dashboard, 'v3')).to.equal('');
    expect(dashboard.refreshState('d3')?.status).to.equal('fresh');
  });

  it('each broken answer fails only its own view, with its own code', async function () {
    this.timeout(30_000);
    const modes: Mode[] = ['500', 'malformed', 'truncated', 'wrong-type', 'ok'];
    const names = modes.map((mode) => endpointName(mode));
    for (const [i, name] of names.entries()) await setMode(name, modes[i], hotline(7));
    const { dashboard } = mountWall({ spec: wallSpec(names) }, fastClock(20));
    await until(() => drawnCards(dashboard, 'v5') && [1, 2, 3, 4].every((i) => viewError(dashboard, `v${i}`)), 'four errors and one drawing');
    expect([1, 2, 3, 4].map((i) => /\[([a-z-]+)\]/.exec(viewError(dashboard, `v${i}`))?.[1])).to.deep.equal(['http', 'malformed-json', 'malformed-json', 'malformed-json']);
    expect(viewText(dashboard, 'v5')).to.contain('7个');
  });

  it('moved in the document (React, Vue keep-alive): nothing is fetched while out, the next refresh comes within one interval, the header turns stale', async function () {
    this.timeout(30_000);
    const names = [endpointName('moved')];
    await setMode(names[0], 'ok', hotline(152));
    const clock = fastClock(20);
    const { dashboard } = mountWall({ spec: wallSpec(names) }, clock);
    await until(() => viewText(dashboard, 'v1').includes('152个'), 'the first load');

    dashboard.remove();
    const requestsWhileOut = await requestsTo(names[0]);
    const outAt = clock.now();
    await until(() => clock.now() - outAt > 3 * 5000, 'three intervals out of the document');
    expect(await requestsTo(names[0]), 'requests while out of the document').to.equal(requestsWhileOut);
    expect(dashboard.stats).to.include({ timersPending: 0, inFlight: 0, otherTimers: 0 });

    await setMode(names[0], '500');
    const parent = document.createElement('section');
    parent.style.cssText = 'position:absolute;left:0;top:0;width:1280px;height:720px;';
    document.body.append(parent);
    mounted.push(parent);
    const backAt = clock.now();
    parent.append(dashboard);
    await until(() => (dashboard.refreshState('d1')?.failures ?? 0) >= 1, 'the refresh after the move');
    expect(clock.now() - backAt, 'clock ms from the move to the next refresh').to.be.at.most(5000);
    console.log(`moved: ${requestsWhileOut} requests before, 0 while out for ${3 * 5000}+ clock ms, next refresh ${clock.now() - backAt} clock ms after the move`);
    expect(await requestsTo(names[0])).to.equal(requestsWhileOut + 1);
    await dashboard.updateComplete;
    const badge = dashboard.shadowRoot!.querySelector('[part="stale"]');
    expect(badge?.textContent, 'stale badge after the failed refresh').to.contain('数据未更新');
    expect(viewText(dashboard, 'v1'), 'last good number kept').to.contain('152个');
  });

  it('while the page is hidden nothing is fetched and no timer waits; on return each overdue URL is fetched once, at once', async function () {
    this.timeout(30_000);
    const names = [endpointName('hidden1'), endpointName('hidden2')];
    for (const name of names) await setMode(name, 'ok', hotline(5));
    // 4×: an interval is 1.25 s of wall time, so "at once" and "the next interval" are far apart.
    const clock = fastClock(4);
    const { dashboard } = mountWall({ spec: wallSpec(names) }, clock);
    await until(() => drawnCards(dashboard, 'v1') && drawnCards(dashboard, 'v2'), 'the first load');

    // Headless Chromium never hides its page: emulate it as the page sees it (the document's own
    // `visibilityState` / `hidden`, then the event), which is all the dashboard reads.
    const hide = (hidden: boolean) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      hide(true);
      const fetchesAtHide = dashboard.stats.fetches;
      const requestsAtHide = await Promise.all(names.map(requestsTo));
      expect(dashboard.stats.timersPending, 'refresh timers while hidden').to.equal(0);
      const hiddenAt = clock.now();
      await until(() => clock.now() - hiddenAt > 1.5 * 5000, 'one and a half intervals hidden');
      expect(await Promise.all(names.map(requestsTo)), 'requests while hidden').to.deep.equal(requestsAtHide);
      expect(dashboard.stats.timersPending).to.equal(0);

      const shownAt = clock.now();
      hide(false);
      await until(() => dashboard.stats.fetches >= fetchesAtHide + 2, 'the catch-up');
      expect(clock.now() - shownAt, 'clock ms to the catch-up').to.be.below(5000);
      expect(dashboard.stats.fetches - fetchesAtHide, 'one fetch per URL').to.equal(2);
      expect(await Promise.all(names.map(requestsTo))).to.deep.equal(requestsAtHide.map((n) => n + 1));
      console.log(`hidden: ${JSON.stringify(requestsAtHide)} requests at hide, 0 while hidden ${shownAt - hiddenAt} clock ms, catch-up ${clock.now() - shownAt} clock ms after return, one per URL`);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      delete (document as { hidden?: unknown }).hidden;
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });

  it('a reload during an outage shows the last good numbers, marked stale with their age, never a blank', async function () {
    this.timeout(30_000);
    const names = [endpointName('reload1'), endpointName('reload2')];
    await setMode(names[0], 'ok', hotline(152));
    await setMode(names[1], 'ok', hotline(98));
    const clock = fastClock(20);
    const first = mountWall({ spec: wallSpec(names) }, clock);
    await until(() => viewText(first.dashboard, 'v1').includes('152个') && viewText(first.dashboard, 'v2').includes('98个'), 'the first load');
    // Both URLs are in IndexedDB (read the way a new page would).
    const stored = (url: string) => new Promise<boolean>((resolve) => {
      const open = indexedDB.open('tongxin');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('last-good')) return resolve(false);
        const get = db.transaction('last-good').objectStore('last-good').get(lastGoodKey(url));
        get.onsuccess = () => resolve(typeof get.result === 'string');
        get.onerror = () => resolve(false);
      };
      open.onerror = () => resolve(false);
    });
    const urls = names.map((name) => new URL(`/flaky/${name}`, document.baseURI).href);
    const storedBoth = async () => (await Promise.all(urls.map(stored))).every(Boolean);
    await until(storedBoth, 'the last good data to be stored', 10_000);

    // The outage, then "the reload": the old dashboard goes, a new one with the same spec comes.
    for (const name of names) await setMode(name, '500');
    first.host.remove();
    // The wall is rebooted three hours later (its clock says so): every age is on that clock.
    const later: Clock = { ...clock, now: () => clock.now() + 3 * 3_600_000 };
    const rebootedAt = later.now();
    const { dashboard } = mountWall({ spec: wallSpec(names) }, later);
    await until(() => viewText(dashboard, 'v1').includes('152个') && viewText(dashboard, 'v2').includes('98个'), 'the last good numbers after the reload');
    await until(() => (dashboard.refreshState('d1')?.failures ?? 0) >= 1 && (dashboard.refreshState('d2')?.failures ?? 0) >= 1, 'the failed first fetches');
    dashboard.requestUpdate();
    await dashboard.updateComplete;
    const badge = dashboard.shadowRoot!.querySelector('[part="stale"]');
    expect(badge?.textContent, 'header badge').to.match(/数据未更新 · .+/);
    console.log(`reload: header "${badge?.textContent?.trim()}", last good from ${rebootedAt - dashboard.refreshState('d1')!.lastSuccessAt!} clock ms before the reboot`);
    expect(dashboard.refreshState('d1')).to.include({ status: 'stale' });
    expect(dashboard.refreshState('d1')!.lastSuccessAt!).to.be.below(rebootedAt);
    // Each view says its own numbers are stale; nothing shows an error box.
    for (const id of ['v1', 'v2']) {
      const viewBadge = views(dashboard).get(id)!.shadowRoot!.querySelector('[part~="stale"]');
      expect(viewBadge, `${id} stale badge`).to.exist;
      // 180 minutes and a little (the first load's own clock minutes): the dashboard's clock, not the page's.
      const minutes = Number(/(\d+) 分钟前/.exec(viewBadge!.textContent ?? '')?.[1]);
      expect(minutes, `${id} badge "${viewBadge!.textContent}"`).to.be.within(180, 190);
      expect(viewError(dashboard, id)).to.equal('');
    }
  });

  it('honours the spec\'s fetchTimeout: a hanging endpoint fails after it, on the injected clock, and is retried', async function () {
    this.timeout(30_000);
    const names = [endpointName('hang')];
    await setMode(names[0], 'hang');
    const base = fastClock(10);
    const timers: number[] = [];
    const clock: Clock = { ...base, setTimeout: (callback, ms) => { timers.push(ms); return base.setTimeout(callback, ms); } };
    const startedAt = clock.now();
    const { dashboard } = mountWall({ spec: wallSpec(names, { fetchTimeout: '2s' }) }, clock);
    await until(() => viewError(dashboard, 'v1'), 'the timeout to show as an error', 10_000);
    const failedAt = clock.now();
    expect(failedAt - startedAt, 'clock ms until the hanging request failed').to.be.at.least(2000);
    console.log(`timeout: the hanging request failed ${failedAt - startedAt} clock ms after mount (fetchTimeout 2s)`);
    expect(timers, 'fetch timeout armed from the spec').to.include(2000);
    expect(timers, 'no default 30 s timeout').not.to.include(30_000);
    expect(await requestsTo(names[0])).to.equal(1);
    expect(viewError(dashboard, 'v1')).to.contain('/datasets/d1/url').and.contain('[timeout]').and.contain('2 秒');
    // Retried after the back-off, and drawn once the server answers.
    await setMode(names[0], 'ok', hotline(3));
    await until(() => viewText(dashboard, 'v1').includes('3个'), 'the retry to draw');
  });
});

describe('tx-dashboard whose spec itself is unreachable', () => {
  it('fetches the spec again with the back-off until it comes, then draws', async function () {
    this.timeout(30_000);
    const specName = endpointName('spec');
    const dataName = endpointName('spec-data');
    await setMode(dataName, 'ok', hotline(42));
    await setMode(specName, '500');
    const clock = fastClock(10);
    const { dashboard } = mountWall({ src: `/flaky/${specName}` }, clock);
    const wallError = () => dashboard.shadowRoot?.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    await until(() => wallError().includes('[http]'), 'the whole-wall error: no spec yet');
    expect(wallError()).to.contain('src');
    await until(async () => (await requestsTo(specName)) >= 2, 'the spec to be fetched again', 10_000);
    await setMode(specName, 'ok', wallSpec([dataName]));
    await until(() => viewText(dashboard, 'v1').includes('42个'), 'the wall once its spec came');
    expect(wallError()).to.equal('');
  });
});

describe('reading a spec from src', () => {
  it('a spec server that never answers is cut off at the timeout as a timeout on src, not waited on forever', async function () {
    this.timeout(10_000);
    const name = endpointName('hung-spec');
    await setMode(name, 'hang');
    const started = performance.now();
    const error = await fetchSpecText(new URL(`/flaky/${name}`, document.baseURI).href, new AbortController().signal, 400).catch((e) => e);
    const took = performance.now() - started;
    expect(error.kind).to.equal('timeout');
    expect(error.errors[0].path).to.equal('src');
    expect(took).to.be.within(390, 3000);
    await setMode(name, 'ok', wallSpec([]));
  });
});

describe('a single view with refresh heals the same way', () => {
  it('<tx-kpi> with refresh: cold-start outage retried until the data come, stale badge on a failed refresh, nothing fetched while out of the document or hidden, resumes after a move', async function () {
    this.timeout(30_000);
    await import('../../packages/elements/src/kpi/define.ts');
    const name = endpointName('kpi');
    await setMode(name, '500');
    const clock = fastClock(10);
    const kpi = document.createElement('tx-kpi') as HTMLElement & { spec?: unknown; clock?: Clock };
    kpi.clock = clock;
    kpi.spec = { version: 1, kind: 'kpi', id: 'k', title: '热线', refresh: '5s', data: 'hotline', datasets: { hotline: { url: `/flaky/${name}`, format: 'json' } } };
    const host = document.createElement('div');
    host.append(kpi);
    document.body.append(host);
    mounted.push(host);
    const error = () => kpi.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

    await until(() => error().includes('[http]'), 'the error of the cold start');
    expect(error()).to.contain('/datasets/hotline/url');
    const failedAt = await requestsTo(name);
    await setMode(name, 'ok', hotline(152));
    await until(() => text(kpi).includes('152个'), 'the number once the server is back');
    expect(await requestsTo(name)).to.be.greaterThan(failedAt);
    expect(error()).to.equal('');

    await setMode(name, '500');
    await until(() => kpi.shadowRoot?.querySelector('[part~="stale"]'), 'the stale badge after a failed refresh');
    expect(text(kpi), 'last good number kept').to.contain('152个');

    // Out of the document: nothing fetched; back in: the next refresh at once.
    kpi.remove();
    const requestsOut = await requestsTo(name);
    const outAt = clock.now();
    await until(() => clock.now() - outAt > 2 * 5000, 'two intervals out of the document');
    expect(await requestsTo(name), 'requests while out').to.equal(requestsOut);
    await setMode(name, 'ok', hotline(160));
    const backAt = clock.now();
    host.append(kpi);
    await until(() => text(kpi).includes('160个'), 'the refresh after the move');
    expect(clock.now() - backAt, 'clock ms from the move to fresh data').to.be.at.most(5000);
    expect(kpi.shadowRoot?.querySelector('[part~="stale"]')).to.equal(null);

    // Hidden: nothing fetched; shown again: one fetch at once.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      const requestsHidden = await requestsTo(name);
      const hiddenAt = clock.now();
      await until(() => clock.now() - hiddenAt > 1.5 * 5000, 'one and a half intervals hidden');
      expect(await requestsTo(name), 'requests while hidden').to.equal(requestsHidden);
      delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      await until(async () => (await requestsTo(name)) !== requestsHidden, 'the catch-up on return', 5000);
      expect(await requestsTo(name), 'the catch-up').to.equal(requestsHidden + 1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
});
