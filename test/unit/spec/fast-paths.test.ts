/**
 * The fast paths of validation must never decide differently from the code they skip.
 *
 * - The records' fast passes (check/records.ts) run only on the pre-pass's copies; on plain objects
 *   (the same JSON, not a copy) the reporting loops run instead. The semantic checks must give the
 *   very same problems, in the same order, either way: that is the oracle for every record mutation.
 * - `quickValidate` never accepts what `validateSpec` rejects, on the edges a pre-pass and a fast
 *   path could get wrong: `__proto__` keys inside records, non-finite numbers, holes, getters,
 *   non-enumerable and inherited fields, non-plain prototypes, and huge depth.
 * - `isPeriod` / `isDate` are exactly `parsePeriod` / `parseDate` answering.
 * - `schemaAccepts` never says yes where the schema interpreter finds a problem: `validateSpec`
 *   runs the interpreter only when `schemaAccepts` says no.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDate, parsePeriod, quickValidate, schemaAccepts, specProblem, validateSpec, type Spec } from '../../../packages/spec/src/index.ts';
import { flatRecordKeys, inspectJson } from '../../../packages/spec/src/check/document-safety.ts';
import { semanticErrors } from '../../../packages/spec/src/check/index.ts';
import { isDate, isPeriod } from '../../../packages/spec/src/dates.ts';
import { schemaErrors } from '../../../packages/spec/src/schema-errors.ts';
import { readData } from '../data/data-files.ts';
import { specFiles } from './bundled-specs.ts';

type Json = Record<string, any>;

/** The dashboard fixture with a fourth record kind inline: KPI records read by a second kpi view. */
function dashboard(): Json {
  const spec = JSON.parse(readFileSync('test/fixtures/specs/valid/dashboard.json', 'utf8'));
  spec.datasets.kpis = { values: [{ id: 'k1', label: '满意度', value: 98, unit: 'percent', previous: 97 }, { label: '来电', value: 152, unitLabel: '件' }] };
  spec.views.push({ id: 'figures', kind: 'kpi', data: 'kpis', grid: { x: 0, y: 24, w: 6, h: 6 } });
  return spec;
}

const RECORD_SETS = ['stations', 'funds', 'activities', 'kpis'] as const;
const FIELDS = [
  'id', 'name', 'kind', 'township', 'lon', 'lat', 'village', 'opened', 'period', 'value', 'unit', 'amount', 'campaign',
  'purpose', 'donor', 'date', 'label', 'unitLabel', 'previous', 'qualifier', 'source', 'illustrative', 'meta', 'qualifer', 'extra',
];
const VALUES: unknown[] = [
  null, '', 'x', 'over', 'about', 'ovr', 'wuxuan-2022', 'nowhere', 'liaison', 'sector-studio', 'liason', 'percent', 'count', 'yuan', 'persent',
  '2021', '2021-Q2', '2021-Q5', '2021-Q0', '2021-13', '2021-00', '2021-1', '2021-02-29', '2024-02-29', '2021-04-31', '21', '2021-03-12T00:00',
  '451323100', '999999999', 'wx-1', 'wx-2', -1, 0, 50, 100, 100.5, 101, 200, -200, -90.5, 23.5, 180.5, true, false, {}, [], { a: 1 }, [1],
];

/** A tiny deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/**
 * The semantic checks on the pre-pass copy (fast passes, flat records listed once) and on the same
 * JSON as plain objects (reporting loops only, each record's keys listed). The schema's yes/no too.
 */
function bothWays(spec: unknown): { copy: unknown[]; plain: unknown[] } | undefined {
  const inspection = inspectJson(spec, { copy: true });
  if (inspection.problems.length > 0) return undefined;
  const plain = JSON.parse(JSON.stringify(inspection.copy)) as Spec;
  const accepted = schemaAccepts(inspection.copy);
  expect(accepted, 'schemaAccepts: copy (flat records) vs plain JSON (each record)').toBe(schemaAccepts(plain));
  if (!accepted) return undefined;
  return {
    copy: semanticErrors(inspection.copy as Spec, 'en', {}, specProblem),
    plain: semanticErrors(plain, 'en', {}, specProblem),
  };
}

