// No label pollutes Object.prototype (or Object, or its methods), in compile or in the ECharts SSR render.
//
// Reported: a fund record whose `campaign` is "__proto__" drew, and afterwards Object.prototype had
// enumerable `prev`/`next`, so every spec validated later on the page failed with
// "/sources/next/value 不认识的属性". Cause: zrender 6.1.0 lib/core/LRU.js keeps its entries in a plain
// `{}` keyed by the text (`this._map = {}`, get: `var entry = this._map[key]`), and text measuring
// (lib/contain/text.js `measureWidth`, an LRU of widths per font) looks every label up in it: for
// "__proto__" the "entry" is Object.prototype, for "constructor" Object, for "hasOwnProperty",
// "toString", "valueOf" those functions, and the LRU relinks that "entry" at the tail of its list by
// writing `prev`/`next` onto it. Fixed by patches/zrender@6.1.0.patch (a null-prototype map); the same
// kind of plain-object map keyed by names in ECharts 6.1.0 (colour palette, map label offsets, selection
// and legend maps) is fixed by patches/echarts@6.1.0.patch. Upstream: no issue found (related: ecomfe/zrender#826,
// #1153); the patch headers hold the text of the reports to file.
//
// Every view kind is compiled and server-rendered with each hostile label in each place a label goes,
// then checked: the built-ins unchanged, the label drawn (or in the tooltip where it is only shown
// there), and every bundled spec still valid.
import { dirname, join, normalize } from 'node:path';
import type { Dataset, Spec, View } from '@tongxin/spec';
import { validateSpec } from '@tongxin/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { readRegions } from '../../../packages/geo/src/index.ts';
import { compileView, formatValue, loadData, qualifierWord, themeTokens, toCSV, type CompiledView, type LoadedData, type Selection } from '../../../packages/core/src/index.ts';
import { renderSvg } from '../../../packages/core/src/render/render-svg.ts';
import { guardZrenderCaches } from '../../../packages/core/src/render/guard-zrender-caches.ts';
import LRU from 'zrender/lib/core/LRU.js';
import { kpiCardsSvg } from '../../../packages/cli/src/render-kpi-cards.ts';
import { listSpecFiles, readData } from '../data/data-files.ts';
import { load, square, svgFills, tooltipText, zh } from './fixtures.ts';

const HOSTILE = ['__proto__', 'constructor', 'hasOwnProperty', 'prototype', 'toString', 'valueOf'] as const;

// ---------------------------------------------------------------------------------------------
// The built-ins a polluted lookup writes on: Object.prototype itself ("__proto__"), Object
// ("constructor"), the functions on Object.prototype ("hasOwnProperty", "toString", "valueOf"…).

type Watched = [string, object];
function watched(): Watched[] {
  const list: Watched[] = [['Object.prototype', Object.prototype], ['Object', Object], ['Function.prototype', Function.prototype], ['Array.prototype', Array.prototype]];
  for (const name of Object.getOwnPropertyNames(Object.prototype)) {
    const value = Object.getOwnPropertyDescriptor(Object.prototype, name)!.value;
    if (typeof value === 'function') list.push([`Object.prototype.${name}`, value]);
  }
  return list;
}
const WATCHED = watched();
const ownKeys = () => Object.fromEntries(WATCHED.map(([name, object]) => [name, Reflect.ownKeys(object).map(String).sort()]));
const PRISTINE_KEYS = ownKeys();
const PRISTINE_PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** Soft: a failing case goes on to the spec validation, which shows what the pollution does on a page. */
function expectPristine(where: string): void {
  expect.soft(Object.getOwnPropertyNames(Object.prototype).sort(), `${where}: Object.prototype's own properties`).toEqual(PRISTINE_PROTO_NAMES);
  const enumerable: string[] = [];
  // eslint-disable-next-line guard-for-in
  for (const key in {}) enumerable.push(key);
  expect.soft(enumerable, `${where}: enumerable keys on Object.prototype`).toEqual([]);
  expect.soft(Object.prototype.constructor === Object, `${where}: Object.prototype.constructor`).toBe(true);
  expect.soft({}.hasOwnProperty === Object.prototype.hasOwnProperty, `${where}: ({}).hasOwnProperty`).toBe(true);
  expect.soft(ownKeys(), `${where}: own properties of Object, its prototype's methods, Function.prototype, Array.prototype`).toEqual(PRISTINE_KEYS);
}

