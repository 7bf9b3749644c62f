import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Spec } from '@tongxin/spec';
import { DataLoadError, loadData, resolveDatasetUrl, datasetFormat, parseJsonText } from '../../../packages/core/src/index.ts';

const square = (code: string, name: string, x: number, y: number) => ({
  type: 'Feature',
  properties: { code, name },
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] },
});
const townships = { type: 'FeatureCollection', features: [square('451323100', '武宣镇', 109.6, 23.6), square('451323101', '桐岭镇', 109.7, 23.6)] };

/** A fake fetch that serves `files` by absolute URL and records every request. */
function fakeFetch(files: Record<string, string | { status: number }>) {
  const requests: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push(url);
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const file = files[url];
    if (file === undefined) throw new TypeError('Failed to fetch');
    if (typeof file !== 'string') return new Response('nope', { status: file.status, statusText: file.status === 404 ? 'Not Found' : '' });
    return new Response(file, { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const spec = (datasets: Record<string, unknown>): Spec => ({ version: 1, kind: 'dashboard', views: [], datasets } as unknown as Spec);
const BASE = 'https://example.org/specs/wuxuan.json';

describe('resolveDatasetUrl', () => {
  it('resolves against the spec URL like a link in a page', () => {
    expect(resolveDatasetUrl('wuxuan/stations.json', BASE)).toBe('https://example.org/specs/wuxuan/stations.json');
    expect(resolveDatasetUrl('../data/a.json', BASE)).toBe('https://example.org/data/a.json');
    expect(resolveDatasetUrl('/data/a.json', BASE)).toBe('https://example.org/data/a.json');
    expect(resolveDatasetUrl('https://cdn.example.com/x.json', BASE)).toBe('https://cdn.example.com/x.json');
    expect(resolveDatasetUrl('data/a.json')).toBe('data/a.json');
  });
});

describe('datasetFormat', () => {
  it('reads the format from the extension unless the spec gives it', () => {
    expect(datasetFormat({ url: 'a.geo.json' })).toBe('geojson');
    expect(datasetFormat({ url: 'a.geojson?v=2' })).toBe('geojson');
    expect(datasetFormat({ url: 'a.topo.json' })).toBe('topojson');
    expect(datasetFormat({ url: 'a.json' })).toBe('json');
    expect(datasetFormat({ url: 'a.json', format: 'geojson' })).toBe('geojson');
  });
});

describe('loadData', () => {
  it('fetches each distinct URL once and reads records and regions with defaults', async () => {
    const { fetch, requests } = fakeFetch({
      'https://example.org/specs/wuxuan/townships.geo.json': JSON.stringify(townships),
      'https://example.org/specs/wuxuan/stations.json': JSON.stringify([{ id: 's1', name: '武宣镇联络站', kind: 'liaison', township: '451323100', lon: 109.65, lat: 23.65 }]),
    });
    const data = await loadData(
      spec({
        townships: { url: 'wuxuan/townships.geo.json', crs: 'gcj02', illustrative: true },
        stations: { url: 'wuxuan/stations.json' },
        sameStations: { url: './wuxuan/stations.json' },
        funds: { values: [{ campaign: '捐种一棵大树', amount: 3000000, qualifier: 'over' }] },
      }),
      { baseUrl: BASE, fetch, now: () => 1234 },
    );
    expect(requests.sort()).toEqual(['https://example.org/specs/wuxuan/stations.json', 'https://example.org/specs/wuxuan/townships.geo.json']);
    expect(data.datasets.townships.regions?.features.map((f) => f.properties.name)).toEqual(['武宣镇', '桐岭镇']);
    expect(data.datasets.townships.crs).toBe('gcj02');
    expect(data.datasets.townships.illustrative).toBe(true);
    expect(data.datasets.stations.crs).toBe('wgs84');
    expect(data.datasets.stations.records?.[0].name).toBe('武宣镇联络站');
    expect(data.datasets.sameStations.records).toEqual(data.datasets.stations.records);
    expect(data.datasets.stations.fetchedAt).toBe(1234);
    expect(data.datasets.funds.records?.[0].amount).toBe(3000000);
    expect(data.datasets.funds.fetchedAt).toBeUndefined();
  });

  it('fetches nothing the spec does not name', async () => {
    const { fetch, requests } = fakeFetch({});
    await loadData(spec({ inline: { values: townships } }), { fetch });
    expect(requests).toEqual([]);
  });

  it('reads inline geometry as regions', async () => {
    const data = await loadData(spec({ t: { values: townships } }), { fetch: fakeFetch({}).fetch });
    expect(data.datasets.t.regions?.features).toHaveLength(2);
  });

  it('a 404 is an http error naming the URL, the status and the spec path', async () => {
    const { fetch } = fakeFetch({ 'https://example.org/specs/missing.json': { status: 404 } });
    const error = await loadData(spec({ stations: { url: 'missing.json' } }), { baseUrl: BASE, fetch }).catch((e) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.url).toBe('https://example.org/specs/missing.json');
    expect(error.message).toContain('404');
    expect(error.message).toContain('https://example.org/specs/missing.json');
    expect(error.errors[0].path).toBe('/datasets/stations/url');
    expect(error.errors[0].hint).toBeTruthy();
    expect(error.localize('en')).toBe('Could not fetch https://example.org/specs/missing.json: the server answered 404 Not Found');
  });

  it('a failed connection is a network error', async () => {
    const { fetch } = fakeFetch({});
    const error = await loadData(spec({ s: { url: 'https://down.example/s.json' } }), { fetch, locale: 'en' }).catch((e) => e);
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach https://down.example/s.json (Failed to fetch)');
  });

  it('malformed JSON names line and column', async () => {
    const text = '[\n  { "name": "a" },\n  { "name": "b" \n]';
    const { fetch } = fakeFetch({ 'https://example.org/specs/bad.json': text });
    const error = await loadData(spec({ bad: { url: 'bad.json' } }), { baseUrl: BASE, fetch }).catch((e) => e);
    expect(error.kind).toBe('malformed-json');
    expect(error.line).toBe(4);
    expect(error.column).toBe(1);
    expect(error.message).toContain('第 4 行第 1 列');
    expect(error.localize('en')).toContain('line 4, column 1');
  });

  it('an HTML page served as JSON is malformed at line 1, column 1', async () => {
    const { fetch } = fakeFetch({ 'https://example.org/specs/page.json': '<!doctype html><p>hi' });
    const error = await loadData(spec({ p: { url: 'page.json' } }), { baseUrl: BASE, fetch }).catch((e) => e);
    expect([error.kind, error.line, error.column]).toEqual(['malformed-json', 1, 1]);
  });

  it('JSON of the wrong shape is invalid data', async () => {
    const { fetch } = fakeFetch({ 'https://example.org/specs/obj.json': '{"rows": []}', 'https://example.org/specs/t.geo.json': '[1,2]' });
    const e1 = await loadData(spec({ o: { url: 'obj.json' } }), { baseUrl: BASE, fetch, locale: 'en' }).catch((e) => e);
    expect(e1.kind).toBe('invalid-data');
    expect(e1.message).toContain('expected an array of records');
    const e2 = await loadData(spec({ t: { url: 't.geo.json' } }), { baseUrl: BASE, fetch }).catch((e) => e);
    expect(e2.kind).toBe('invalid-data');
    expect(e2.errors[0].path).toBe('/datasets/t/url');
    const e3 = await loadData(spec({ v: { values: { type: 'FeatureCollection', features: 'no' } } }), { fetch }).catch((e) => e);
    expect(e3.kind).toBe('invalid-data');
    expect(e3.errors[0].path).toBe('/datasets/v/values');
  });

  it('an aborted load is an aborted error', async () => {
    const { fetch } = fakeFetch({ 'https://example.org/specs/a.json': '[]' });
    const controller = new AbortController();
    controller.abort();
    const error = await loadData(spec({ a: { url: 'a.json' } }), { baseUrl: BASE, fetch, signal: controller.signal }).catch((e) => e);
    expect(error.kind).toBe('aborted');
  });

  it('a server that stalls is cut off at the spec\'s fetchTimeout, body included, as a timeout', async () => {
    // A real server on loopback: one URL never answers, the other sends its headers and stalls mid-body.
    const server = createServer((req, res) => {
      if (req.url === '/body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('[{"value":');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ['/silent', '/body']) {
        const started = Date.now();
        const error = await loadData({ ...spec({ s: { url: `${origin}${path}` } }), fetchTimeout: '1s' } as Spec, { locale: 'en' }).catch((e) => e);
        expect(error).toBeInstanceOf(DataLoadError);
        expect(error.kind).toBe('timeout');
        expect(error.errors[0].path).toBe('/datasets/s/url');
        expect(error.message).toBe(`Reading ${origin}${path} timed out (1 s)`);
        expect(Date.now() - started).toBeGreaterThanOrEqual(950);
        expect(Date.now() - started).toBeLessThan(3000);
      }
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('keeps the last good data, marked stale, when a refresh fails', async () => {
    const good = fakeFetch({ 'https://example.org/specs/a.json': '[{"value":1}]' });
    const first = await loadData(spec({ a: { url: 'a.json' } }), { baseUrl: BASE, fetch: good.fetch, now: () => 1 });
    const bad = fakeFetch({ 'https://example.org/specs/a.json': { status: 503 } });
    const second = await loadData(spec({ a: { url: 'a.json' } }), { baseUrl: BASE, fetch: bad.fetch, previous: first, now: () => 2 });
    expect(second.datasets.a.records).toEqual([{ value: 1 }]);
    expect(second.datasets.a.stale).toBe(true);
    expect(second.datasets.a.fetchedAt).toBe(1);
    expect((second.refreshErrors?.[0] as DataLoadError).status).toBe(503);
  });
});

describe('loadData, records from a URL', () => {
  const station = { id: 's1', name: '武宣镇联络站', kind: 'liaison', township: '451323100', lon: 109.65, lat: 23.65 };

  it('reach the views with their own fields only, whatever the page put on Object.prototype', async () => {
    const { fetch } = fakeFetch({ 'https://example.org/specs/stations.json': JSON.stringify([station]) });
    const page = Object.prototype as Record<string, unknown>;
    page.illustrative = true;
    page.source = 'polluted';
    try {
      const data = await loadData(spec({ stations: { url: 'stations.json' } }), { baseUrl: BASE, fetch });
      const [record] = data.datasets.stations.records as unknown as Record<string, unknown>[];
      expect(record.name).toBe('武宣镇联络站');
      expect(Object.keys(record)).toEqual(Object.keys(station));
      expect(record.illustrative).toBeUndefined();
      expect(record.source).toBeUndefined();
    } finally {
      delete page.illustrative;
      delete page.source;
    }
  });

  it('still report a bad record, at its place in the file', async () => {
    const { fetch } = fakeFetch({ 'https://example.org/specs/stations.json': JSON.stringify([station, { ...station, id: 's2', qualifier: 'maybe' }]) });
    const error = await loadData(spec({ stations: { url: 'stations.json' } }), { baseUrl: BASE, fetch }).catch((e: unknown) => e);
    expect((error as { errors?: Array<{ code: string; dataPath?: string }> }).errors?.map((e) => [e.code, e.dataPath])).toEqual([['bad-qualifier', '/1/qualifier']]);
  });
});

describe('parseJsonText', () => {
  it('locates a trailing comma', () => {
    const result = parseJsonText('{\n  "a": 1,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.problem.line, result.problem.column]).toEqual([3, 1]);
  });
});
