import { expect } from '@esm-bundle/chai';
import type { TxErrorEvent } from '@tongxin/elements';
import { cleanup, nextEvent, shadowText } from './helpers.ts';

afterEach(cleanup);

async function mountDashboard(setup: { spec?: unknown; src?: string; theme?: string }) {
  const el = document.createElement('tx-dashboard') as HTMLElement & { spec?: unknown };
  el.style.cssText = 'display:block;width:960px;height:540px';
  if (setup.theme) el.setAttribute('theme', setup.theme);
  if (setup.src) el.setAttribute('src', setup.src);
  if (setup.spec) el.spec = setup.spec;
  const failed = nextEvent<TxErrorEvent>(el, 'tx-error');
  document.body.append(el);
  const event = await failed;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, event };
}

describe('tx-dashboard error states', () => {
  it('an invalid dashboard spec fires tx-error with each path and shows them in part="error"', async () => {
    const spec = { version: 1, kind: 'dashboard', views: [{ id: 'm', kind: 'county-map', regions: 'nowhere' }] };
    const { el, event } = await mountDashboard({ spec });
    expect(event.detail.kind).to.equal('invalid-spec');
    const paths = event.detail.errors.map((e) => e.path);
    expect(paths).to.include('/views/0/regions');
    const shown = el.shadowRoot!.querySelector('[part="error"]');
    expect(shown, 'error part').to.not.equal(null);
    expect(shown!.textContent).to.contain('/views/0/regions');
  });

  it('a spec URL that 404s fires tx-error naming the URL', async () => {
    const { el, event } = await mountDashboard({ src: '/test/browser/fixtures/no-such-dashboard.json' });
    expect(event.detail.errors.length).to.be.greaterThan(0);
    expect(shadowText(el)).to.contain('404');
  });
});

describe('tx-dashboard error and empty states are themed', () => {
  it('the error box uses the wall colours of the bigscreen theme and shows each hint', async () => {
    // A wall sets theme="bigscreen" on the element; an invalid spec cannot be trusted to say it.
    const spec = { version: 1, kind: 'dashboard', views: [{ id: 'm', kind: 'county-map', regions: 'nowhere' }] };
    const { el, event } = await mountDashboard({ spec, theme: 'bigscreen' });
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
    const style = getComputedStyle(box);
    // A dark wall, light text: not black on white.
    expect(style.backgroundColor).to.equal('rgb(5, 11, 26)');
    const [r, g, b] = style.color.match(/\d+/g)!.map(Number);
    expect(r + g + b, `text colour ${style.color}`).to.be.greaterThan(500);
    const hints = [...box.querySelectorAll('.hint')].map((h) => h.textContent?.trim());
    expect(hints.length).to.equal(event.detail.errors.filter((e) => e.hint).length);
    expect(hints.length).to.be.greaterThan(0);
    expect(hints[0]).to.equal(event.detail.errors.find((e) => e.hint)!.hint);
  });

  it('spec = null (and no src) is the empty state, not a loading message that never ends', async () => {
    const el = document.createElement('tx-dashboard') as HTMLElement & { spec?: unknown; updateComplete: Promise<unknown> };
    el.style.cssText = 'display:block;width:960px;height:540px';
    el.spec = null;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="empty"]')?.textContent?.trim()).to.equal('暂无数据');
  });
});