/** After a failed case, undo what it wrote, so the next case is judged on its own. */
afterEach(() => {
  for (const [name, object] of WATCHED) {
    for (const key of Reflect.ownKeys(object)) {
      if (!PRISTINE_KEYS[name].includes(String(key))) Reflect.deleteProperty(object, key);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Every bundled spec, with its url datasets, as test/unit/data/specs-valid.test.ts reads them.

function specDatasets(file: string, spec: Spec): Record<string, unknown> {
  const loaded: Record<string, unknown> = {};
  for (const [id, dataset] of Object.entries(spec.datasets ?? {}) as [string, Dataset][]) {
    if (dataset.url) loaded[id] = readData(normalize(join(dirname(file), dataset.url)));
  }
  return loaded;
}

function expectBundledSpecsValid(where: string): void {
  const files = listSpecFiles();
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const spec = readData<Spec>(file);
    const result = validateSpec(spec, { locale: 'en', datasets: specDatasets(file, spec) });
    expect.soft(result.errors.map((e) => `${e.path}: ${e.message}`), `${where}: ${file}`).toEqual([]);
  }
}

// ---------------------------------------------------------------------------------------------
// Each place a label goes, by view kind.

interface Case {
  name: string;
  view: (label: string) => View;
  datasets: (label: string) => Record<string, unknown>;
  /** A linked selection, for the cases that check what is drawn selected. */
  selection?: Selection;
  /** Where the label must show: drawn as an SVG <text>, or in a tooltip (station names show only there). */
  shows: (label: string, compiled: CompiledView, svg: string) => void;
}

const WIDTH = 640;
const HEIGHT = 400;
const tokens = themeTokens('portal');

/** The text of every <text> element, unescaped. */
const svgTexts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));

function expectDrawn(svg: string, label: string): void {
  expect(svgTexts(svg), `“${label}” drawn`).toContain(label);
}

const tip = (compiled: CompiledView, params: unknown) => tooltipText(compiled.option, params);

const township = (code: string, name: string, x: number) => square(code, name, 109.6 + x * 0.1, 23.6);
const regions = (...features: ReturnType<typeof square>[]) => ({ values: { type: 'FeatureCollection', features } });

const fundCases: Case[] = (['campaign', 'purpose', 'donor'] as const).flatMap((by) => [
  {
    name: `fund-chart bar by ${by}`,
    view: () => ({ id: 'f', kind: 'fund-chart', data: 'funds', by, mode: 'bar' }),
    datasets: (label) => ({ funds: { values: [{ [by]: label, amount: 1_200_000 }, { [by]: '县政协机关', amount: 300_000 }, { [by]: label, amount: 50_000 }] } }),
    shows: (label, compiled, svg) => {
      expectDrawn(svg, label);
      expect(tip(compiled, { dataIndex: 0, seriesIndex: 0 })).toContain(`<strong>${label}</strong>`);
      expect(compiled.table.rows.map((r) => r.cells.group)).toEqual([label, '县政协机关']);
    },
  },
  {
    name: `fund-chart progress by ${by}`,
    view: () => ({ id: 'f', kind: 'fund-chart', data: 'funds', by, mode: 'progress', target: 5_000_000 }),
    datasets: (label) => ({ funds: { values: [{ [by]: label, amount: 1_200_000 }, { [by]: '县政协机关', amount: 300_000 }] } }),
    shows: (label, _compiled, svg) => expectDrawn(svg, label),
  },
  {
    // The running total names dates, not groups: nothing to show, but it still must not pollute.
    name: `fund-chart cumulative by ${by}`,
    view: () => ({ id: 'f', kind: 'fund-chart', data: 'funds', by, mode: 'cumulative' }),
    datasets: (label) => ({ funds: { values: [{ [by]: label, amount: 1_200_000, date: '2022-03' }, { [by]: '县政协机关', amount: 300_000, date: '2022-05' }] } }),
    shows: () => {},
  },
]);

const trendCases: Case[] = (['line', 'stacked-bar'] as const).flatMap((mark) => [
  {
    name: `activity-trend ${mark}, kind`,
    view: () => ({ id: 't', kind: 'activity-trend', data: 'activities', mark }),
    datasets: (label) => ({ activities: { values: [
      { period: '2022', kind: label, value: 3 },
      { period: '2023', kind: label, value: 5 },
      { period: '2023', kind: 'consultation', value: 4 },
    ] } }),
    shows: (label, compiled, svg) => {
      expectDrawn(svg, label); // the legend
      expect(compiled.summary).toContain(`${label}从 3 到 5`);
      expect(compiled.table.columns.map((c) => c.label)).toContain(label);
      expect(tip(compiled, [{ dataIndex: 1, seriesIndex: 0 }])).toContain(label);
    },
  },
  {
    name: `activity-trend ${mark}, annotation`,
    view: (label) => ({ id: 't', kind: 'activity-trend', data: 'activities', mark, annotations: [{ period: '2023', text: label }] }),
    datasets: () => ({ activities: { values: [{ period: '2022', kind: 'consultation', value: 3 }, { period: '2024', kind: 'consultation', value: 5 }] } }),
    shows: (label, _compiled, svg) => expectDrawn(svg, label),
  },
]);

const kpiCases: Case[] = [
  {
    name: 'kpi, inline item label',
    view: (label) => ({ id: 'k', kind: 'kpi', items: [{ label, value: 152, unitLabel: '件' }, { label: '满意度', value: 100, unit: 'percent' }] }),
    datasets: () => ({}),
    shows: (label, compiled) => {
      expect(compiled.cards?.map((c) => c.label)).toEqual([label, '满意度']);
      expect(svgTexts(kpiCardsSvg(compiled.cards!, tokens, { width: WIDTH, height: HEIGHT }))).toContain(label);
    },
  },
  {
    name: 'kpi, dataset record label',
    view: () => ({ id: 'k', kind: 'kpi', data: 'kpis' }),
    datasets: (label) => ({ kpis: { values: [{ label, value: 92, unit: 'percent', previous: 20 }, { label: '热线来电', value: 152 }] } }),
    shows: (label, compiled) => {
      expect(compiled.cards?.map((c) => c.label)).toEqual([label, '热线来电']);
      expect(compiled.summary).toContain(label);
      expect(svgTexts(kpiCardsSvg(compiled.cards!, tokens, { width: WIDTH, height: HEIGHT }))).toContain(label);
    },
  },
];

const mapCases: Case[] = [
  {
    name: 'county-map, region name with a value',
    view: () => ({ id: 'm', kind: 'county-map', regions: 'townships', measure: { data: 'counts', field: 'stations', label: '联络站数', unit: 'count' } }),
    datasets: (label) => ({
      townships: regions(township('451323100', label, 0), township('451323101', '桐岭镇', 1), township('451323102', '通挽镇', 2)),
      counts: { values: [{ township: '451323100', stations: 3 }, { township: '451323101', stations: 1 }] },
    }),
    shows: (label, compiled, svg) => {
      expectDrawn(svg, label);
      expect(tip(compiled, { dataIndex: 0 })).toContain(`<strong>${label}</strong>`);
      expect(compiled.table.rows[0].cells.region).toBe(label);
    },
  },
  {
    // ECharts read its selected map with a plain lookup: "constructor" counted as selected.
    name: 'county-map, region name beside the selected region',
    view: () => ({ id: 'm', kind: 'county-map', regions: 'townships', measure: { data: 'counts', field: 'stations', unit: 'count' } }),
    datasets: (label) => ({
      townships: regions(township('451323100', label, 0), township('451323101', '桐岭镇', 1)),
      counts: { values: [{ township: '451323100', stations: 3 }, { township: '451323101', stations: 1 }] },
    }),
    selection: { field: 'township', value: '451323101' },
    shows: (label, _compiled, svg) => {
      expectDrawn(svg, label);
      const fills = svgFills(svg, 0);
      expect(fills[1], 'the selected region').toBe(tokens.selected);
      expect(fills[0], `“${label}” is not selected`).not.toBe(tokens.selected);
    },
  },
  {
    name: 'county-map, region name without a measure',
    view: () => ({ id: 'm', kind: 'county-map', regions: 'townships' }),
    datasets: (label) => ({ townships: regions(township('451323100', label, 0), township('451323101', '桐岭镇', 1)) }),
    shows: (label, _compiled, svg) => expectDrawn(svg, label),
  },
  {
    name: 'county-map, region code (and the record key) with a drill-down',
    view: (label) => ({ id: 'm', kind: 'county-map', regions: 'townships', measure: { data: 'counts', field: 'stations', unit: 'count' }, drilldown: [{ region: label, regions: 'townships' }] }),
    datasets: (label) => ({
      townships: regions(township(label, '武宣镇', 0), township('451323101', '桐岭镇', 1)),
      counts: { values: [{ township: label, stations: 3 }] },
    }),
    shows: (_label, compiled, svg) => {
      expectDrawn(svg, '武宣镇');
      expect(compiled.table.rows[0].raw.value).toBe(3);
    },
  },
  {
    name: 'station-coverage, region name',
    view: () => ({ id: 'c', kind: 'station-coverage', regions: 'townships', stations: 'stations' }),
    datasets: (label) => ({
      townships: regions(township('451323100', label, 0), township('451323101', '桐岭镇', 1)),
      stations: { values: [{ id: 's1', name: '武宣镇联络站', kind: 'liaison', township: '451323100', lon: 109.62, lat: 23.62 }] },
    }),
    shows: (label, compiled, svg) => {
      expectDrawn(svg, label);
      expect(compiled.table.rows[0].cells.region).toBe(label);
      expect(tip(compiled, { seriesIndex: 0, dataIndex: 0 })).toContain(`<strong>${label}</strong>`);
    },
  },
  {
    name: 'station-coverage, station name, id and village',
    view: () => ({ id: 'c', kind: 'station-coverage', regions: 'townships', stations: 'stations', serviceRadius: 2000 }),
    datasets: (label) => ({
      townships: regions(township('451323100', '武宣镇', 0), township('451323101', '桐岭镇', 1)),
      stations: { values: [
        { id: label, name: label, kind: 'liaison', township: '451323100', lon: 109.62, lat: 23.62, village: label },
        { id: 's2', name: '桐岭镇工作室', kind: 'deputies-studio', township: '451323101', lon: 109.75, lat: 23.65 },
      ] },
    }),
    shows: (label, compiled, svg) => {
      expectDrawn(svg, '武宣镇');
      const text = tip(compiled, { seriesIndex: 1, dataIndex: 0 });
      expect(text).toContain(`<strong>${label}</strong>`);
      expect(text).toContain(`<b>${label}</b>`);
    },
  },
  {
    name: 'station-coverage, region code',
    view: () => ({ id: 'c', kind: 'station-coverage', regions: 'townships', stations: 'stations' }),
    datasets: (label) => ({
      townships: regions(township(label, '武宣镇', 0), township('451323101', '桐岭镇', 1)),
      stations: { values: [{ id: 's1', name: '武宣镇联络站', kind: 'liaison', township: label, lon: 109.62, lat: 23.62 }] },
    }),
    shows: (_label, compiled, svg) => {
      expectDrawn(svg, '武宣镇');
      expect(compiled.table.rows.map((r) => r.cells.covered)).toEqual(['已覆盖', '未覆盖']);
    },
  },
];

const CASES = [...fundCases, ...trendCases, ...kpiCases, ...mapCases];

async function compileAndRender(c: Case, label: string): Promise<{ compiled: CompiledView; svg: string }> {
  const data: LoadedData = await load(c.datasets(label));
  const compiled = compileView(c.view(label), data, { ...zh, width: WIDTH, height: HEIGHT, reducedMotion: true, ...(c.selection ? { selection: c.selection } : {}) });
  expectPristine(`${c.name}, “${label}”, compiled`);
  const svg = renderSvg(compiled, { width: WIDTH, height: HEIGHT, tokens });
  expectPristine(`${c.name}, “${label}”, rendered`);
  return { compiled, svg };
}

describe('a label named like an Object.prototype member', () => {
  it('the built-ins are pristine and the bundled specs valid before any label is drawn', () => {
    expectPristine('before');
    expectBundledSpecsValid('before');
  });

  for (const label of HOSTILE) {
    describe(`“${label}”`, () => {
      it.each(CASES.map((c) => [c.name, c] as const))('%s: draws, shows the label, pollutes nothing, every bundled spec still valid', async (_name, c) => {
        const { compiled, svg } = await compileAndRender(c, label);
        c.shows(label, compiled, svg);
        expect(compiled.summary).not.toMatch(/\[object |function \w*\(/);
        expectPristine(`${c.name}, “${label}”, after the checks`);
        expectBundledSpecsValid(`${c.name}, “${label}”`);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Tongxin's own maps keyed by data and spec strings read own keys only.

describe('own-key lookups in core and geo', () => {
  it('dataset ids "__proto__" and "constructor" are datasets like any other', async () => {
    const spec = { version: 1, kind: 'dashboard', views: [], sources: {}, datasets: JSON.parse('{"__proto__": {"values": [{"campaign": "甲", "amount": 100}]}, "constructor": {"values": [{"campaign": "乙", "amount": 200}]}}') };
    const data = await loadData(spec as unknown as Spec, { fetch: () => Promise.reject(new Error('no network in tests')) });
    expect(Object.keys(data.datasets).sort()).toEqual(['__proto__', 'constructor']);
    for (const [id, name] of [['__proto__', '甲'], ['constructor', '乙']]) {
      const compiled = compileView({ id: 'f', kind: 'fund-chart', data: id }, data, zh);
      expect(compiled.table.rows.map((r) => r.cells.group)).toEqual([name]);
    }
    const missing = compileView({ id: 'f', kind: 'fund-chart', data: 'toString' }, data, zh);
    expect(missing.empty).toBe(true);
    expectPristine('dataset ids');
  });

  it('a source id, record field, qualifier or unit named like a member reads as absent', async () => {
    const data = await load({ funds: { values: [{ campaign: '甲', amount: 100, source: 'constructor', qualifier: 'toString' }] } });
    const compiled = compileView({ id: 'f', kind: 'fund-chart', data: 'funds' }, data, zh);
    expect(compiled.table.rows[0].cells.source).toBe('constructor');
    expect(compiled.table.rows[0].cells.qualifier).toBe('');
    expect(qualifierWord('constructor' as never, 'zh-CN')).toBe('');
    expect(formatValue(3, { locale: 'zh-CN', unit: 'valueOf' as never })).toBe('3');
    const measured = compileView(
      { id: 'm', kind: 'county-map', regions: 'townships', measure: { data: 'counts', field: 'valueOf', key: 'constructor', unit: 'count' } },
      await load({ townships: regions(township('451323100', '武宣镇', 0)), counts: { values: [{ township: '451323100', n: 3 }] } }),
      zh,
    );
    expect(measured.table.rows[0].raw.value).toBeNull();
  });

  it('CSV cells and region properties are read as own keys', () => {
    expect(toCSV({ caption: '', columns: [{ key: 'toString', label: 'a' }], rows: [{ cells: {}, raw: {} }] })).toBe('a\r\n\r\n');
    const collection = { type: 'FeatureCollection', features: [{ ...square('451323100', '武宣镇', 109.6, 23.6), id: '451323100' }] };
    expect(readRegions(collection, { codeProperty: 'constructor', nameProperty: 'toString' }).features[0].properties).toMatchObject({ code: '451323100', name: '451323100' });
    const topology = { type: 'Topology', objects: { townships: { type: 'GeometryCollection', geometries: [] } }, arcs: [] };
    expect(() => readRegions(topology, { object: '__proto__' })).toThrow(/__proto__/);
    expect(() => readRegions(topology, { object: 'constructor' })).toThrow(/constructor/);
  });
});

// ---------------------------------------------------------------------------------------------
// An app that installs the packages from npm gets zrender without patches/zrender@6.1.0.patch: its
// LRU caches start with a plain `{}` map. guardZrenderCaches (called before every ECharts init the
// packages make) makes such a map null-prototype before it is read. test/examples/npm-install.test.ts
// checks the same on a page built from the packed tarballs with the registry's ECharts.

describe('zrender caches without the patch', () => {
  it('an LRU whose map is a plain object (as unpatched zrender makes it) no longer relinks Object.prototype', () => {
    guardZrenderCaches();
    const cache = new LRU<number>(4);
    (cache as unknown as { _map: object })._map = {}; // what zrender 6.1.0's constructor does unpatched
    for (const key of HOSTILE) expect(cache.get(key), `get(${key}) before any put`).toBeUndefined();
    HOSTILE.forEach((key, i) => cache.put(key, i));
    // Four fit: the last four are kept, each under its own name, and the oldest two were evicted.
    expect(HOSTILE.map((key) => cache.get(key))).toEqual([undefined, undefined, 2, 3, 4, 5]);
    expect(cache.len()).toBe(4);
    expectPristine('after the cache calls');
    expect(Object.getPrototypeOf((cache as unknown as { _map: object })._map)).toBeNull();
  });
});
