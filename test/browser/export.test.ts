import { expect } from '@esm-bundle/chai';
import { CHART_TAGS, SPECS } from './fixtures/specs.ts';
import { cleanup, mount, openTable } from './helpers.ts';

afterEach(cleanup);

describe('export', () => {
  for (const tag of CHART_TAGS) {
    it(`${tag}: toImage is a PNG, toSVG an SVG document with the chart's text, toCSV the table`, async () => {
      const { el } = await mount(tag, { spec: SPECS[tag]() });
      const png = el.toImage!()!;
      expect(png.startsWith('data:image/png;base64,')).to.equal(true);
      const image = new Image();
      image.src = png;
      await image.decode();
      expect(image.naturalWidth).to.be.greaterThan(300);
      const svg = (await el.toSVG!())!;
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.documentElement.nodeName).to.equal('svg');
      expect(doc.querySelector('parsererror'), 'strict XML parse').to.equal(null);
      expect(doc.querySelectorAll('path').length).to.be.greaterThan(2);
      const csv = el.toCSV()!;
      const rows = csv.trim().split(/\r?\n/);
      await openTable(el);
      expect(rows.length).to.equal(el.shadowRoot!.querySelectorAll('details tbody tr').length + 1);
    });
  }

  it('toSVG stays valid XML with a page font whose family names are in double quotes', async () => {
    const { el: mounted } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart'](), attrs: { style: '--tx-font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif' } });
    const svg = (await mounted.toSVG!())!;
    expect(svg).to.contain('Noto Sans CJK SC');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'strict XML parse').to.equal(null);
    expect(doc.querySelectorAll('text').length).to.be.greaterThan(2);
  });

  it('tx-kpi: toCSV has one line per figure', async () => {
    const { el } = await mount('tx-kpi', { spec: SPECS['tx-kpi']() });
    const rows = el.toCSV()!.trim().split(/\r?\n/);
    expect(rows).to.have.length(4);
    expect(rows[1]).to.contain('热线来电');
    expect(rows[1]).to.contain('152');
  });
});
