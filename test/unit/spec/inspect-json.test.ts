/**
 * The pre-pass's walk (check/document-safety.ts) against the walk it replaced, kept as the reference
 * (reference/inspect-json-frames.ts: an explicit stack of frames): the same problems, in the same
 * order, with the same pointers, and the same copy — the same JSON, every object of it on the one
 * frozen null prototype — on every fixture and bundled spec, thousands of mutations of them, and
 * the edges: forbidden keys, non-finite numbers, holes, undefined, functions, cycles, depth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../../packages/spec/src/index.ts';
import { flatRecordKeys, inspectJson, isJsonCopy } from '../../../packages/spec/src/check/document-safety.ts';
import { readData } from '../data/data-files.ts';
import { specFiles } from './bundled-specs.ts';
import { inspectJson as reference } from './reference/inspect-json-frames.ts';

const dir = join(import.meta.dirname, '../../fixtures/specs/valid');
const documents: unknown[] = [
  ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))),
  ...readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, 'data', f), 'utf8'))),
  ...specFiles.map((file) => readData(file)),
];

/** Both copies hold the same JSON in the same key order, and their objects sit on the same kind of prototype. */
function sameCopy(a: unknown, b: unknown, path = ''): void {
  expect(typeof a, path).toBe(typeof b);
  if (typeof a !== 'object' || a === null) return expect(a, path).toBe(b);
  expect(Array.isArray(a), path).toBe(Array.isArray(b));
  if (Array.isArray(a)) {
    expect(Object.getPrototypeOf(a), path).toBe(Array.prototype);
    expect(Object.keys(a), path).toEqual(Object.keys(b as object));
  } else {
    // The reference has its own frozen null-prototype object: the same kind, not the same one.
    const theirs = Object.getPrototypeOf(b);
    expect([isJsonCopy(a), Object.isFrozen(theirs), Object.getPrototypeOf(theirs), Object.getOwnPropertyNames(theirs)], path).toEqual([true, true, null, []]);
    expect(Object.getOwnPropertyNames(a), path).toEqual(Object.getOwnPropertyNames(b as object));
  }
  for (const key of Object.keys(a)) sameCopy((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`);
}

function agrees(value: unknown, label: string): void {
  for (const copy of [false, true]) {
    const now = inspectJson(value, { copy });
    const before = reference(value, { copy });
    expect(now.problems, label).toEqual(before.problems);
    expect(Object.hasOwn(now, 'copy'), label).toBe(Object.hasOwn(before, 'copy'));
    if (copy && before.copy !== undefined) sameCopy(now.copy, before.copy, label);
  }
}

function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

function places(value: unknown, out: Array<[Record<string, unknown> | unknown[], string | number]> = [], depth = 0): typeof out {
  if (depth > 20) return out;
  if (Array.isArray(value)) value.forEach((item, i) => { out.push([value, i]); places(item, out, depth + 1); });
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) { out.push([value as Record<string, unknown>, key]); places(item, out, depth + 1); }
  return out;
}

function nested(levels: number, leaf: unknown = 1, array = false): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = array ? [value] : { a: value };
  return value;
}

describe('inspectJson, against the walk it replaced', () => {
  it(`every valid fixture, data file and bundled spec (${documents.length}): no problems, the same copy`, () => {
    expect(documents.length).toBeGreaterThan(20);
    documents.forEach((document, i) => {
      agrees(document, `document ${i}`);
      expect(inspectJson(document).problems).toEqual([]);
    });
  });

  it('the same problems and copies for 3,000 mutations, up to three unsafe values each', () => {
    const next = random(314159);
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    const unsafe = () => [
      Infinity, -Infinity, NaN, undefined, () => 1, Symbol('s'), 10n, circular, nested(MAX_DEPTH + 3), nested(MAX_DEPTH - 2, [1, 2]), nested(70, 'x', true),
      JSON.parse('{"__proto__": {"polluted": 1}}'), { constructor: 1, ok: [1, 2] }, { prototype: { a: NaN } }, [1, , 3], [1, undefined], [[1, 2], [3, Infinity]], [], {}, null, 'x', 0,
    ][Math.floor(next() * 22)];
    let problems = 0;
    for (let i = 0; i < 3000; i++) {
      const document = structuredClone(documents[i % documents.length]);
      const all = places(document);
      for (let change = Math.floor(next() * 3) + 1; change > 0 && all.length > 0; change--) {
        const [parent, key] = all[Math.floor(next() * all.length)];
        const value = unsafe();
        (parent as Record<string | number, unknown>)[key] = next() < 0.1 ? parent : value; // sometimes a cycle to the parent
      }
      const found = reference(document).problems.length;
      if (found > 0) problems++;
      agrees(document, `mutation ${i}`);
    }
    expect(problems).toBeGreaterThan(1500);
  });

  it('the edges: depth exactly at and past the limit, in objects and arrays, after holes and forbidden keys', () => {
    const cases: unknown[] = [
      nested(MAX_DEPTH), nested(MAX_DEPTH - 1), nested(MAX_DEPTH + 1), nested(MAX_DEPTH, 1, true), nested(MAX_DEPTH - 1, [1, 2], true), nested(MAX_DEPTH - 2, [1, 2], true),
      nested(MAX_DEPTH - 1, { b: undefined, __proto__x: 1, c: 2 }), nested(MAX_DEPTH, { b: undefined, c: 2, d: { e: 1 }, f: 3 }),
      nested(MAX_DEPTH, JSON.parse('{"prototype": 1, "b": 2, "constructor": 3, "c": 4}')), nested(MAX_DEPTH, [undefined, , 1, 2, [3]], true), nested(MAX_DEPTH - 1, { a: [1, 2], b: [[1]], c: [] }), nested(MAX_DEPTH - 1, [undefined, , 1, 2], true), nested(MAX_DEPTH - 1, JSON.parse('{"constructor": 1, "x": {"y": 1}, "z": 2}')),
      nested(10_000), nested(10_000, 1, true), { a: [1, , 3], b: { c: NaN, d: [Infinity] }, e: [{ f: () => 1 }, { g: 10n }] },
      [], {}, [[]], [{}], 'x', 1, NaN, Infinity, undefined, null, () => 1, Symbol('root'), 10n,
    ];
    cases.forEach((value, i) => agrees(value, `edge ${i}`));
    // Records are read as their array is (at once): their problems must still come after every item of the array's own.
    const records = (): unknown[] => [
      { a: NaN, b: { c: Infinity, d: [undefined] }, e: () => 1 }, [1, , 3], undefined, { ok: 1 }, JSON.parse('{"__proto__": 1, "f": [1e400]}'), NaN, { g: { h: { i: -Infinity } } }, , 'x',
    ];
    agrees(records(), 'records with problems among items with problems');
    agrees({ values: records(), after: NaN, more: [{ x: 1 }, { y: [Infinity] }, 10n] }, 'the same, below an object');
    const loop: unknown[] = [{ a: 1 }];
    loop.push({ back: loop, n: NaN }, loop, { z: undefined, w: 1 });
    agrees(loop, 'records that close a cycle');
    const shared = { x: 1 };
    agrees({ a: shared, b: shared, c: [shared, shared] }, 'shared, not circular');
  });

  it('own enumerable keys only: inherited enumerable keys (custom or polluted prototypes) and non-enumerable ones are not read', () => {
    const proto = { inherited: 1, b: 'from the prototype', deep: { x: NaN } };
    const withProto = (own: Record<string, unknown>) => Object.assign(Object.create(proto), own);
    const hidden = { a: 1 };
    Object.defineProperty(hidden, 'b', { value: NaN, enumerable: false });
    const cases: unknown[] = [
      withProto({ a: 1 }),
      [{ a: 1, b: 2 }, withProto({ a: 3 }), { a: 4, b: 5 }], // the prototype's `b` where the record before had its own
      [withProto({ a: 1, b: 2 }), withProto({}), withProto({ b: 3, a: 4 })],
      [{ a: 1, b: 2 }, hidden, { b: 3 }],
      { list: [{ x: 1 }, withProto({ x: 2 }), { x: 3, y: [1, 2] }] },
    ];
    const deleting = { b: 2, c: 3 } as Record<string, unknown>;
    Object.defineProperty(deleting, 'a', { get: () => { delete deleting.c; return 1; }, enumerable: true });
    cases.push(deleting, [{ b: 1, 2: 'x', a: 3, 1: 'y' }, { 1: 'y', 2: 'x', b: 1, a: 3 }, { a: 1 }]);
    cases.forEach((value, i) => agrees(value, `inherited ${i}`));
    const copy = inspectJson(cases[1], { copy: true }).copy as Array<Record<string, unknown>>;
    expect(Object.keys(copy[1])).toEqual(['a']);
    expect(flatRecordKeys(copy)).toEqual(['a', 'b']);
    const polluted = Object.prototype as Record<string, unknown>;
    polluted.tongxinPolluted = { x: Infinity };
    try {
      agrees([{ a: 1 }, { a: 2, b: 3 }, { b: 4 }], 'a polluted Object.prototype');
      expect(inspectJson({ a: [{ b: 1 }] }, { copy: true }).problems).toEqual([]);
    } finally {
      delete polluted.tongxinPolluted;
    }
  });

  it('reads each value once: a getter runs once, and the copy holds what it returned', () => {
    let reads = 0;
    const document = { a: 1 } as Record<string, unknown>;
    Object.defineProperty(document, 'b', { get: () => (reads++ === 0 ? { c: 1 } : { c: NaN }), enumerable: true });
    const { problems, copy } = inspectJson(document, { copy: true });
    expect([problems, reads, JSON.stringify(copy)]).toEqual([[], 1, '{"a":1,"b":{"c":1}}']);
  });
});
