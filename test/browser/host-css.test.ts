// Isolation from the host page: a portal's stylesheet that sets inherited text properties on
// its containers (text-align, font, line-height, letter-spacing, text-transform, white-space…)
// must not move anything inside a Tongxin element. Each element (and a dashboard) is drawn on a
// clean page, its layout boxes measured relative to the element; then a deliberately hostile
// stylesheet is added to the page and every box must stay where it was, within 1 px.
import { expect } from '@esm-bundle/chai';
import { SPECS, type Tag } from './fixtures/specs.ts';
import { nextEvent, type TxElement } from './helpers.ts';
import { allDrawn, until } from './dashboard-helpers.ts';

const WUXUAN_DASHBOARD = '/data/wuxuan/dashboard.json';

const HOSTILE = `
  #root, body {
    text-align: center; font: italic 900 18px/145% serif; letter-spacing: 3px; word-spacing: 14px;
    text-transform: uppercase; text-indent: 40px; white-space: pre; color: magenta;
    font-variant: small-caps; font-feature-settings: "smcp"; text-shadow: 2px 2px red;
    direction: rtl; border-spacing: 9px; font-stretch: condensed; -webkit-text-stroke-width: 1px;
  }
  body { font-size: 48px; line-height: 3; }
`;

/** Wait for the first draw; a tx-error fails with its detail. */
function drawn(el: HTMLElement): Promise<void> {
  return Promise.race([
    nextEvent(el, 'tx-render', 20_000).then(() => undefined),
    nextEvent<CustomEvent>(el, 'tx-error', 20_000).then((e) => { throw new Error(`tx-error: ${JSON.stringify(e.detail)}`); }),
  ]);
}

/** Parts whose boxes are compared (those present in the element). */
const PARTS = ['frame', 'header', 'title', 'description', 'badge', 'chart', 'status', 'footer', 'table', 'cards', 'card',
  'card-label', 'card-value', 'card-change', 'card-source', 'stage', 'cell'];

type Boxes = Record<string, [number, number, number, number]>;

/** Every part's box (and the summary of the data table, and the host's size), relative to the element. */
function boxes(el: HTMLElement, prefix = ''): Boxes {
  const origin = el.getBoundingClientRect();
  const out: Boxes = { [`${prefix}host`]: [0, 0, origin.width, origin.height] };
  const root = el.shadowRoot!;
  for (const name of PARTS) {
    root.querySelectorAll<HTMLElement>(`[part~="${name}"]`).forEach((node, i) => {
      const r = node.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return; // not displayed (e.g. a footer a dashboard hides)
      out[`${prefix}${name}[${i}]`] = [r.left - origin.left, r.top - origin.top, r.width, r.height];
    });
  }
  root.querySelectorAll<HTMLElement>('summary, [part="header"] *').forEach((node, i) => {
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    out[`${prefix}${node.localName}#${i}`] = [r.left - origin.left, r.top - origin.top, r.width, r.height];
  });
  return out;
}

function differences(before: Boxes, after: Boxes): string[] {
  const out: string[] = [];
  for (const [key, a] of Object.entries(before)) {
    const b = after[key];
    if (!b) { out.push(`${key} disappeared`); continue; }
    if (a.some((v, i) => Math.abs(v - b[i]) > 1)) out.push(`${key}: [${a.map(Math.round)}] → [${b.map(Math.round)}]`);
  }
  return out;
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let root: HTMLElement;
let hostile: HTMLStyleElement | undefined;

beforeEach(() => {
  root = document.createElement('div');
  root.id = 'root';
  root.style.width = '700px';
  document.body.append(root);
});

afterEach(() => {
  hostile?.remove();
  hostile = undefined;
  root.remove();
});

async function addHostileStylesheet() {
  hostile = document.createElement('style');
  hostile.textContent = HOSTILE;
  document.head.append(hostile);
  await frames();
  // The hostile sheet really applies to the page around the element.
  const body = getComputedStyle(document.body);
  expect(body.textAlign).to.equal('center');
  expect(body.fontSize).to.equal('48px');
  expect(getComputedStyle(root).letterSpacing).to.equal('3px');
}

describe('host-page CSS does not reach inside', () => {
  for (const tag of Object.keys(SPECS) as Tag[]) {
    it(`${tag}: every box stays put under a hostile page stylesheet`, async () => {
      const el = document.createElement(tag) as TxElement;
      el.style.width = '640px';
      el.spec = { ...SPECS[tag](), description: '说明文字：一段足够长的描述，在窄的框里会换行，所以字距和字号一变，它的高度就会变。' };
      const rendered = drawn(el);
      root.append(el);
      await rendered;
      await el.updateComplete;
      // The data table open too, so its rows and caption are compared.
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="table"]');
      if (details) {
        const toggled = nextEvent(details, 'toggle');
        details.open = true;
        await toggled;
        await el.updateComplete;
      }
      await frames();
      const clean = boxes(el);
      for (const part of tag === 'tx-kpi' ? ['header', 'card[0]', 'card-value[0]', 'table[0]'] : ['header', 'title[0]', 'description[0]', 'chart[0]', 'table[0]', ...(tag === 'tx-fund-chart' || tag === 'tx-activity-trend' ? ['footer[0]'] : [])]) {
        expect(Object.keys(clean).some((k) => k === part || k.startsWith(`${part}[`)), `${tag} has ${part}`).to.equal(true);
      }
      await addHostileStylesheet();
      const diff = differences(clean, boxes(el));
      expect(diff, `${tag} moved under the hostile stylesheet`).to.deep.equal([]);
      // And the text inside keeps the element's own look.
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part~="title"], [part~="card-label"]')!;
      const style = getComputedStyle(title);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.fontStyle).to.equal('normal');
      expect(style.direction).to.equal('ltr');
    });
  }

  it('tx-dashboard: the header, the cells and every view in them stay put', async () => {
    const dashboard = document.createElement('tx-dashboard') as HTMLElement & { src?: string; updateComplete: Promise<boolean> };
    dashboard.style.width = '960px';
    dashboard.setAttribute('no-tour', '');
    dashboard.src = WUXUAN_DASHBOARD;
    root.append(dashboard);
    await until(() => allDrawn(dashboard), 'every view to draw');
    await dashboard.updateComplete;
    await frames();
    const measure = () => {
      let all = boxes(dashboard);
      dashboard.shadowRoot!.querySelectorAll<HTMLElement>('.cell > *').forEach((view, i) => { all = { ...all, ...boxes(view, `view${i}/`) }; });
      return all;
    };
    const clean = measure();
    expect(Object.keys(clean).filter((k) => k.startsWith('cell[')).length).to.be.greaterThan(2);
    await addHostileStylesheet();
    expect(differences(clean, measure())).to.deep.equal([]);
  });

  it('the documented custom properties and parts still reach in', async () => {
    const el = document.createElement('tx-kpi') as TxElement;
    el.style.width = '640px';
    el.spec = SPECS['tx-kpi']();
    const rendered = drawn(el);
    root.append(el);
    await rendered;
    await el.updateComplete;
    hostile = document.createElement('style');
    hostile.textContent = `#root { --tx-kpi-value-color: rgb(1, 2, 3); } #root tx-kpi::part(card-label) { letter-spacing: 5px; }`;
    document.head.append(hostile);
    await frames();
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="card-value"]')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="card-label"]')!).letterSpacing).to.equal('5px');
  });
});
