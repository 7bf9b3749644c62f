import { expect } from '@esm-bundle/chai';
import { cleanup, mount, paintedPixels } from './helpers.ts';

afterEach(cleanup);

// The demo data in data/<county>/ (one spec per element, datasets by relative URL).
const COUNTIES = ['wuxuan', 'donglan', 'yuanan', 'qianwei', 'heshan', 'laibin'];
const FILES = { map: 'tx-county-map', coverage: 'tx-station-coverage', trend: 'tx-activity-trend', funds: 'tx-fund-chart', kpi: 'tx-kpi' } as const;

describe('every element renders from every county spec in data/', () => {
  for (const county of COUNTIES) {
    for (const [file, tag] of Object.entries(FILES)) {
      it(`${tag} src=/data/${county}/${file}.json`, async () => {
        const url = `/data/${county}/${file}.json`;
        const { el, event } = await mount(tag, { attrs: { src: url } });
        expect(event.type, JSON.stringify((event as CustomEvent).detail)).to.equal('tx-render');
        if (tag === 'tx-kpi') {
          expect(el.shadowRoot!.querySelectorAll('[part="card"]').length).to.be.greaterThan(0);
        } else {
          const { painted, total } = paintedPixels(el);
          expect(painted / total).to.be.greaterThan(0.02);
        }
      });
    }
  }
});
