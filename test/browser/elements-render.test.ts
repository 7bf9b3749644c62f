import { expect } from '@esm-bundle/chai';
import { CHART_TAGS, kpiSpec, SPECS } from './fixtures/specs.ts';
import { cleanup, mount, openTable, paintedPixels, shadowText } from './helpers.ts';

afterEach(cleanup);

describe('every element renders from an inline spec', () => {
  for (const tag of CHART_TAGS) {
    it(`${tag} draws a chart with painted pixels, a title and a data table`, async () => {
      const { el, event } = await mount(tag, { spec: SPECS[tag]() });
      expect(event.type).to.equal('tx-render');
      const { painted, total } = paintedPixels(el);
      // A real drawing covers a visible share of the canvas, not a few stray pixels.
      expect(painted / total).to.be.greaterThan(0.02);
      expect(shadowText(el)).to.contain(SPECS[tag]().title);
      await openTable(el);
      expect(el.shadowRoot!.querySelector('details table tbody tr')).to.exist;
    });
  }

  it('tx-kpi draws one card per figure with value, unit and source', async () => {
    const { el, event } = await mount('tx-kpi', { spec: SPECS['tx-kpi']() });
    expect(event.type).to.equal('tx-render');
    const cards = [...el.shadowRoot!.querySelectorAll('[part="card"]')];
    expect(cards).to.have.length(3);
    expect(cards[0].textContent).to.contain('热线来电');
    expect(cards[0].textContent).to.contain('152');
    expect(cards[0].textContent).to.contain('件');
    expect(cards[1].textContent).to.contain('100%');
    // All three share one source: said once, in the footer.
    expect(el.shadowRoot!.querySelector('[part="footer"]')!.textContent).to.contain('委员履职');
    expect(cards[0].querySelector('[part="card-source"]')).to.equal(null);
  });

  it('tx-kpi names each card’s source when the sources differ', async () => {
    const spec = kpiSpec();
    spec.sources = { ...spec.sources, 'qianwei-2025': { title: '坚持“四高”导向', publisher: '犍为县政协' } } as typeof spec.sources;
    spec.items[2].source = 'qianwei-2025';
    const { el } = await mount('tx-kpi', { spec });
    const sources = [...el.shadowRoot!.querySelectorAll('[part="card-source"]')].map((s) => s.textContent);
    expect(sources).to.have.length(3);
    expect(sources[0]).to.contain('委员履职');
    expect(sources[2]).to.contain('坚持“四高”导向');
  });

  it('tx-kpi takes one figure from simple attributes', async () => {
    const { el } = await mount('tx-kpi', { attrs: { label: '送文化进基层', value: '56', 'unit-label': '场次' } });
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    expect(card.textContent).to.contain('送文化进基层');
    expect(card.textContent).to.contain('56');
    expect(card.textContent).to.contain('场次');
  });

  it('shows the illustrative badge when the data are illustrative', async () => {
    const { el } = await mount('tx-county-map', { spec: SPECS['tx-county-map']() });
    const badge = el.shadowRoot!.querySelector('[part~="illustrative"]');
    expect(badge?.textContent).to.equal('示意数据');
    const fund = (await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart']() })).el;
    expect(fund.shadowRoot!.querySelector('[part~="illustrative"]')).to.equal(null);
  });

  it('shows a loading state, never a blank box, before data arrive', async () => {
    const el = document.createElement('tx-county-map');
    el.setAttribute('src', '/test/browser/fixtures/does-not-exist.json');
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el)).to.contain('加载中');
  });

  it('shows the empty state when there is nothing to draw', async () => {
    const spec = { ...SPECS['tx-fund-chart'](), datasets: { funds: { values: [] } } };
    const { el, event } = await mount('tx-fund-chart', { spec });
    expect(event.type).to.equal('tx-render');
    expect((event as CustomEvent).detail.empty).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')?.textContent).to.contain('暂无数据');
  });
});