describe('the records\' fast passes', () => {
  it('the fixture runs them: its records are copies, and it is valid both ways', () => {
    const both = bothWays(dashboard())!;
    expect(both).toEqual({ copy: [], plain: [] });
    expect(quickValidate(dashboard())).toBeDefined();
  });

  it('give the same problems, in the same order, as the reporting loops, for 6,000 one-field mutations of records', () => {
    const next = random(20261130);
    let compared = 0;
    let invalid = 0;
    for (let i = 0; i < 6000; i++) {
      const spec = dashboard();
      const records = spec.datasets[RECORD_SETS[Math.floor(next() * RECORD_SETS.length)]].values as Json[];
      // Mostly one change; sometimes a second one elsewhere (a duplicate id, two bad records).
      for (let change = 0; change < (next() < 0.2 ? 2 : 1); change++) {
        const record = records[Math.floor(next() * records.length)];
        const field = FIELDS[Math.floor(next() * FIELDS.length)];
        if (next() < 0.2) delete record[field];
        else record[field] = structuredClone(VALUES[Math.floor(next() * VALUES.length)]);
      }
      const both = bothWays(spec);
      if (!both) continue;
      compared++;
      if (both.plain.length > 0) invalid++;
      expect(both.copy, JSON.stringify(records)).toEqual(both.plain);
      // And the fast path of validation agrees with the full one.
      const full = validateSpec(spec);
      expect(quickValidate(spec) !== undefined, JSON.stringify(full.errors.slice(0, 2))).toBe(full.valid);
    }
    expect(compared).toBeGreaterThan(3000);
    expect(invalid).toBeGreaterThan(1000);
  });

  it('give the same problems for records that are not objects, holes, and a duplicated record', () => {
    for (const set of RECORD_SETS) {
      for (const replacement of [null, 'x', 1, true, [], [1], {}]) {
        const spec = dashboard();
        spec.datasets[set].values[0] = replacement;
        const both = bothWays(spec);
        if (both) expect(both.copy, `${set} ${JSON.stringify(replacement)}`).toEqual(both.plain);
        expect(quickValidate(spec)).toBe(undefined);
      }
      const spec = dashboard();
      spec.datasets[set].values.push(structuredClone(spec.datasets[set].values[0]));
      const both = bothWays(spec)!;
      expect(both.copy, set).toEqual(both.plain);
      expect(quickValidate(spec) !== undefined).toBe(validateSpec(spec).valid);
      const holed = dashboard();
      holed.datasets[set].values.length += 1; // a hole at the end
      expect(quickValidate(holed), set).toBeUndefined();
      expect(validateSpec(holed).errors.map((e) => e.code)).toEqual(['not-json-value']);
    }
  });
});

