import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { TxSelectEvent } from '@tongxin/elements';
import { countyMapSpec, fundChartSpec, kpiSpec, stationCoverageSpec, TOWNSHIP_CODES, townshipRegions } from './fixtures/specs.ts';
import { chartContainer, cleanup, differences, drawnOption, mount, nextEvent, shadowText } from './helpers.ts';

afterEach(async () => {
  cleanup();
  await resetMouse();
});

describe('tx-select', () => {
  it('clicking a township with the real pointer fires tx-select with its code', async () => {
    const { el } = await mount('tx-county-map', { spec: countyMapSpec() });
    for (const code of [TOWNSHIP_CODES[2], TOWNSHIP_CODES[1]]) {
      const point = el.pointOf(code)!;
      expect(point, `pointOf(${code})`).to.exist;
      const selected = nextEvent<TxSelectEvent>(el, 'tx-select');
      await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
      const { detail } = await selected;
      expect(detail.key).to.equal(code);
      expect(detail.viewId).to.equal('map');
      expect(detail.value).to.equal(code === TOWNSHIP_CODES[2] ? 7 : 2);
    }
  });

  it('a station-coverage township is selectable by pointer too', async () => {
    const { el } = await mount('tx-station-coverage', { spec: stationCoverageSpec() });
    const code = TOWNSHIP_CODES[3];
    const point = el.pointOf(code)!;
    const selected = nextEvent<TxSelectEvent>(el, 'tx-select');
    await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
    expect((await selected).detail.key).to.equal(code);
  });

  it('arrow keys move through the items and Enter selects, from the keyboard alone', async () => {
    const { el } = await mount('tx-county-map', { spec: countyMapSpec() });
    const container = chartContainer(el);
    container.focus();
    expect(el.shadowRoot!.activeElement).to.equal(container);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const selected = nextEvent<TxSelectEvent>(el, 'tx-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.key).to.equal(TOWNSHIP_CODES[1]);
    // The tooltip follows the keyboard.
    expect(container.textContent).to.contain('桐岭镇');
  });

  it('the chart is reachable with Tab', async () => {
    const { el } = await mount('tx-fund-chart', { spec: fundChartSpec() });
    const button = document.createElement('button');
    button.textContent = 'before';
    document.body.prepend(button);
    button.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(chartContainer(el));
    button.remove();
  });

  it('a bar is selected by click with its group as key', async () => {
    const { el } = await mount('tx-fund-chart', { spec: fundChartSpec() });
    const item = (el as unknown as { pointOf(k: string): { x: number; y: number } | undefined });
    const keys = ['委员捐赠', '捐种一棵大树'];
    const key = keys.find((k) => item.pointOf(k));
    expect(key, 'a fund bar with a point').to.exist;
    const point = item.pointOf(key!)!;
    const selected = nextEvent<TxSelectEvent>(el, 'tx-select');
    await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
    expect((await selected).detail.key).to.equal(key);
  });

  it('a KPI card is selected by Enter', async () => {
    const { el } = await mount('tx-kpi', { spec: kpiSpec() });
    const card = el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
    card.focus();
    const selected = nextEvent<TxSelectEvent>(el, 'tx-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.name).to.contain('热线来电');
  });

  it('every KPI card is a selectable item: a click reports its key, pointOf finds it', async () => {
    const { el } = await mount('tx-kpi', { spec: kpiSpec() });
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="card"]')];
    expect(cards.length).to.be.greaterThan(1);
    expect(cards.every((c) => !c.disabled)).to.equal(true);
    const label = cards[1].querySelector('[part="card-label"]')!.textContent!.trim();
    const point = el.pointOf(label);
    expect(point, `pointOf(${label})`).to.exist;
    const selected = nextEvent<TxSelectEvent>(el, 'tx-select');
    await sendMouse({ type: 'click', position: [Math.round(point!.x), Math.round(point!.y)] });
    const { detail } = await selected;
    expect(detail.key).to.equal(label);
    expect(detail.name).to.equal(label);
    expect(detail.value).to.be.a('number');
  });
});

describe('selected', () => {
  it('shows the item with that key selected on the chart, and none with null, without updating the element', async () => {
    const { el } = await mount('tx-county-map', { spec: countyMapSpec() });
    const chart = (el as unknown as { chart: { getOption(): { series: { selectedMap?: Record<string, boolean> }[] } } }).chart;
    const selectedNames = () => Object.entries(chart.getOption().series[0].selectedMap ?? {}).filter(([, on]) => on).map(([name]) => name);
    const host = el as unknown as { selected: string | null; updateComplete: Promise<unknown>; render(): unknown };
    let renders = 0;
    const render = host.render.bind(host);
    host.render = () => { renders++; return render(); };
    host.selected = TOWNSHIP_CODES[1];
    await host.updateComplete;
    await Promise.resolve();
    expect(selectedNames()).to.deep.equal(['桐岭镇']);
    host.selected = null;
    await host.updateComplete;
    await Promise.resolve();
    expect(selectedNames()).to.deep.equal([]);
    expect(renders, 'element renders').to.equal(0);
  });
});

describe('drill-down', () => {
  it('clicking a region with a drilldown opens its map and 返回 goes back', async () => {
    const city = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '451323', name: '武宣县' }, geometry: { type: 'Polygon', coordinates: [[[109.4, 23.5], [109.8, 23.5], [109.8, 23.9], [109.4, 23.9], [109.4, 23.5]]] } },
        { type: 'Feature', properties: { code: '451381', name: '合山市' }, geometry: { type: 'Polygon', coordinates: [[[108.8, 23.6], [109.2, 23.6], [109.2, 24.0], [108.8, 24.0], [108.8, 23.6]]] } },
      ],
    };
    const spec = {
      version: 1, kind: 'county-map', id: 'city', title: '来宾市',
      datasets: { counties: { values: city, format: 'geojson', crs: 'gcj02' }, townships: { values: townshipRegions(), format: 'geojson', crs: 'gcj02' } },
      regions: 'counties',
      drilldown: [{ region: '451323', regions: 'townships' }],
    };
    const { el } = await mount('tx-county-map', { spec });
    const cityDrawn = drawnOption(el);
    const point = el.pointOf('451323')!;
    const rendered = nextEvent(el, 'tx-render');
    await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
    await rendered;
    await el.updateComplete;
    expect(el.pointOf(TOWNSHIP_CODES[0]), 'township map open').to.exist;
    const back = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!;
    expect(back.textContent).to.equal('返回上级');
    back.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="back"]')).to.equal(null);
    expect(el.pointOf('451381')).to.exist;
    expect(shadowText(el)).to.contain('来宾市');
    // Back, the city map is drawn as it was before the drill-down (nothing of the township map left).
    expect(differences(drawnOption(el), cityDrawn)).to.deep.equal([]);
  });
});
