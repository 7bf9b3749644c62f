/** Lists whose items must differ: a repeat is `duplicate-value` at its second occurrence. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { described } from './described.ts';
import { validateSpec } from '../../../packages/spec/src/index.ts';

const read = (path: string) => JSON.parse(readFileSync(`test/fixtures/specs/${path}`, 'utf8'));

describe('duplicate-value', () => {
  it('a series listed twice in an activity trend (ECharts fails on the repeated id)', () => {
    const spec = read('valid/dashboard.json');
    spec.views[2].series = ['participation-rate', 'consultation', 'participation-rate'];
    expect(described(spec)).toEqual([{
      code: 'duplicate-value', path: '/views/2/series/2',
      zh: ['"participation-rate" 重复，已在 /views/2/series/0 出现。', '列表里每个值只写一次。'],
      en: ['"participation-rate" is listed twice; first at /views/2/series/0.', 'List each value once.'],
    }]);
  });

  it('in a single-view document, at the root view', () => {
    const spec = { version: 1, kind: 'activity-trend', id: 't', data: 'a', series: ['x', 'x', 'x'], datasets: { a: { values: [] } } };
    expect(described(spec).map((e) => [e.code, e.path, e.en[0]])).toEqual([
      ['duplicate-value', '/series/1', '"x" is listed twice; first at /series/0.'],
      ['duplicate-value', '/series/2', '"x" is listed twice; first at /series/0.'],
    ]);
  });

  it('countKinds, a link\'s filter, a dataset\'s extraFields, and the regions a map drills down from', () => {
    const spec = read('valid/dashboard.json');
    spec.views[0].countKinds = ['liaison', 'deputies-studio', 'liaison'];
    spec.links[0].filter = ['funds', 'trend', 'funds'];
    spec.datasets.funds.extraFields = ['rowId', 'rowId'];
    spec.views[4] = {
      id: 'city', kind: 'county-map', regions: 'townships', grid: { x: 0, y: 24, w: 4, h: 4 },
      drilldown: [{ region: '451323', regions: 'townships' }, { region: '451323', regions: 'townships' }],
    };
    expect(described(spec).map((e) => [e.code, e.path, e.en[0]])).toEqual([
      ['duplicate-value', '/views/4/drilldown/1/region', '"451323" is listed twice; first at /views/4/drilldown/0/region.'],
      ['duplicate-value', '/views/0/countKinds/2', '"liaison" is listed twice; first at /views/0/countKinds/0.'],
      ['duplicate-value', '/links/0/filter/2', '"funds" is listed twice; first at /links/0/filter/0.'],
      ['duplicate-value', '/datasets/funds/extraFields/1', '"rowId" is listed twice; first at /datasets/funds/extraFields/0.'],
    ]);
  });

  it('distinct values are fine', () => {
    const spec = read('valid/dashboard.json');
    spec.views[2].series = ['consultation', 'inspection'];
    spec.datasets.funds.extraFields = ['rowId', 'RowId'];
    expect(validateSpec(spec).errors).toEqual([]);
  });
});