describe('the records\' fast passes on whole tables', () => {
  /** The dashboard fixture with these station ids (a record per id; undefined: the field left out). */
  function stationsWithIds(ids: Array<string | number | undefined>): Json {
    const spec = dashboard();
    const template = spec.datasets.stations.values[0] as Json;
    spec.datasets.stations.values = ids.map((id, i) => {
      const record: Json = { ...template, name: `站${i}` };
      if (id === undefined) delete record.id;
      else record.id = id;
      return record;
    });
    return spec;
  }

  it('station ids: duplicates found in any order (ascending ids are compared with the one before, then a Set)', () => {
    const orders: Array<Array<string | number | undefined>> = [
      ['a', 'b', 'c'], ['a', 'a'], ['a', 'b', 'a'], ['b', 'a', 'b'], ['a', 'c', 'b', 'c'], ['a', 'c', 'b', 'a'], ['c', 'b', 'a'],
      ['a', undefined, 'a'], ['a', 1, 'b', 'b'], ['wx-10', 'wx-2', 'wx-10'], ['a', 'b', 'c', 'd', 'e', 'a'], ['e', 'd', 'c', 'b', 'e'],
    ];
    const duplicates = orders.map((ids) => {
      const both = bothWays(stationsWithIds(ids))!;
      expect(both.copy, JSON.stringify(ids)).toEqual(both.plain);
      expect(quickValidate(stationsWithIds(ids)) !== undefined, JSON.stringify(ids)).toBe(validateSpec(stationsWithIds(ids)).valid);
      return both.plain.filter((e) => (e as { code: string }).code === 'duplicate-record-id').length;
    });
    expect(duplicates).toEqual([0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
  });

  it('a field no record has: the same problems when it is required (every record), none when it is optional', () => {
    for (const [set, field] of [['stations', 'name'], ['stations', 'township'], ['activities', 'period'], ['funds', 'amount'], ['kpis', 'label'], ['stations', 'opened'], ['activities', 'unit'], ['kpis', 'previous']] as const) {
      const spec = dashboard();
      for (const record of spec.datasets[set].values as Json[]) delete record[field];
      const both = bothWays(spec)!;
      expect(both.copy, `${set} ${field}`).toEqual(both.plain);
      expect(quickValidate(spec) !== undefined, `${set} ${field}`).toBe(validateSpec(spec).valid);
    }
  });
});

describe('flat records: arrays of a copy whose items have only scalar values', () => {
  const copyOf = (value: unknown) => inspectJson(value, { copy: true }).copy as Json;

  it('are listed with every key their items have, first seen first, and nothing else', () => {
    const copy = copyOf({ a: [{ x: 1, y: 'b' }, { x: 2, y: 'c' }, { y: null, z: true }, {}], b: [{ x: 1 }] });
    expect(flatRecordKeys(copy.a)).toEqual(['x', 'y', 'z']);
    expect(flatRecordKeys(copy.b)).toEqual(['x']);
    const fixture = copyOf(dashboard());
    for (const set of RECORD_SETS) expect(flatRecordKeys(fixture.datasets[set].values), set).toBeDefined();
  });

  it('are not: an item with an object, an array or an undefined value, a scalar or array item, a hole, an empty list, the caller\'s own arrays', () => {
    const cases: unknown[] = [
      [{ x: 1 }, { x: 1, meta: {} }], [{ x: 1 }, { x: [1, 2] }], [{ x: 1 }, { x: 1, y: undefined }], [{ x: 1 }, 'x'], [{ x: 1 }, [{ x: 1 }]], [{ x: 1 }, null], [],
    ];
    for (const value of cases) expect(flatRecordKeys(copyOf({ list: value }).list), JSON.stringify(value)).toBeUndefined();
    expect(inspectJson({ list: [{ x: 1 }, , { x: 2 }] }, { copy: true }).copy).toBeUndefined(); // a hole: no copy at all
    const records = [{ x: 1 }, { x: 2 }];
    inspectJson({ records }, { copy: true });
    expect(flatRecordKeys(records)).toBeUndefined();
    expect(flatRecordKeys(copyOf([{ x: 1 }]))).toEqual(['x']); // the root itself
  });

  it('are checked by the schema as each record would be: required keys, properties some record has, scalar-only other keys', () => {
    const list = copyOf([{ a: 1, b: 'x' }, { a: 2 }, { a: 3, meta: 'm' }]);
    const plain = JSON.parse(JSON.stringify(list));
    // Schemas of their own (a `$ref` resolves against the runtime schema's definitions: items inline here).
    const cases: Json[] = [
      { items: { type: 'object' } },
      { items: { type: 'object', required: ['a'] } },
      { items: { type: 'object', required: ['b'] } },
      { items: { type: 'object', properties: { b: { type: 'string' } } } },
      { items: { type: 'object', properties: { b: { type: 'number' } } } },
      { items: { type: 'object', properties: { meta: { type: 'object' } } } },
      { items: { type: 'object', properties: { zzz: { type: 'object' } }, required: ['a'] } },
      { items: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } } },
      { items: { type: 'object', additionalProperties: { type: 'number' } } },
      { items: { type: 'object', additionalProperties: false } },
      { items: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] }, properties: { meta: { type: 'object' } } } },
      { items: { type: 'string' } },
      { items: { type: 'object', minimum: 3 } },
    ];
    const answers = cases.map((items) => [schemaAccepts(list, { type: 'array', ...items }), schemaAccepts(plain, { type: 'array', ...items })]);
    for (const [i, [flat, each]] of answers.entries()) expect(flat, JSON.stringify(cases[i])).toBe(each);
    expect(answers.map(([flat]) => flat)).toEqual([true, true, false, true, false, false, true, true, false, false, false, false, true]);
  });
});

