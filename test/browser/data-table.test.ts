import { expect } from '@esm-bundle/chai';
import { CHART_TAGS, SPECS } from './fixtures/specs.ts';
import { cleanup, mount, openTable } from './helpers.ts';

afterEach(cleanup);

/** The numbers of every series in the option ECharts holds (its own getOption, not the element's). */
function seriesNumbers(option: Record<string, unknown>): number[] {
  const numbers: number[] = [];
  for (const series of (option.series as { type: string; data?: unknown[] }[]) ?? []) {
    if (series.type === 'custom') continue; // service circles: geometry, not figures
    for (const datum of series.data ?? []) {
      const value = datum && typeof datum === 'object' && !Array.isArray(datum) ? (datum as { value?: unknown }).value : datum;
      if (typeof value === 'number') numbers.push(value);
      else if (Array.isArray(value) && typeof value[2] === 'number') numbers.push(value[2]);
    }
  }
  return numbers;
}

/** Digits in the table's cells, as numbers (万元 cells carry the figure in 万). */
function tableText(el: HTMLElement): string {
  return [...el.shadowRoot!.querySelectorAll('details table tbody td, details table tbody th')].map((c) => c.textContent).join(' | ');
}

describe('the data table has the chart’s numbers', () => {
  it('county map: each township row shows the value its region is coloured by', async () => {
    const { el } = await mount('tx-county-map', { spec: SPECS['tx-county-map']() });
    await openTable(el);
    const option = el.chart!.getOption() as Record<string, unknown>;
    const data = (option.series as { data: { name: string; value: number }[] }[])[0].data;
    const rows = [...el.shadowRoot!.querySelectorAll('details table tbody tr')];
    expect(rows).to.have.length(data.length);
    for (const datum of data) {
      const row = rows.find((r) => r.textContent!.includes(datum.name));
      expect(row, datum.name).to.exist;
      const numeric = [...row!.querySelectorAll('.num')].map((c) => c.textContent!.trim());
      expect(numeric).to.include(String(datum.value));
    }
  });

  for (const tag of ['tx-activity-trend', 'tx-fund-chart'] as const) {
    it(`${tag}: every number drawn appears in the table`, async () => {
      const { el } = await mount(tag, { spec: SPECS[tag]() });
      await openTable(el);
      const numbers = seriesNumbers(el.chart!.getOption() as Record<string, unknown>);
      expect(numbers.length).to.be.greaterThan(0);
      const text = tableText(el);
      for (const n of numbers) {
        // Amounts are drawn in 万元 or in yuan; the table writes one of the two forms.
        const forms = [String(n), n.toLocaleString('zh-CN'), String(n / 10000), (n / 10000).toLocaleString('zh-CN')];
        expect(forms.some((f) => text.includes(f)), `${n} in ${text}`).to.equal(true);
      }
    });
  }

  it('qualifiers and sources are in the table too', async () => {
    const { el } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart']() });
    await openTable(el);
    const text = tableText(el);
    expect(text).to.contain('余');
    expect(text).to.contain('委员履职“三聚焦” 乡村振兴添动力');
  });

  for (const tag of [...CHART_TAGS, 'tx-kpi'] as const) {
    it(`${tag}: the table is reachable by keyboard (a <details> summary)`, async () => {
      const { el } = await mount(tag, { spec: SPECS[tag]() });
      const summary = el.shadowRoot!.querySelector('details > summary') as HTMLElement;
      expect(summary.textContent).to.equal('数据表');
      expect(summary.tabIndex).to.equal(0);
    });
  }

  it('the rows are rendered only once the table is opened, and closing it removes them again', async () => {
    const { el } = await mount('tx-county-map', { spec: SPECS['tx-county-map']() });
    const rowCount = () => el.shadowRoot!.querySelectorAll('details table tbody tr').length;
    expect(rowCount()).to.equal(0);
    const details = await openTable(el);
    expect(rowCount()).to.equal(el.toCSV()!.trim().split(/\r?\n/).length - 1);
    expect(rowCount()).to.be.greaterThan(0);
    const closed = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = false;
    await closed;
    await el.updateComplete;
    expect(rowCount()).to.equal(0);
    expect(el.shadowRoot!.querySelector('details[part="table"]'), 'the same <details> stays').to.equal(details);
  });

  it('opening the table with the keyboard keeps the focus on its summary', async () => {
    const { el } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart']() });
    const summary = el.shadowRoot!.querySelector<HTMLElement>('details > summary')!;
    summary.focus();
    const details = summary.parentElement as HTMLDetailsElement;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    summary.click();
    await toggled;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(el.shadowRoot!.querySelectorAll('details table tbody tr').length).to.be.greaterThan(0);
  });
});
