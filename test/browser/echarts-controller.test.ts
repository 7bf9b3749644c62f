import { expect } from '@esm-bundle/chai';
import { pipelineStats } from '@tongxin/core';
import { fundChartSpec, SPECS } from './fixtures/specs.ts';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { cleanup, differences, drawnOption, mount, nextEvent } from './helpers.ts';
import { mountDashboard, until, views } from './dashboard-helpers.ts';

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

  it('parts that differ in their functions only are merged, not rebuilt: ECharts keeps its tooltip', async () => {
    const { el } = await mount('tx-fund-chart', { spec: fundChartSpec() });
    type Model = { getComponent(type: string): unknown };
    const model = () => (el.chart as unknown as { getModel(): Model }).getModel();
    const tooltip = model().getComponent('tooltip');
    const log = countSetOption(el.chart as never);
    (el as unknown as { filter: unknown }).filter = { field: 'campaign', value: '捐种一棵大树' };
    await nextEvent(el, 'tx-render');
    const sent = log.calls[0] as [Record<string, unknown>, { replaceMerge: string[] }];
    expect(Object.keys(sent[0]), 'parts sent').to.include('tooltip');
    expect(sent[1].replaceMerge, 'parts replaced').not.to.include('tooltip');
    expect(model().getComponent('tooltip'), 'the tooltip model').to.equal(tooltip);
    const option = el.chart!.getOption() as { tooltip: { formatter: (p: unknown) => string }[] };
    expect(option.tooltip[0].formatter({ dataIndex: 0, seriesIndex: 0, color: '#000' })).to.contain('捐种一棵大树');
  });
});

describe('ECharts controller: a data change merged into the drawing', () => {
  type Model = { getComponent(type: string, index?: number): unknown };
  const model = (el: { chart?: unknown }) => (el.chart as { getModel(): Model }).getModel();

  for (const [tag, spec, filter, kept] of [
    ['tx-fund-chart', fundChartSpec, { field: 'campaign', value: '捐种一棵大树' }, ['yAxis', 'series']],
    ['tx-activity-trend', SPECS['tx-activity-trend'], { field: 'period', value: '2024' }, ['xAxis', 'series']],
    ['tx-activity-trend', SPECS['tx-activity-trend'], { field: 'kind', value: 'adoption-rate' }, []],
  ] as const) {
    it(`${tag}, filter ${filter.field}: the drawing equals a chart drawn afresh with the filter${kept.length ? `, and ECharts keeps its ${kept.join(' and ')}` : ''}`, async () => {
      const { el } = await mount(tag, { spec: spec() });
      const before = kept.map((type) => model(el).getComponent(type, 0));
      (el as unknown as { filter: unknown }).filter = filter;
      await nextEvent(el, 'tx-render');
      // Drawn with the filter from its first render: one setOption, nothing merged.
      const fresh = document.createElement(tag) as HTMLElement & { spec: unknown; filter: unknown; chart?: unknown };
      fresh.style.cssText = `display:block;width:${el.clientWidth}px`;
      fresh.spec = spec();
      fresh.filter = filter;
      const drawn = nextEvent(fresh, 'tx-render');
      document.body.append(fresh);
      await drawn;
      const after = drawnOption(el);
      expect(after).to.deep.equal(drawnOption(fresh));
      expect(after).not.to.equal('');
      kept.forEach((type, i) => expect(model(el).getComponent(type, 0), `${type} model`).to.equal(before[i]));
      fresh.remove();
    });
  }
});

describe('ECharts controller: nothing to draw', () => {
  const summary = (el: HTMLElement) => el.shadowRoot!.querySelector('.chart')!.getAttribute('aria-label');
  const drawing = (el: HTMLElement) => el.shadowRoot!.querySelector('.chart')!.querySelectorAll('canvas').length;

  it('data that turn empty, then a spec that fails, leave no drawing and no summary under the state; data again draw again', async () => {
    const { el } = await mount('tx-fund-chart', { spec: fundChartSpec() });
    const drawnSummary = summary(el);
    expect(drawnSummary).to.be.a('string').and.not.equal('');
    expect(drawing(el)).to.be.greaterThan(0);

    const empty = nextEvent<CustomEvent<{ empty: boolean }>>(el, 'tx-render');
    (el as unknown as { filter: unknown }).filter = { field: 'campaign', value: '没有这个项目' };
    expect((await empty).detail.empty).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="status"]')?.textContent).to.equal('暂无数据');
    expect(summary(el), 'the last chart\'s summary').to.equal(null);
    expect(drawing(el)).to.equal(0);
    expect((el as unknown as { chart?: unknown }).chart).to.equal(undefined);

    const again = nextEvent<CustomEvent<{ empty: boolean }>>(el, 'tx-render');
    (el as unknown as { filter: unknown }).filter = undefined;
    expect((await again).detail.empty).to.equal(false);
    expect(summary(el)).to.equal(drawnSummary);
    expect(drawing(el)).to.be.greaterThan(0);

    const failed = nextEvent(el, 'tx-error');
    (el as unknown as { spec: unknown }).spec = { ...fundChartSpec(), data: 'missing' };
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="status"]')?.getAttribute('role')).to.equal('alert');
    expect(summary(el)).to.equal(null);
    expect(drawing(el)).to.equal(0);
  });
});

