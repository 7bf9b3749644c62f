import { expect } from '@esm-bundle/chai';
import 'axe-core/axe.min.js';
import { CHART_TAGS, SPECS } from './fixtures/specs.ts';
import { cleanup, mount } from './helpers.ts';

declare const axe: {
  run(context: Element, options: Record<string, unknown>): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }>;
};

afterEach(cleanup);

describe('axe-core finds no violations', () => {
  for (const theme of ['portal', 'bigscreen']) {
    for (const tag of [...CHART_TAGS, 'tx-kpi'] as const) {
      it(`${tag} (${theme})`, async () => {
        document.body.style.background = theme === 'bigscreen' ? '#020b1c' : '#ffffff';
        const { el } = await mount(tag, { spec: SPECS[tag](), attrs: { theme } });
        // Open the data table so its contents are checked too.
        el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
        const { violations } = await axe.run(el, { resultTypes: ['violations'] });
        const report = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' ; ')}`).join('\n');
        expect(violations, report).to.have.length(0);
      });
    }
  }
});
