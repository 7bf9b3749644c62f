import { expect } from '@esm-bundle/chai';
import type { TxErrorEvent } from '@tongxin/elements';
import { SPECS } from './fixtures/specs.ts';
import { cleanup, mount, shadowText } from './helpers.ts';

afterEach(cleanup);

function errorItems(el: HTMLElement) {
  return [...el.shadowRoot!.querySelectorAll('[part~="error"] li')].map((li) => ({
    path: li.querySelector('.path')?.textContent ?? '',
    message: li.querySelector('.message')?.textContent ?? '',
  }));
}

describe('error states', () => {
  it('an invalid spec lists each problem with its path and fires tx-error with them', async () => {
    const spec = { ...SPECS['tx-fund-chart'](), mode: 'pie', data: 'nowhere' };
    const { el, event } = await mount('tx-fund-chart', { spec });
    expect(event.type).to.equal('tx-error');
    const detail = (event as TxErrorEvent).detail;
    expect(detail.kind).to.equal('invalid-spec');
    const paths = detail.errors.map((e) => e.path);
    expect(paths.some((p) => p.includes('mode')), paths.join()).to.equal(true);
    const shown = errorItems(el);
    expect(shown.map((e) => e.path)).to.deep.equal(paths);
    for (const e of shown) expect(e.message.length).to.be.greaterThan(3);
    expect(shadowText(el)).to.contain('无法显示图表');
  });

  it('an attribute the fast check cannot pass (mode="pie") gets the full validator\'s verdict, as in Node: not-allowed-value at /mode', async () => {
    // A valid spec: the first render never loads the full validator; the attribute makes it load.
    const { el, event } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart'](), attrs: { mode: 'pie' } });
    expect(event.type).to.equal('tx-error');
    const detail = (event as TxErrorEvent).detail;
    expect(detail.kind).to.equal('invalid-spec');
    expect(detail.errors.map((e) => [e.code, e.path])).to.deep.equal([['not-allowed-value', '/mode']]);
    expect(errorItems(el).map((e) => e.path)).to.deep.equal(['/mode']);
    // A valid attribute again: drawn.
    const rendered = new Promise((done) => el.addEventListener('tx-render', done, { once: true }));
    el.setAttribute('mode', 'cumulative');
    await rendered;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('ECharts throwing while it draws (a page broke a built-in it relies on) is shown and sent as compile-failed, not a blank box', async () => {
    // A hostile page: an enumerable Object.prototype.name makes ECharts 6.1.0 throw inside setOption.
    const unhandled: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    (Object.prototype as Record<string, unknown>).name = 'from the page';
    let el: HTMLElement;
    try {
      const mounted = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart']() });
      el = mounted.el;
      expect(mounted.event.type).to.equal('tx-error');
      const detail = (mounted.event as TxErrorEvent).detail;
      expect(detail.kind).to.equal('compile-failed');
      expect(detail.errors.map((e) => e.code)).to.deep.equal(['compile-failed']);
      expect(detail.errors[0].message).to.contain('funds');
      expect(errorItems(el).length).to.equal(1);
      expect(shadowText(el)).to.contain('无法显示图表');
      // Once: no loop of draws and failures.
      let more = 0;
      el.addEventListener('tx-error', () => more++);
      await new Promise((r) => setTimeout(r, 200));
      expect(more).to.equal(0);
    } finally {
      delete (Object.prototype as Record<string, unknown>).name;
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(unhandled).to.deep.equal([]);
    // The page mended: the next spec draws.
    const rendered = new Promise((done) => el.addEventListener('tx-render', done, { once: true }));
    (el as HTMLElement & { spec: unknown }).spec = SPECS['tx-fund-chart']();
    await rendered;
    expect(errorItems(el)).to.deep.equal([]);
  });

  it('a 404 names the URL and the status', async () => {
    const { el, event } = await mount('tx-county-map', { attrs: { src: '/test/browser/fixtures/missing.json' } });
    expect(event.type).to.equal('tx-error');
    const detail = (event as TxErrorEvent).detail;
    expect(detail.kind).to.equal('http');
    expect(detail.errors[0].path).to.equal('src');
    const [shown] = errorItems(el);
    expect(shown.path).to.equal('src');
    expect(shown.message).to.contain('404');
    expect(shown.message).to.contain('/test/browser/fixtures/missing.json');
  });

  it('a dataset 404 points at the dataset url in the spec', async () => {
    const spec = { ...SPECS['tx-fund-chart'](), datasets: { funds: { url: '/test/browser/fixtures/no-funds.json' } } };
    const { el, event } = await mount('tx-fund-chart', { spec });
    const detail = (event as TxErrorEvent).detail;
    expect(detail.kind).to.equal('http');
    expect(detail.errors[0].path).to.equal('/datasets/funds/url');
    expect(errorItems(el)[0].message).to.contain('404');
  });

  it('malformed JSON says so, with the line and column', async () => {
    const { el, event } = await mount('tx-kpi', { attrs: { src: '/test/browser/fixtures/malformed.json' } });
    const detail = (event as TxErrorEvent).detail;
    expect(detail.kind).to.equal('malformed-json');
    const [shown] = errorItems(el);
    expect(shown.message).to.contain('不是有效的 JSON');
    expect(shown.message).to.match(/第 1 行/);
  });

  it('a network failure says it could not connect', async () => {
    // Port 9 (discard) on loopback: nothing listens, the fetch fails at once.
    const { el, event } = await mount('tx-activity-trend', { attrs: { src: 'http://127.0.0.1:9/spec.json' } });
    const detail = (event as TxErrorEvent).detail;
    expect(detail.kind).to.equal('network');
    expect(errorItems(el)[0].message).to.contain('无法连接');
  });

  it('the three failures read differently, and in English with locale="en"', async () => {
    const texts: string[] = [];
    for (const src of ['/test/browser/fixtures/missing.json', '/test/browser/fixtures/malformed.json', 'http://127.0.0.1:9/spec.json']) {
      const { el } = await mount('tx-kpi', { attrs: { src, locale: 'en' } });
      texts.push(errorItems(el)[0].message.replace(src, ''));
      el.remove();
    }
    expect(new Set(texts).size).to.equal(3);
    expect(texts[0]).to.contain('404');
    expect(texts[1]).to.contain('not valid JSON');
    expect(texts[2]).to.contain('Could not reach');
  });
});