describe('ECharts controller: an attribute change draws what a fresh chart draws', () => {
  type Props = Record<string, unknown>;
  // Changes that make the compilers emit other keys in the same (id'd) components.
  for (const [tag, spec, from, to] of [
    ['tx-fund-chart', fundChartSpec, { mode: 'bar' }, { mode: 'progress', target: 10_000_000 }],
    ['tx-fund-chart', fundChartSpec, { mode: 'progress', target: 10_000_000 }, { mode: 'cumulative' }],
    ['tx-fund-chart', fundChartSpec, { mode: 'cumulative' }, { mode: 'bar' }],
    ['tx-fund-chart', fundChartSpec, {}, { theme: 'bigscreen', locale: 'en' }],
    ['tx-county-map', SPECS['tx-county-map'], {}, { decal: true }],
    ['tx-county-map', SPECS['tx-county-map'], { decal: true }, { locale: 'en' }],
    ['tx-station-coverage', SPECS['tx-station-coverage'], {}, { theme: 'bigscreen' }],
    ['tx-activity-trend', SPECS['tx-activity-trend'], {}, { locale: 'en', decal: true }],
    ['tx-activity-trend', SPECS['tx-activity-trend'], { mark: 'line' }, { mark: 'stacked-bar' }],
    ['tx-activity-trend', SPECS['tx-activity-trend'], { mark: 'stacked-bar' }, { mark: 'line', period: 'quarter' }],
    ['tx-activity-trend', SPECS['tx-activity-trend'], { period: 'quarter' }, { period: 'year' }],
    ['tx-station-coverage', SPECS['tx-station-coverage'], { theme: 'bigscreen' }, { locale: 'en', decal: true }],
  ] as [string, () => unknown, Props, Props][]) {
    const draw = async (props: Props) => {
      const el = document.createElement(tag) as HTMLElement & { chart?: unknown };
      el.style.width = '640px';
      Object.assign(el, { spec: spec(), ...props });
      const drawn = nextEvent(el, 'tx-render');
      document.body.append(el);
      await drawn;
      return el;
    };
    it(`${tag}: ${JSON.stringify(from)} → ${JSON.stringify(to)}`, async () => {
      const el = await draw(from);
      const redrawn = nextEvent(el, 'tx-render');
      Object.assign(el, to);
      await redrawn;
      const fresh = await draw({ ...from, ...to });
      expect(differences(drawnOption(el), drawnOption(fresh))).to.deep.equal([]);
      el.remove();
      fresh.remove();
    });
  }
});

describe('ECharts controller in a dashboard', () => {
  afterEach(async () => {
    for (const el of [...document.body.children]) if (el.tagName === 'DIV') el.remove();
    await resetMouse();
  });

  it('a click on a township redraws the linked trend and sends nothing to the other charts', async function () {
    this.timeout(30_000);
    await setViewport({ width: 1920, height: 1080 });
    const { dashboard } = await mountDashboard({ src: '/data/wuxuan/dashboard.json', width: 1920, height: 1080 });
    const charts = [...views(dashboard)].filter(([, view]) => (view as { chart?: unknown }).chart);
    expect(charts.map(([id]) => id).sort()).to.deep.equal(['funds', 'map', 'trend']);
    const logs = new Map(charts.map(([id, view]) => [id, countSetOption((view as unknown as { chart: never }).chart)]));
    const map = views(dashboard).get('map')!;
    const point = await until(() => map.pointOf!('451323102'), 'the township to be on the map');
    for (const [dx, dy] of [[0, 0], [0, 28], [28, 0], [-28, 0], [0, -28], [20, 20]]) {
      await sendMouse({ type: 'click', position: [Math.round(point.x + dx), Math.round(point.y + dy)] });
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (dashboard.selection) break;
    }
    await until(() => dashboard.selection, 'a township to be selected');
    await until(() => logs.get('trend')!.calls.length > 0, 'the linked trend to be redrawn');
    // Give any late update its chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logs.get('funds')!.calls, 'options sent to the unlinked fund chart').to.have.length(0);
    expect(logs.get('map')!.calls, 'options sent to the map that was clicked').to.have.length(0);
  });
});
