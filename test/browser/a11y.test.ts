import { expect } from '@esm-bundle/chai';
import 'axe-core/axe.min.js';
import { emulateMedia } from '@web/test-runner-commands';
import { CHART_TAGS, SPECS } from './fixtures/specs.ts';
import { cleanup, mount, openTable } from './helpers.ts';

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
        if (el.shadowRoot!.querySelector('details[part="table"]')) await openTable(el);
        const { violations } = await axe.run(el, { resultTypes: ['violations'] });
        const report = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' ; ')}`).join('\n');
        expect(violations, report).to.have.length(0);
      });
    }
  }
});

describe('accessible behaviour', () => {
  it('the chart container carries the generated summary as its label (ECharts aria)', async () => {
    const { el } = await mount('tx-station-coverage', { spec: SPECS['tx-station-coverage']() });
    const container = el.shadowRoot!.querySelector('[part="chart"]')!;
    expect(container.getAttribute('role')).to.equal('img');
    const label = container.getAttribute('aria-label') ?? '';
    // 4 townships, 3 of them with a station: the summary says so.
    expect(label).to.contain('4');
    expect(label).to.match(/覆盖率/);
  });

  it('prefers-reduced-motion turns chart animation off', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { el } = await mount('tx-activity-trend', { spec: SPECS['tx-activity-trend']() });
      expect((el.chart!.getOption() as { animation?: boolean }).animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const { el } = await mount('tx-activity-trend', { spec: SPECS['tx-activity-trend']() });
    expect((el.chart!.getOption() as { animation?: boolean }).animation).not.to.equal(false);
  });

  it('pixel-ratio sets the canvas resolution (big screens stay sharp)', async () => {
    const { el } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart'](), attrs: { 'pixel-ratio': '3' } });
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    const canvas = container.querySelector('canvas')!;
    expect(canvas.width).to.be.closeTo(container.clientWidth * 3, 3);
  });
});
