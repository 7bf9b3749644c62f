import { expect } from '@esm-bundle/chai';
import type { TxErrorEvent } from '@tongxin/elements';
import { cleanup, nextEvent, shadowText } from './helpers.ts';

afterEach(cleanup);

async function mountDashboard(setup: { spec?: unknown; src?: string }) {
  const el = document.createElement('tx-dashboard') as HTMLElement & { spec?: unknown };
  el.style.cssText = 'display:block;width:960px;height:540px';
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
