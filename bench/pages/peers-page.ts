/**
 * The bar (武宣 funds, 3 campaigns) and the county map (10 townships coloured by one field) three
 * ways in one page, for bench/peers.ts: the Tongxin element (spec with inline data), plain
 * hand-written ECharts (hand-written.ts) and vega-embed (Vega-Lite `bar` / `geoshape`, canvas
 * renderer, the same data). Each from append to its first drawing and the next frame.
 */
import '@tongxin/elements/define.js';
import type { ECharts } from 'echarts/core';
import embed from 'vega-embed';
import { feature } from 'topojson-client';
import * as hand from './hand-written.ts';

declare global {
  interface Window {
    gc?: () => void;
    benchReady?: boolean;
    peersBench: typeof bench;
  }
}

type Chart = 'bar' | 'map';
type Side = 'tongxin' | 'echarts' | 'vega';
const stage = document.getElementById('stage')!;
const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
const specs: Partial<Record<Chart, Record<string, any>>> = {};
const SIZE: Record<Chart, { width: number; height: number }> = { bar: { width: 617, height: 360 }, map: { width: 617, height: 420 } };

function values(chart: Chart, id: string): any {
  return specs[chart]!.datasets[id].values;
}

/** The Vega-Lite spec a developer would write for the same picture. */
function vegaSpec(chart: Chart): Record<string, unknown> {
  const { width, height } = SIZE[chart];
  const spec = specs[chart]!;
  if (chart === 'bar') {
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: width - 160, height: height - 40,
      data: { values: values('bar', spec.data) },
      mark: { type: 'bar', color: '#c23531', tooltip: true },
      encoding: {
        y: { field: 'campaign', type: 'nominal', sort: null, title: null },
        x: { field: 'amount', type: 'quantitative', title: '元' },
      },
    };
  }
  const topology = values('map', spec.regions);
  const regions = feature(topology, topology.objects.townships) as unknown as { features: Array<{ geometry: { type: string; coordinates: any } }> };
  // Vega's d3-geo wants clockwise exterior rings; GeoJSON (RFC 7946) has them counter-clockwise,
  // which fills the globe: the few lines a developer adds after seeing a filled rectangle.
  const clockwise = (polygon: number[][][]) => {
    const ring = polygon[0];
    let sum = 0;
    for (let i = 0; i < ring.length - 1; i++) sum += (ring[i + 1][0] - ring[i][0]) * (ring[i + 1][1] + ring[i][1]);
    return sum >= 0 ? polygon : polygon.map((r) => [...r].reverse());
  };
  for (const f of regions.features) {
    if (f.geometry.type === 'Polygon') f.geometry.coordinates = clockwise(f.geometry.coordinates);
    else if (f.geometry.type === 'MultiPolygon') f.geometry.coordinates = f.geometry.coordinates.map(clockwise);
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: width - 100, height: height - 20,
    data: { values: regions.features },
    transform: [{ lookup: 'properties.code', from: { data: { values: values('map', spec.measure.data) }, key: 'township', fields: [spec.measure.field] } }],
    projection: { type: 'mercator' },
    layer: [
      { mark: { type: 'geoshape', stroke: '#fff', tooltip: true }, encoding: { color: { field: spec.measure.field, type: 'quantitative', scale: { range: ['#cfe1f1', '#1f4a7a'] } } } },
      { mark: { type: 'text', fontSize: 11 }, encoding: { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' }, text: { field: 'properties.name' } }, transform: [{ calculate: 'geoCentroid(null, datum)[0]', as: 'lon' }, { calculate: 'geoCentroid(null, datum)[1]', as: 'lat' }] },
    ],
  };
}

const bench = {
  setSpec(chart: Chart, spec: Record<string, any>): void {
    specs[chart] = spec;
  },

  async mount(chart: Chart, side: Side): Promise<{ toEvent: number; toFrame: number }> {
    const { width, height } = SIZE[chart];
    let element: HTMLElement;
    let dispose = () => {};
    let done: Promise<number>;
    window.gc?.();
    if (side === 'tongxin') {
      element = document.createElement(chart === 'bar' ? 'tx-fund-chart' : 'tx-county-map');
      element.style.cssText = 'display:block;width:640px';
      (element as HTMLElement & { spec: unknown }).spec = structuredClone(specs[chart]);
      const start = performance.now();
      done = new Promise((resolve, reject) => {
        element.addEventListener('tx-render', () => resolve(performance.now()), { once: true });
        element.addEventListener('tx-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))), { once: true });
      });
      stage.append(element);
      const event = await done;
      const frame = await nextFrame();
      element.remove();
      return { toEvent: event - start, toFrame: frame - start };
    }
    element = document.createElement('div');
    element.style.cssText = `width:${width}px;height:${height}px`;
    const start = performance.now();
    stage.append(element);
    if (side === 'echarts') {
      let c!: ECharts;
      const onInit = (instance: ECharts) => { c = instance; done = hand.finished(instance); };
      if (chart === 'bar') hand.fundChart(element, values('bar', specs.bar!.data), onInit);
      else hand.countyMap(element, values('map', specs.map!.regions), values('map', specs.map!.measure.data), specs.map!.measure.field, onInit);
      dispose = () => c.dispose();
    } else {
      done = embed(element, vegaSpec(chart) as never, { actions: false, renderer: 'canvas' }).then((result) => {
        dispose = () => result.finalize();
        return performance.now();
      });
    }
    const event = await done!;
    const frame = await nextFrame();
    dispose();
    element.remove();
    return { toEvent: event - start, toFrame: frame - start };
  },
};

window.peersBench = bench;
window.benchReady = true;
