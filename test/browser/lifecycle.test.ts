import { expect } from '@esm-bundle/chai';
import { CHART_TAGS, SPECS } from './fixtures/specs.ts';
import { getInstanceByDom } from '@tongxin/elements/echarts.js';
import { chartContainer, cleanup, instanceOf, mount, nextEvent, paintedPixels } from './helpers.ts';

afterEach(cleanup);

describe('ECharts lifecycle', () => {
  for (const tag of CHART_TAGS) {
    it(`${tag}: removing disposes the instance, re-adding re-creates and redraws it`, async () => {
      const { el } = await mount(tag, { spec: SPECS[tag]() });
      const container = chartContainer(el);
      const first = instanceOf(el);
      expect(first).to.exist;
      el.remove();
      expect(instanceOf(el)).to.equal(undefined);
      expect(first!.isDisposed()).to.equal(true);
      const rendered = nextEvent(el, 'tx-render');
      document.body.append(el);
      await rendered;
      const second = instanceOf(el);
      expect(second).to.exist;
      expect(second).not.to.equal(first);
      expect(chartContainer(el)).to.equal(container);
      expect(paintedPixels(el).painted).to.be.greaterThan(0);
    });
  }

  for (const tag of CHART_TAGS) {
    it(`${tag}: an update after removal creates no instance (none is left behind to hold the element)`, async () => {
      const { el } = await mount(tag, { spec: SPECS[tag]() });
      const container = chartContainer(el);
      el.remove();
      // What a parent's last render or a finished load does: the element updates while detached.
      el.spec = SPECS[tag]();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(getInstanceByDom(container), 'an ECharts instance on the detached container').to.equal(undefined);
    });
  }

  it('follows its container size (ResizeObserver)', async () => {
    const { el } = await mount('tx-activity-trend', { spec: SPECS['tx-activity-trend']() });
    expect(el.chart!.getWidth()).to.be.closeTo(chartContainer(el).clientWidth, 1);
    el.style.width = '420px';
    await new Promise((r) => setTimeout(r, 100));
    expect(el.chart!.getWidth()).to.be.closeTo(chartContainer(el).clientWidth, 1);
    expect(chartContainer(el).clientWidth).to.be.lessThan(430);
  });

  it('a new spec replaces the drawing; an unchanged one is not re-sent', async () => {
    const { el } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart']() });
    let setOptions = 0;
    const chart = el.chart!;
    const original = chart.setOption.bind(chart);
    chart.setOption = ((...args: Parameters<typeof original>) => {
      setOptions++;
      return original(...args);
    }) as typeof chart.setOption;
    el.requestUpdate?.();
    await el.updateComplete;
    expect(setOptions).to.equal(0);
    const spec = SPECS['tx-fund-chart']();
    (spec.datasets.funds.values as { amount: number }[])[0].amount = 9000000;
    const rendered = nextEvent(el, 'tx-render');
    el.spec = spec;
    await rendered;
    expect(setOptions).to.equal(1);
  });
});
