/**
 * The pre-pass every spec and every loaded dataset goes through first: the root is an object, no
 * key reaches a prototype, every number is finite, nothing is nested deeper than MAX_DEPTH, and
 * nothing is outside JSON. Iterative: no input overflows the stack.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { described } from './described.ts';
import { MAX_DEPTH, messageText, validateSpec } from '../../../packages/spec/src/index.ts';
import { jsonType } from '../../../packages/spec/src/migrate.ts';

const read = (path: string) => JSON.parse(readFileSync(`test/fixtures/specs/${path}`, 'utf8'));
const kpi = () => ({ version: 1, kind: 'kpi', id: 'k', items: [{ label: '热线来电', value: 152 }] });

/** `{ a: { a: … { a: 1 } } }` with the 1 `levels` keys below the returned object. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('the root must be an object', () => {
  const cases: [unknown, string, string][] = [
    [[], '数组', 'an array'],
    ['x', '字符串', 'a string'],
    [null, 'null', 'null'],
    [42, '数字', 'a number'],
    [Infinity, '非有限数（过大的数或 NaN）', 'a non-finite number (too large, or NaN)'],
    [true, '布尔值', 'a boolean'],
  ];
  for (const [input, zh, en] of cases) {
    it(`${JSON.stringify(input) ?? String(input)}: not-an-object at the root`, () => {
      expect(described(input)).toEqual([{
        code: 'not-an-object', path: '', dataset: undefined, dataPath: undefined,
        zh: [`规范必须是 JSON 对象，这里是${zh}。`, '以 { "version": 1, "kind": … } 开头。'],
        en: [`A spec must be a JSON object, not ${en}.`, 'Start with { "version": 1, "kind": … }.'],
      }]);
    });
  }
});

describe('forbidden keys', () => {
  const hint = {
    zh: '"__proto__"、"constructor"、"prototype" 能改写对象的原型，规范和数据里任何位置都不能用作键名；请换一个名字。',
    en: '"__proto__", "constructor" and "prototype" can rewrite JavaScript prototypes and are not allowed as keys anywhere in a spec or its data; rename it.',
  };

  it('__proto__ at the root of a parsed spec (an own key: JSON.parse does not set the prototype)', () => {
    const spec = JSON.parse('{"version":1,"kind":"kpi","id":"k","items":[],"__proto__":{"polluted":1}}');
    expect(described(spec)).toEqual([{
      code: 'forbidden-key', path: '/__proto__', dataset: undefined, dataPath: undefined,
      zh: ['不允许使用键名 "__proto__"。', hint.zh],
      en: ['The key "__proto__" is not allowed.', hint.en],
    }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('constructor and prototype anywhere, meta and records included', () => {
    const spec = read('valid/dashboard.json');
    spec.meta = { notes: { constructor: 'x' } };
    spec.views[1].prototype = {};
    spec.datasets.funds.values[0] = JSON.parse('{"amount":1,"__proto__":{"qualifier":"over"}}');
    expect(described(spec).map((e) => [e.code, e.path])).toEqual([
      ['forbidden-key', '/datasets/funds/values/0/__proto__'],
      ['forbidden-key', '/views/1/prototype'],
      ['forbidden-key', '/meta/notes/constructor'],
    ]);
  });

  it('in loaded records: at the dataset, with a pointer into the loaded contents', () => {
    const spec = read('valid/station-coverage-files.json');
    const townships = read('valid/data/townships.geo.json');
    const stations = JSON.parse(readFileSync('test/fixtures/specs/valid/data/stations.json', 'utf8').replace('"id"', '"__proto__": {"x": 1}, "id"'));
    expect(described(spec, { townships, stations })).toEqual([{
      code: 'forbidden-key', path: '/datasets/stations', dataset: 'stations', dataPath: '/0/__proto__',
      zh: ['不允许使用键名 "__proto__"。', hint.zh],
      en: ['The key "__proto__" is not allowed.', hint.en],
    }]);
  });
});

describe('numbers must be finite', () => {
  const hint = {
    zh: '写一个有限的数，如 3000000；JSON 里超出约 1.8×10³⁰⁸ 的数（如 1e400）会读成无穷大。',
    en: 'Write a finite number such as 3000000; JSON numbers beyond about 1.8e308 (such as 1e400) read as infinity.',
  };

  it('JSON 1e400 (Infinity) in an inline amount: too large, not "expected a number, got a number"', () => {
    const text = readFileSync('test/fixtures/specs/valid/dashboard.json', 'utf8').replace('"amount": 3000000', '"amount": 1e400');
    const spec = JSON.parse(text);
    expect(spec.datasets.funds.values[0].amount).toBe(Infinity);
    expect(described(spec)).toEqual([{
      code: 'non-finite-number', path: '/datasets/funds/values/0/amount', dataset: undefined, dataPath: undefined,
      zh: ['这个数太大，超出了可用范围：读出来是无穷大。', hint.zh],
      en: ['This number is too large to use: it reads as Infinity.', hint.en],
    }]);
  });

  it('-1e400 and NaN (a JS object) too, in the spec and in loaded data', () => {
    const spec = { ...kpi(), items: [{ label: 'a', value: -Infinity }, { label: 'b', value: NaN }] };
    expect(described(spec).map((e) => [e.code, e.path, e.zh[0], e.en[0]])).toEqual([
      ['non-finite-number', '/items/0/value', '这个负数太大，超出了可用范围：读出来是负无穷大。', 'This negative number is too large to use: it reads as -Infinity.'],
      ['non-finite-number', '/items/1/value', '这个数不是有限数：读出来是非数值（NaN）。', 'This number is not finite: it reads as NaN.'],
    ]);
    const files = read('valid/station-coverage-files.json');
    const stations = read('valid/data/stations.json');
    stations[1].lon = JSON.parse('1e999');
    expect(described(files, { stations }).map((e) => [e.code, e.path, e.dataset, e.dataPath])).toEqual([
      ['non-finite-number', '/datasets/stations', 'stations', '/1/lon'],
    ]);
  });

  it('jsonType() tells a non-finite number apart, so no message says "expected number, got number"', () => {
    expect([Infinity, -Infinity, NaN].map(jsonType)).toEqual(['nonfinite', 'nonfinite', 'nonfinite']);
    expect(jsonType(1.5)).toBe('number');
    const zh = messageText('record-wrong-type', { field: 'amount', expected: 'number', actual: jsonType(Infinity) }, 'zh-CN').message;
    const en = messageText('wrong-type', { expected: ['number'], actual: jsonType(NaN) }, 'en').message;
    expect(zh).toBe('字段 "amount" 应为数字，这里是非有限数（过大的数或 NaN）。');
    expect(en).toBe('Expected a number, got a non-finite number (too large, or NaN).');
  });
});

describe(`nesting is limited to MAX_DEPTH (${MAX_DEPTH}) levels`, () => {
  const hint = {
    zh: `规范和数据最多嵌套 ${MAX_DEPTH} 层（地图边界的坐标也只有十来层）；请把这里压平或删去。`,
    en: `Specs and data nest at most ${MAX_DEPTH} levels (map boundary coordinates need about ten); flatten or remove this part.`,
  };

  it('is 64', () => expect(MAX_DEPTH).toBe(64));

  it('a value 64 levels down is fine; 65 is too deep, reported where the limit is crossed', () => {
    expect(validateSpec({ ...kpi(), meta: nested(MAX_DEPTH - 1) }).errors).toEqual([]); // the 1 sits at /meta/a…a, 64 tokens
    const errors = described({ ...kpi(), meta: nested(MAX_DEPTH) });
    expect(errors).toEqual([{
      code: 'too-deep', path: `/meta${'/a'.repeat(MAX_DEPTH)}`, dataset: undefined, dataPath: undefined,
      zh: [`嵌套超过 ${MAX_DEPTH} 层。`, hint.zh],
      en: [`Nested more than ${MAX_DEPTH} levels deep.`, hint.en],
    }]);
  });

  it('a 10,000-deep meta (object or array) is one error, not a RangeError', () => {
    const text = `{"version":1,"kind":"kpi","id":"k","items":[],"meta":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const spec = JSON.parse(text);
    const started = performance.now();
    expect(described(spec).map((e) => [e.code, e.path])).toEqual([['too-deep', `/meta${'/a'.repeat(MAX_DEPTH)}`]]);
    expect(performance.now() - started).toBeLessThan(500);
    const arrays = { ...kpi(), meta: { rows: JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) } };
    expect(described(arrays).map((e) => [e.code, e.path])).toEqual([['too-deep', `/meta/rows${'/0'.repeat(MAX_DEPTH - 1)}`]]);
  });

  it('in a loaded dataset, counted from the dataset\'s own root', () => {
    const spec = read('valid/station-coverage-files.json');
    const stations = read('valid/data/stations.json');
    stations[0].meta = nested(MAX_DEPTH - 2); // the 1 at /0/meta/a…: 64 tokens
    expect(validateSpec(spec, { datasets: { stations } }).errors).toEqual([]);
    stations[0].meta = nested(MAX_DEPTH);
    expect(described(spec, { stations }).map((e) => [e.code, e.path, e.dataset, e.dataPath])).toEqual([
      ['too-deep', '/datasets/stations', 'stations', `/0/meta${'/a'.repeat(MAX_DEPTH - 1)}`], // 65 tokens
    ]);
  });

  it('leaves room for GeoJSON: MultiPolygons and GeometryCollections inline and loaded, and every bundled boundary file', () => {
    const ring = [[109.6, 23.5], [109.7, 23.5], [109.7, 23.6], [109.6, 23.5]];
    const feature = (code: string, geometry: unknown) => ({ type: 'Feature', properties: { code, name: code }, geometry });
    const geo = {
      type: 'FeatureCollection',
      features: [
        feature('451323100', { type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] }),
        feature('451323101', { type: 'GeometryCollection', geometries: [{ type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', coordinates: [[ring]] }] }] }),
      ],
    };
    const spec = read('valid/station-coverage-files.json');
    const stations = read('valid/data/stations.json');
    expect(validateSpec(spec, { datasets: { townships: geo, stations } }).errors).toEqual([]);
    spec.datasets.townships = { values: geo, format: 'geojson' };
    expect(validateSpec(spec, { datasets: { stations } }).errors).toEqual([]);
    for (const county of ['wuxuan', 'donglan', 'yuanan', 'qianwei', 'heshan']) {
      const boundaries = JSON.parse(readFileSync(`data/${county}/townships.geo.json`, 'utf8'));
      spec.datasets.townships = { values: boundaries, format: 'geojson' };
      expect(validateSpec(spec).errors.filter((e) => e.code === 'too-deep'), county).toEqual([]);
    }
  });
});

describe('only JSON values', () => {
  it('functions, bigints, undefined array items and cycles in a JS object are errors, and nothing throws', () => {
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    const spec = { ...kpi(), meta: { format: () => 'x', big: 10n, list: [1, undefined], circular, gone: undefined } };
    expect(described(spec).map((e) => [e.code, e.path, e.en[0]])).toEqual([
      ['not-json-value', '/meta/list/1', 'This is not a JSON value but undefined.'],
      ['not-json-value', '/meta/circular/self', 'This is not a JSON value but a circular reference.'],
      ['not-json-value', '/meta/format', 'This is not a JSON value but a function.'],
      ['not-json-value', '/meta/big', 'This is not a JSON value but a bigint.'],
    ]);
    expect(described(spec)[1].zh[0]).toBe('这里不是 JSON 值，而是循环引用。');
  });

  it('a property whose value is undefined is absent, as in JSON', () => {
    expect(validateSpec({ ...kpi(), title: undefined }).errors).toEqual([]);
    expect(validateSpec({ ...kpi(), id: undefined }).errors.map((e) => [e.code, e.path])).toEqual([['missing-property', '']]);
  });
});
