import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatErrors, validateSpec } from '../../../packages/spec/src/index.ts';

const read = (path: string) => JSON.parse(readFileSync(`test/fixtures/specs/${path}`, 'utf8'));
const dashboard = read('valid/dashboard.json');

describe('validateSpec', () => {
  it('returns the spec when it is valid', () => {
    const result = validateSpec(dashboard);
    expect(result).toEqual({ valid: true, errors: [], spec: dashboard });
  });

  it('omits the spec when it is not valid', () => {
    const result = validateSpec({ ...dashboard, theme: 'dark' });
    expect(result.valid).toBe(false);
    expect(result.spec).toBeUndefined();
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([['not-allowed-value', '/theme']]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 0, 'spec', [], {}, { version: 1 }, { version: 1, kind: 'dashboard' }, { version: 1, kind: 'dashboard', views: [null] }]) {
      expect(() => validateSpec(input)).not.toThrow();
      expect(validateSpec(input).valid).toBe(false);
    }
  });

  it('names the real problem of a view with a known kind, not "does not match anyOf"', () => {
    const spec = structuredClone(dashboard);
    delete spec.views[0].stations;
    spec.views[0].labelz = true;
    const { errors } = validateSpec(spec, { locale: 'en' });
    expect(errors.map((e) => [e.code, e.path, e.message, e.hint])).toEqual([
      ['unknown-property', '/views/0/labelz', 'Unknown property "labelz".', 'Did you mean "labels"?'],
      ['missing-property', '/views/0', 'Missing required property "stations".', undefined],
    ]);
  });

  it('lists the known kinds for an unknown one', () => {
    const { errors } = validateSpec({ version: 1, kind: 'pie-chart' }, { locale: 'en' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-kind', path: '/kind' });
    expect(errors[0].hint).toBe('Known kinds: "dashboard", "county-map", "station-coverage", "activity-trend", "fund-chart", "kpi".');
  });

  it('puts the deepest errors first and reports each once', () => {
    const spec = structuredClone(dashboard);
    spec.views[1].grid.w = 'ten';
    spec.layout.fit = 'stretch';
    spec.views[0] = 'map'; // a string where a view goes: one wrong-type, not one per view kind
    const { errors } = validateSpec(spec, { locale: 'en' });
    expect(errors.map((e) => e.path)[0]).toBe('/views/1/grid/w');
    expect(errors.map((e) => e.path).slice(1).sort()).toEqual(['/layout/fit', '/views/0']);
    expect(errors.find((e) => e.path === '/views/0')).toMatchObject({ code: 'wrong-type', message: 'Expected an object, got a string.' });
  });

  it('gives messages in the requested locale, zh-CN by default', () => {
    const spec = { ...dashboard, refresh: '1 minute' };
    expect(validateSpec(spec).errors[0].message).toBe('时长 "1 minute" 无效。');
    expect(validateSpec(spec, { locale: 'en' }).errors[0].message).toBe('"1 minute" is not a valid duration.');
  });

  it('checks loaded datasets passed in, pointing into their contents', () => {
    const spec = read('valid/station-coverage-files.json');
    const townships = read('valid/data/townships.geo.json');
    const stations = read('valid/data/stations.json');
    expect(validateSpec(spec, { datasets: { townships, stations } }).valid).toBe(true);
    // Without the data, nothing to compare: still valid.
    expect(validateSpec(spec).valid).toBe(true);

    stations[1].township = '451323999';
    const { errors } = validateSpec(spec, { locale: 'en', datasets: { townships, stations } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'unknown-township', path: '/datasets/stations', dataset: 'stations', dataPath: '/1/township',
      message: 'Township "451323999" is not in the regions dataset "townships".',
    });
  });

  it('reads region codes from TopoJSON too', () => {
    const spec = read('valid/station-coverage-files.json');
    const stations = read('valid/data/stations.json');
    const townships = {
      type: 'Topology', arcs: [],
      objects: { towns: { type: 'GeometryCollection', geometries: [{ type: null, properties: { code: '451323100' } }] } },
    };
    const { errors } = validateSpec(spec, { datasets: { townships, stations } });
    expect(errors.map((e) => [e.code, e.dataPath])).toEqual([['unknown-township', '/1/township']]);
  });
});

describe('formatErrors', () => {
  it('words errors again in another locale, with path, code and hint', () => {
    const { errors } = validateSpec({ ...dashboard, theme: 'dark' }, { locale: 'zh-CN' });
    expect(formatErrors(errors, 'en')).toBe('/theme  "dark" is not an allowed value.  [not-allowed-value]\n    hint: Allowed: "portal", "bigscreen".');
    expect(formatErrors(errors, 'zh-CN')).toBe('/theme  不允许的取值 "dark"。  [not-allowed-value]\n    提示: 可选："portal"、"bigscreen"。');
  });
});
