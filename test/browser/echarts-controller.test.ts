import { expect } from '@esm-bundle/chai';
import { pipelineStats } from '@tongxin/core';
import { fundChartSpec, SPECS } from './fixtures/specs.ts';
import { cleanup, mount, nextEvent } from './helpers.ts';

afterEach(cleanup);

/** ECharts numbers its instances in creation order (`ec_<time>_<n>`). */
function instanceNumber(id: string): number {
  return Number(id.split('_').pop());
}

/** Count the setOption calls ECharts receives from now on (the real method still runs). */
function countSetOption(chart: { setOption: (...args: never[]) => unknown }): { calls: unknown[][] } {
  const log = { calls: [] as unknown[][] };
  const real = chart.setOption.bind(chart) as (...args: unknown[]) => unknown;
  (chart as { setOption: unknown }).setOption = (...args: unknown[]) => {
    log.calls.push(args);
    return real(...args);
  };
  return log;
}

describe('ECharts controller', () => {
  for (const theme of ['portal', 'bigscreen']) {
    it(`one ECharts instance per mount, created with its theme (${theme})`, async () => {
      const { el: first } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart'](), attrs: { theme } });
      const firstId = instanceNumber((first.chart as unknown as { id: string }).id);
      const { el: second } = await mount('tx-county-map', { spec: SPECS['tx-county-map'](), attrs: { theme } });
      const secondId = instanceNumber((second.chart as unknown as { id: string }).id);
      expect(secondId - firstId, 'instances created by the second mount').to.equal(1);
    });
  }

  it('a recompile with the same data and new formatter closures sends nothing to ECharts', async () => {
    const { el } = await mount('tx-fund-chart', { spec: fundChartSpec() });
    const log = countSetOption(el.chart as never);
    const before = pipelineStats().compile;
    // Every record comes from this source: the filter keeps them all, the compiler makes new closures.
    (el as unknown as { filter: unknown }).filter = { field: 'source', value: 'wuxuan-2022' };
    await el.updateComplete;
    expect(pipelineStats().compile - before, 'the view was compiled again').to.equal(1);
    expect(log.calls, 'options sent').to.have.length(0);
  });

  it('when the data change, the tooltip ECharts holds describes the new data', async () => {
    const { el } = await mount('tx-fund-chart', { spec: fundChartSpec() });
    const log = countSetOption(el.chart as never);
    (el as unknown as { filter: unknown }).filter = { field: 'campaign', value: '捐种一棵大树' };
    await nextEvent(el, 'tx-render');
    expect(log.calls.length, 'options sent').to.be.greaterThan(0);
    const option = el.chart!.getOption() as { tooltip: { formatter: (p: unknown) => string }[] };
    const text = option.tooltip[0].formatter({ dataIndex: 0, seriesIndex: 0, color: '#000' });
    expect(text).to.contain('捐种一棵大树');
    expect(text).not.to.contain('委员捐赠');
  });
});
