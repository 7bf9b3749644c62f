// Labels named like Object.prototype members draw, and leave Object.prototype as it was, on a real page.
//
// Reported: a fund record whose campaign was "__proto__" drew, and afterwards Object.prototype had
// enumerable `prev`/`next`, so every spec validated later on the page failed ("/sources/next/value
// 不认识的属性"). zrender 6.1.0's LRU (lib/core/LRU.js, the text-width cache behind every label)
// kept its entries in a plain `{}` keyed by the text and relinked Object.prototype as an "entry".
// Fixed by patches/zrender@6.1.0.patch and patches/echarts@6.1.0.patch (their headers hold the text of
// the upstream reports to file); test/unit/core/prototype-safety.test.ts covers every view kind in Node.
import { expect } from '@esm-bundle/chai';
import { validateSpec, type Spec } from '@tongxin/spec';
import { fundChartSpec } from './fixtures/specs.ts';
import { cleanup, instanceOf, mount, openTable, shadowText } from './helpers.ts';

afterEach(cleanup);

const HOSTILE = ['__proto__', 'constructor', 'hasOwnProperty'];

// What a polluted lookup writes on: Object.prototype, Object, the functions on Object.prototype.
const watched: [string, object][] = [['Object.prototype', Object.prototype], ['Object', Object], ['Function.prototype', Function.prototype]];
for (const name of Object.getOwnPropertyNames(Object.prototype)) {
  const value = Object.getOwnPropertyDescriptor(Object.prototype, name)!.value;
  if (typeof value === 'function') watched.push([`Object.prototype.${name}`, value]);
}
const ownKeys = () => Object.fromEntries(watched.map(([name, object]) => [name, Reflect.ownKeys(object).map(String).sort()]));
const PRISTINE_KEYS = ownKeys();
const PRISTINE_PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

function expectPristine(where: string): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), `${where}: Object.prototype's own properties`).to.deep.equal(PRISTINE_PROTO_NAMES);
  const enumerable: string[] = [];
  // eslint-disable-next-line guard-for-in
  for (const key in {}) enumerable.push(key);
  expect(enumerable, `${where}: enumerable keys on Object.prototype`).to.deep.equal([]);
  expect(Object.prototype.constructor === Object, `${where}: Object.prototype.constructor`).to.equal(true);
  expect({}.hasOwnProperty === Object.prototype.hasOwnProperty, `${where}: ({}).hasOwnProperty`).to.equal(true);
  expect(ownKeys(), `${where}: own properties of Object and of Object.prototype's methods`).to.deep.equal(PRISTINE_KEYS);
}

/** Every text the chart's renderer holds (canvas labels are not in the DOM). */
function drawnTexts(el: HTMLElement): string[] {
  const zr = instanceOf(el)!.getZr() as unknown as { storage: { getDisplayList(update?: boolean): { style?: { text?: unknown } }[] } };
  return zr.storage.getDisplayList(true).flatMap((d) => (typeof d.style?.text === 'string' ? [d.style.text] : []));
}

// The bundled specs, as county-data.test.ts finds them: not every county has every file.
const COUNTIES = ['wuxuan', 'donglan', 'yuanan', 'qianwei', 'heshan', 'laibin'];
const FILES = ['dashboard', 'map', 'coverage', 'trend', 'funds', 'kpi'];

async function bundledSpecs(): Promise<{ url: string; spec: Spec; datasets: Record<string, unknown> }[]> {
  const found = await Promise.all(
    COUNTIES.flatMap((county) =>
      FILES.map(async (file) => {
        const url = `/data/${county}/${file}.json`;
        const response = await fetch(url);
        if (!response.ok) return undefined;
        const spec = (await response.json()) as Spec;
        const datasets: Record<string, unknown> = {};
        for (const [id, dataset] of Object.entries(spec.datasets ?? {}) as [string, { url?: string }][]) {
          if (dataset.url) datasets[id] = await (await fetch(new URL(dataset.url, new URL(url, location.href)))).json();
        }
        return { url, spec, datasets };
      }),
    ),
  );
  return found.filter((x): x is NonNullable<typeof x> => x !== undefined);
}

async function expectBundledSpecsValid(where: string): Promise<void> {
  const specs = await bundledSpecs();
  expect(specs.length, 'bundled specs found').to.be.greaterThan(10);
  for (const { url, spec, datasets } of specs) {
    const result = validateSpec(spec, { locale: 'en', datasets });
    expect(result.errors.map((e) => `${e.path}: ${e.message}`), `${where}: ${url}`).to.deep.equal([]);
  }
}

describe('labels named like Object.prototype members, on a page', () => {
  it('the page starts pristine, with every bundled spec valid', async () => {
    expectPristine('before');
    await expectBundledSpecsValid('before');
  });

  it('<tx-fund-chart> with campaigns "__proto__", "constructor", "hasOwnProperty" draws them, then the page is unchanged', async () => {
    const spec = fundChartSpec();
    spec.datasets.funds.values = HOSTILE.map((campaign, i) => ({ campaign, amount: (i + 1) * 1_000_000, qualifier: 'over', source: 'wuxuan-2022' }));
    const { el, event } = await mount('tx-fund-chart', { spec });
    expect(event.type, JSON.stringify((event as CustomEvent).detail)).to.equal('tx-render');
    const texts = drawnTexts(el);
    // The table renders its rows only while open.
    await openTable(el);
    for (const name of HOSTILE) {
      expect(texts, `“${name}” drawn`).to.include(name);
      expect(shadowText(el), `“${name}” in the data table`).to.contain(name);
    }
    // The specs first: what a polluted page did to the next validation is the reported symptom.
    await expectBundledSpecsValid('after drawing');
    expectPristine('after drawing');
  });

  it('<tx-activity-trend> with kinds named like members: legend clicks toggle them without an error', async () => {
    const names = [...HOSTILE, 'toString'];
    const spec = {
      version: 1,
      kind: 'activity-trend',
      id: 'trend',
      title: '活动',
      datasets: { a: { values: names.flatMap((kind, i) => [{ period: '2023', kind, value: i + 1 }, { period: '2024', kind, value: i + 3 }]) } },
      data: 'a',
    };
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      const { el, event } = await mount('tx-activity-trend', { spec });
      expect(event.type, JSON.stringify((event as CustomEvent).detail)).to.equal('tx-render');
      for (const name of names) expect(drawnTexts(el), `legend “${name}”`).to.include(name);
      const chart = instanceOf(el)!;
      // ECharts' legend keeps what is selected in an object keyed by these names (its option, so a
      // plain object: "__proto__" cannot be switched off, but nothing throws and nothing leaks).
      const selected = () => (chart.getOption().legend as { selected: Record<string, boolean> }[])[0].selected;
      const isOn = (name: string) => (Object.hasOwn(selected(), name) ? selected()[name] : true);
      for (const name of names) chart.dispatchAction({ type: 'legendToggleSelect', name });
      for (const name of names.filter((n) => n !== '__proto__')) expect(isOn(name), `“${name}” off`).to.equal(false);
      for (const name of names) chart.dispatchAction({ type: 'legendToggleSelect', name });
      for (const name of names) expect(isOn(name), `“${name}” on again`).to.equal(true);
      expect(errors).to.deep.equal([]);
      expectPristine('after the legend clicks');
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
