/**
 * Heavy specs load off the main thread (issue 11): a spec of 50,000 fund records goes through the
 * load-spec worker, the frame says what the load is doing, the element draws; an invalid one
 * reports the same codes and pointers as the pipeline on the page; without Worker the page loads
 * it itself.
 */
import { expect } from '@esm-bundle/chai';
import { describeFailure, loadSpec, SpecFailure } from '@tongxin/core';
import type { TxErrorEvent } from '@tongxin/elements';
import { cleanup, mount, type TxElement } from './helpers.ts';

afterEach(cleanup);

const CAMPAIGNS = ['委员捐赠', '捐种一棵大树', '助学金', '乡村道路', '饮水工程'];
const RECORDS = 50_000;

/** 50,000 fund records (~3.5 MB of JSON); the sum per campaign is known. */
function heavyFundSpec(records = RECORDS) {
  const values = Array.from({ length: records }, (_, i) => ({
    campaign: CAMPAIGNS[i % CAMPAIGNS.length],
    amount: 1000 + (i % 7) * 100,
    donor: `委员${i % 97}`,
    date: `20${20 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`,
  }));
  return {
    version: 1,
    kind: 'fund-chart',
    id: 'funds',
    title: '捐赠（大）',
    datasets: { funds: { values } },
    data: 'funds',
    by: 'campaign',
  };
}

function expectedSums(records = RECORDS): Map<string, number> {
  const sums = new Map<string, number>();
  for (let i = 0; i < records; i += 1) {
    const campaign = CAMPAIGNS[i % CAMPAIGNS.length];
    sums.set(campaign, (sums.get(campaign) ?? 0) + 1000 + (i % 7) * 100);
  }
  return sums;
}

/** Count the load-spec workers the page starts and the messages they send (the real Worker does the work). */
function spyOnWorkers(): { urls: string[]; messages: () => number; restore(): void } {
  const Original = globalThis.Worker;
  const urls: string[] = [];
  let messages = 0;
  globalThis.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      urls.push(String(url));
      super(url, options);
      this.addEventListener('message', () => { messages += 1; });
    }
  };
  return { urls, messages: () => messages, restore: () => { globalThis.Worker = Original; } };
}

/** Every text the loading state shows while `el` loads. */
function watchLoadingTexts(el: HTMLElement): string[] {
  const texts: string[] = [];
  const record = () => {
    const text = el.shadowRoot?.querySelector('[part~="loading"]')?.textContent?.trim();
    if (text && texts.at(-1) !== text) texts.push(text);
  };
  const observer = new MutationObserver(record);
  const attach = () => {
    if (!el.shadowRoot) return requestAnimationFrame(attach);
    observer.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
    record();
  };
  attach();
  return texts;
}

async function mountHeavy(spec: unknown, via: 'src' | 'spec', locale = 'zh-CN') {
  const el = document.createElement('tx-fund-chart') as TxElement;
  el.style.width = '640px';
  el.setAttribute('locale', locale);
  const texts = watchLoadingTexts(el);
  const url = via === 'src' ? URL.createObjectURL(new Blob([JSON.stringify(spec)], { type: 'application/json' })) : undefined;
  if (url) el.setAttribute('src', url);
  else el.spec = spec;
  const settled = new Promise<Event>((resolve) => {
    el.addEventListener('tx-render', resolve, { once: true });
    el.addEventListener('tx-error', resolve, { once: true });
  });
  document.body.append(el);
  const event = await settled;
  await el.updateComplete;
  if (url) URL.revokeObjectURL(url);
  return { el, event, texts };
}

/** Campaign → amount as the chart draws it (its ECharts option: categories and bar values, in 万元 for zh-CN, millions for en). */
function sumsFromChart(el: TxElement): Map<string, number> {
  const option = el.chart!.getOption() as { series: { data: unknown[] }[]; xAxis?: { data?: unknown[] }[]; yAxis?: { data?: unknown[] }[] };
  const categories = option.yAxis?.find((a) => a.data?.length)?.data ?? option.xAxis?.find((a) => a.data?.length)?.data ?? [];
  const sums = new Map<string, number>();
  option.series[0].data.forEach((item, i) => {
    const value = typeof item === 'object' && item !== null && 'value' in item ? (item as { value: unknown }).value : item;
    const name = typeof item === 'object' && item !== null && 'name' in item ? (item as { name: unknown }).name : categories[i];
    const category = typeof name === 'object' && name !== null && 'value' in name ? (name as { value: unknown }).value : name;
    sums.set(String(category), Number(Array.isArray(value) ? value.at(-1) : value));
  });
  return sums;
}