describe('quickValidate never accepts what validateSpec rejects, at the edges', () => {
  /** Both verdicts on the same input (neither path changes it). */
  function verdicts(spec: unknown): { fast: boolean; full: boolean } {
    return { fast: quickValidate(spec) !== undefined, full: validateSpec(spec).valid };
  }
  const agreeOn = (label: string, make: (spec: Json) => void, expected?: boolean) => {
    for (const set of RECORD_SETS) {
      const spec = dashboard();
      make(spec.datasets[set].values);
      const { fast, full } = verdicts(spec);
      if (fast) expect(full, `${label} in ${set}`).toBe(true);
      if (expected !== undefined) expect(full, `${label} in ${set}`).toBe(expected);
      if (expected === false) expect(fast, `${label} in ${set}`).toBe(false);
    }
  };

  it('__proto__, constructor and prototype keys inside records (own keys, as JSON.parse makes them)', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      agreeOn(key, (records) => { records[0] = { ...records[0], ...JSON.parse(`{"${key}": {"qualifier": "over"}}`) }; }, false);
      agreeOn(`${key} in meta`, (records) => { records[1].meta = JSON.parse(`{"${key}": 1}`); }, false);
    }
  });

  it('non-finite numbers in records', () => {
    for (const value of [Infinity, -Infinity, NaN]) {
      for (const field of ['value', 'amount', 'lon', 'previous', 'extra']) agreeOn(`${field} ${value}`, (records) => { records[0][field] = value; }, false);
    }
    const text = readFileSync('test/fixtures/specs/valid/dashboard.json', 'utf8').replace('"amount": 3000000', '"amount": 1e400');
    expect(verdicts(JSON.parse(text))).toEqual({ fast: false, full: false });
  });

  it('sparse record arrays and undefined items', () => {
    agreeOn('hole', (records) => { delete records[0]; }, false);
    agreeOn('undefined item', (records) => { records[1] = undefined; }, false);
    agreeOn('an undefined field is absent', (records) => { records[0].extra = undefined; }, true);
  });

  it('getters, non-enumerable and inherited fields, non-plain prototypes (JS objects passed as a property)', () => {
    // An enumerable getter is read once by the pre-pass: its value is what both paths check.
    agreeOn('getter, good value', (records) => { const value = records[0].township; Object.defineProperty(records[0], 'township', { get: () => value, enumerable: true }); }, true);
    agreeOn('getter, bad value', (records) => { Object.defineProperty(records[0], 'qualifier', { get: () => 'ovr', enumerable: true }); }, false);
    // A getter that answers differently on each read: each path reads it once, and decides on what it read.
    for (const [first, then, valid] of [['over', 'ovr', true], ['ovr', 'over', false]] as const) {
      for (const check of [(spec: unknown) => quickValidate(spec) !== undefined, (spec: unknown) => validateSpec(spec).valid]) {
        const spec = dashboard();
        let reads = 0;
        Object.defineProperty(spec.datasets.funds.values[1], 'qualifier', { get: () => (reads++ === 0 ? first : then), enumerable: true });
        expect(check(spec), `${first} then ${then}`).toBe(valid);
        expect(reads).toBe(1);
      }
    }
    // Non-enumerable and inherited fields are not JSON: absent for both paths.
    agreeOn('non-enumerable bad field', (records) => { Object.defineProperty(records[0], 'qualifier', { value: 'ovr', enumerable: false }); }, true);
    agreeOn('non-enumerable required field', (records) => {
      for (const key of Object.keys(records[0])) Object.defineProperty(records[0], key, { value: records[0][key], enumerable: false });
    }, false);
    agreeOn('inherited bad field', (records) => { records[0] = Object.assign(Object.create({ qualifier: 'ovr', meta: 1 }), records[0]); }, true);
    agreeOn('inherited required fields only', (records) => { records[0] = Object.create(records[0]); }, false);
    class Record {
      constructor(fields: Json) {
        for (const [key, value] of Object.entries(fields)) if (key !== 'qualifier') Object.defineProperty(this, key, { value, enumerable: true });
      }
      get qualifier() { return 'ovr'; } // on the prototype: not the record's own field
    }
    agreeOn('class instance', (records) => { records[0] = new Record(records[0]); }, true);
    agreeOn('null prototype', (records) => { records[0] = Object.assign(Object.create(null), records[0]); }, true);
    agreeOn('a Map', (records) => { records[0] = new Map(Object.entries(records[0])); });
  });

  it('huge depth inside a record, and a cycle', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    agreeOn('10,000-deep meta', (records) => { records[0].meta = deep; }, false);
    agreeOn('cycle', (records) => { records[0].meta = { up: records }; }, false);
  });
});