describe('heavy specs load off the main thread', function () {
  this.timeout(60_000);

  it('a 50,000-record spec by src loads in the worker, says what it does, and draws every record', async () => {
    const spy = spyOnWorkers();
    try {
      const { el, event, texts } = await mountHeavy(heavyFundSpec(), 'src');
      expect(event.type, JSON.stringify((event as TxErrorEvent).detail)).to.equal('tx-render');
      expect(spy.urls.filter((u) => /load-spec-worker\.js$/.test(new URL(u).pathname))).to.have.length(1);
      expect(spy.messages(), 'messages from the worker').to.be.greaterThan(5);
      // The steps the worker reported, in zh-CN with the count of records.
      expect(texts.some((t) => t.startsWith('正在解析')), texts.join(' | ')).to.equal(true);
      expect(texts, texts.join(' | ')).to.include('正在校验 50,000 条记录…');
      expect(texts.some((t) => /^正在接收数据… [\d,]+ \/ 50,000 条$/.test(t)), texts.join(' | ')).to.equal(true);
      expect(texts.every((t) => !/[A-Za-z]/.test(t)), texts.join(' | ')).to.equal(true);
      const sums = sumsFromChart(el);
      for (const [campaign, sum] of expectedSums()) expect(sums.get(campaign), campaign).to.be.closeTo(sum / 1e4, 1e-6);
    } finally {
      spy.restore();
    }
  });

  it('a 50,000-record spec property is sent to the worker in chunks, with English progress for en', async () => {
    const spy = spyOnWorkers();
    try {
      const spec = heavyFundSpec();
      const { el, event, texts } = await mountHeavy(spec, 'spec', 'en');
      expect(event.type, JSON.stringify((event as TxErrorEvent).detail)).to.equal('tx-render');
      expect(spy.urls).to.have.length(1);
      expect(spy.messages(), 'messages from the worker').to.be.greaterThan(5);
      expect(texts, texts.join(' | ')).to.include('Validating 50,000 records…');
      // The caller's document is left as it was.
      expect(spec.datasets.funds.values).to.have.length(RECORDS);
      const sums = sumsFromChart(el);
      for (const [campaign, sum] of expectedSums()) expect(sums.get(campaign), campaign).to.be.closeTo(sum / 1e6, 1e-9);
    } finally {
      spy.restore();
    }
  });

  it('an invalid large spec reports the same kind, codes and pointers as the pipeline on the page', async () => {
    const spec = heavyFundSpec();
    const values = spec.datasets.funds.values as Record<string, unknown>[];
    values[31_234] = { ...values[31_234], amount: 'about 500' };
    values[45_001] = { ...values[45_001], amout: 12 };
    values[49_999] = { ...values[49_999], qualifier: 'many' };

    let onPage: unknown;
    try {
      await loadSpec({ document: spec, url: document.baseURI }, { locale: 'zh-CN' });
    } catch (error) {
      onPage = error;
    }
    expect(onPage).to.be.instanceOf(SpecFailure);
    const expected = describeFailure(onPage, 'zh-CN');
    expect(expected.errors.map((e) => e.path)).to.include('/datasets/funds/values/31234/amount');

    const spy = spyOnWorkers();
    try {
      const { el, event } = await mountHeavy(spec, 'src');
      expect(spy.urls).to.have.length(1);
      // The worker said which steps ran and then why it failed: the verdict came from it.
      expect(spy.messages(), 'messages from the worker').to.be.at.least(3);
      expect(event.type).to.equal('tx-error');
      const detail = (event as TxErrorEvent).detail;
      expect(detail.kind).to.equal(expected.kind);
      expect(detail.errors.map((e) => [e.code, e.path])).to.deep.equal(expected.errors.map((e) => [e.code, e.path]));
      expect(detail.errors.map((e) => e.message)).to.deep.equal(expected.errors.map((e) => e.message));
      // Worded again in the other locale from the codes that crossed the worker boundary.
      el.setAttribute('locale', 'en');
      await el.updateComplete;
      const english = [...el.shadowRoot!.querySelectorAll('[part~="error"] li .message')].map((m) => m.textContent);
      expect(english).to.deep.equal(describeFailure(onPage, 'en').errors.map((e) => e.message));
    } finally {
      spy.restore();
    }
  });

  it('a records problem in a reshaped CSV names the same source cell from the worker as on the page', async () => {
    // A spec text over the worker threshold (padded in `meta`) whose CSV dataset breaks the records contract after `fields`.
    const csv = URL.createObjectURL(new Blob(['项目,金额\n助学,1万\n修路,-5万\n'], { type: 'text/csv' }));
    const spec = {
      version: 1, kind: 'fund-chart', id: 'funds', data: 'funds', by: 'campaign', meta: { note: '示意'.repeat(300_000) },
      datasets: { funds: { url: csv, format: 'csv', fields: { campaign: '项目', amount: '金额' } } },
    };
    const file = csv.slice(csv.lastIndexOf('/') + 1);
    let onPage: unknown;
    try {
      await loadSpec({ document: spec, url: document.baseURI }, { locale: 'zh-CN' });
    } catch (error) {
      onPage = error;
    }
    const expected = describeFailure(onPage, 'zh-CN');
    expect(expected.errors.map((e) => [e.code, e.dataPath, e.source])).to.deep.equal([['negative-amount', '/1/amount', `${file}:3:2`]]);
    const spy = spyOnWorkers();
    try {
      const { el, event } = await mountHeavy(spec, 'src');
      expect(spy.urls, 'loaded in the worker').to.have.length(1);
      const detail = (event as TxErrorEvent).detail;
      expect(detail.errors).to.deep.equal(expected.errors);
      el.setAttribute('locale', 'en');
      await el.updateComplete;
      const english = [...el.shadowRoot!.querySelectorAll('[part~="error"] li .message')].map((m) => m.textContent);
      expect(english).to.deep.equal([`${file} line 3, column 2 ("金额"): Amount -50000 cannot be negative.`]);
    } finally {
      spy.restore();
      URL.revokeObjectURL(csv);
    }
  });

  it('without Worker the page loads the heavy spec itself, still saying what it does', async () => {
    const Original = globalThis.Worker;
    // @ts-expect-error: a page without workers
    delete globalThis.Worker;
    try {
      expect(typeof (globalThis as { Worker?: unknown }).Worker).to.equal('undefined');
      const { el, event, texts } = await mountHeavy(heavyFundSpec(), 'src');
      expect(event.type, JSON.stringify((event as TxErrorEvent).detail)).to.equal('tx-render');
      expect(texts, texts.join(' | ')).to.include('正在校验 50,000 条记录…');
      expect(texts.some((t) => t.startsWith('正在接收')), texts.join(' | ')).to.equal(false);
      const sums = sumsFromChart(el);
      for (const [campaign, sum] of expectedSums()) expect(sums.get(campaign), campaign).to.be.closeTo(sum / 1e4, 1e-6);
    } finally {
      globalThis.Worker = Original;
    }
  });

  it('a worker that cannot start (its script missing) falls back to the page', async () => {
    const Original = globalThis.Worker;
    const urls: string[] = [];
    globalThis.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        urls.push(String(url));
        super(new URL('/no-such-worker.js', location.href), options);
      }
    };
    try {
      const { el, event } = await mountHeavy(heavyFundSpec(), 'src');
      expect(urls).to.have.length(1);
      expect(event.type, JSON.stringify((event as TxErrorEvent).detail)).to.equal('tx-render');
      expect(sumsFromChart(el).get('委员捐赠')).to.be.closeTo(expectedSums().get('委员捐赠')! / 1e4, 1e-6);
    } finally {
      globalThis.Worker = Original;
    }
  });

  it('a dashboard with a heavy spec says what its load is doing, step by step, then draws', async () => {
    const view = heavyFundSpec();
    const spec = {
      version: 1, kind: 'dashboard', title: '捐赠大屏', datasets: view.datasets,
      views: [{ id: 'funds', kind: 'fund-chart', title: view.title, data: 'funds', by: 'campaign' }],
    };
    const dashboard = document.createElement('tx-dashboard');
    dashboard.style.cssText = 'display:block;width:960px;height:540px;';
    const texts = watchLoadingTexts(dashboard);
    const src = URL.createObjectURL(new Blob([JSON.stringify(spec)], { type: 'application/json' }));
    dashboard.setAttribute('src', src);
    const rendered = new Promise<Event>((resolve) => {
      dashboard.addEventListener('tx-render', resolve, { once: true });
      dashboard.addEventListener('tx-error', resolve, { once: true });
    });
    document.body.append(dashboard);
    try {
      const event = await rendered;
      expect(event.type, JSON.stringify((event as TxErrorEvent).detail)).to.equal('tx-render');
      expect(texts.some((t) => t.startsWith('正在解析')), texts.join(' | ')).to.equal(true);
      expect(texts, texts.join(' | ')).to.include('正在校验 50,000 条记录…');
    } finally {
      URL.revokeObjectURL(src);
      dashboard.remove();
    }
  });
});