describe('isPeriod and isDate', () => {
  const texts = (() => {
    const out = new Set<string>(['', '2021', '202', '20211', '2021-', '2021-Q', '2021-Q1', '2021-Q4', '2021-Q0', '2021-Q5', '2021-q1', '2021-1', '2021-001', ' 2021', '2021 ', '２０２１', '2021\n', 'abcd', '20a1-01']);
    for (let month = 0; month <= 99; month++) out.add(`2021-${String(month).padStart(2, '0')}`);
    for (const year of ['0000', '0004', '0100', '1900', '2000', '2023', '2024', '9999']) {
      for (let month = 0; month <= 13; month++) for (let day = 0; day <= 32; day++) out.add(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
    const next = random(7);
    const alphabet = '0123456789-Q/ :T';
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(next() * 12);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)];
      out.add(text);
    }
    return [...out];
  })();

  it('answer exactly as parsePeriod and parseDate do', () => {
    for (const text of texts) {
      expect(isPeriod(text), text).toBe(parsePeriod(text) !== undefined);
      expect(isDate(text), text).toBe(parseDate(text) !== undefined);
    }
    expect(texts.filter(isPeriod).length).toBeGreaterThan(40);
    expect(texts.filter(isDate).length).toBeGreaterThan(1000);
  });
});

describe('validateSpec asks the schema interpreter only when schemaAccepts says no', () => {
  /** Every valid fixture and bundled spec. */
  const valid = [
    ...readdirSync('test/fixtures/specs/valid').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`test/fixtures/specs/valid/${f}`, 'utf8'))),
    ...specFiles.map((file) => readData(file)),
    dashboard(),
  ];
  const replacements: unknown[] = ['', 'x', 'pie', 'liaison', 'over', 'percent', -1, 0, 0.5, 1, 25, 1e9, true, false, null, [], {}, [1], ['x'], { a: 1 }, { type: 'FeatureCollection' }, '2024-13', '1ms'];

  function places(value: unknown, out: Array<[Json | unknown[], string | number]> = []): typeof out {
    if (Array.isArray(value)) value.forEach((item, i) => { out.push([value, i]); places(item, out); });
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) { out.push([value as Json, key]); places(item, out); }
    return out;
  }

  it('schemaAccepts never says yes where the interpreter finds a problem (every valid spec, 5,000 mutations of them)', () => {
    const next = random(271828);
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < 5000 + valid.length; i++) {
      const spec = structuredClone(valid[i % valid.length]);
      if (i >= valid.length) {
        const all = places(spec);
        const [parent, key] = all[Math.floor(next() * all.length)];
        const what = next();
        if (what < 0.25 && !Array.isArray(parent)) delete (parent as Json)[key as string];
        else if (what < 0.4 && !Array.isArray(parent)) (parent as Json)[`${String(key)}x`] = (parent as Json)[key as string];
        else (parent as Json)[key as never] = structuredClone(replacements[Math.floor(next() * replacements.length)]);
      }
      const { problems, copy } = inspectJson(spec, { copy: true });
      if (problems.length > 0) continue;
      const errors = schemaErrors(copy, 'en');
      if (schemaAccepts(copy)) {
        accepted++;
        expect(errors, JSON.stringify(spec).slice(0, 300)).toEqual([]);
      } else if (errors.length > 0) rejected++;
    }
    expect(accepted).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(1000);
  });
});
