/**
 * The fast path (`quickValidate`: pre-pass, migration and semantic checks with the schema checked
 * yes/no) must never accept what the full validator rejects, and must accept every valid spec we
 * ship (or the first render would load the full validator for nothing). Checked on every fixture,
 * every bundled spec, every corpus spec, and thousands of one-change mutations of valid specs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickValidate, schemaAccepts, validateSpec } from '../../../packages/spec/src/index.ts';
import { corpus } from '../../fixtures/corpus/cases.ts';
import { readData } from '../data/data-files.ts';
import { specFiles } from './bundled-specs.ts';

const fixtures = (folder: string) => {
  const dir = join(import.meta.dirname, '../../fixtures/specs', folder);
  // Some invalid fixtures are not JSON at all (a syntax error is step 1's): only documents here.
  return readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => {
    try {
      return [{ name: `${folder}/${f}`, spec: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown }];
    } catch {
      return [];
    }
  });
};

const valid = [...fixtures('valid'), ...specFiles.map((file) => ({ name: file, spec: readData(file) }))];
const invalid = fixtures('invalid');
const corpusSpecs = corpus.flatMap((c) => {
  const text = c.files[c.spec];
  try {
    return [{ name: `corpus ${c.name}`, spec: typeof text === 'string' ? JSON.parse(text) : text }];
  } catch {
    return [];
  }
});

/** Both paths agree: the fast one accepts only what the full one accepts, and returns the same spec. */
function agree(spec: unknown): boolean {
  // Neither path changes its input (and a 10,000-deep document cannot be cloned).
  const fast = quickValidate(spec);
  const full = validateSpec(spec);
  if (fast === undefined) return true;
  return full.valid && JSON.stringify(fast) === JSON.stringify(full.spec);
}

/** A tiny deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** Every place in a document: [parent, key]. */
function places(value: unknown, out: Array<[Record<string, unknown> | unknown[], string | number]> = []): typeof out {
  if (Array.isArray(value)) value.forEach((item, i) => { out.push([value, i]); places(item, out); });
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) { out.push([value as Record<string, unknown>, key]); places(item, out); }
  return out;
}

const replacements: unknown[] = ['', 'x', 'pie', 'liaison', 'over', -1, 0, 0.5, 1, 1e9, true, null, [], {}, [1], { a: 1 }, '2024-13', '1ms', '0s'];

function mutate(spec: unknown, next: () => number): unknown {
  const copy = structuredClone(spec);
  const all = places(copy);
  if (all.length === 0) return copy;
  const [parent, key] = all[Math.floor(next() * all.length)];
  const what = next();
  if (what < 0.25 && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
  else if (what < 0.4 && !Array.isArray(parent)) (parent as Record<string, unknown>)[`${String(key)}x`] = (parent as Record<string, unknown>)[key as string];
  else (parent as Record<string, unknown>)[key as never] = replacements[Math.floor(next() * replacements.length)];
  return copy;
}

describe('quickValidate (the fast path of validation)', () => {
  it('accepts every valid fixture and bundled spec, returning the spec validateSpec returns', () => {
    expect(valid.length).toBeGreaterThan(20);
    for (const { name, spec } of valid) {
      const full = validateSpec(structuredClone(spec));
      if (!full.valid) continue; // a bundled spec whose datasets are checked with their files elsewhere
      expect(quickValidate(structuredClone(spec)), name).toEqual(full.spec);
    }
  });

  it('accepts none of the invalid fixtures and corpus specs the full validator rejects', () => {
    expect(invalid.length).toBeGreaterThan(20);
    for (const { name, spec } of [...invalid, ...corpusSpecs]) expect(agree(spec), name).toBe(true);
    // (Some invalid fixtures are wrong only with their loaded data: validateRecords' part.)
    const rejected = invalid.filter(({ spec }) => !validateSpec(spec).valid);
    expect(rejected.length).toBeGreaterThan(20);
    for (const { name, spec } of rejected) expect(quickValidate(spec), name).toBeUndefined();
  });

  it('never accepts a one-change mutation of a valid spec that the full validator rejects (5,000 mutations)', () => {
    const next = random(20261130);
    let rejected = 0;
    for (let i = 0; i < 5000; i++) {
      const { spec } = valid[i % valid.length];
      const mutated = mutate(spec, next);
      const full = validateSpec(structuredClone(mutated));
      const fast = quickValidate(structuredClone(mutated));
      if (!full.valid) {
        rejected++;
        expect(fast, JSON.stringify(full.errors.slice(0, 2))).toBeUndefined();
      } else if (fast !== undefined) {
        expect(JSON.stringify(fast)).toBe(JSON.stringify(full.spec));
      }
    }
    expect(rejected).toBeGreaterThan(1000);
  });

  it('schemaAccepts answers "not sure" (false) for a keyword it does not know', () => {
    expect(schemaAccepts('a', { type: 'string' })).toBe(true);
    expect(schemaAccepts('a', { type: 'string', pattern: '^b' })).toBe(false);
    expect(schemaAccepts(1.5, { type: 'integer' })).toBe(false);
    expect(schemaAccepts({ a: 1 }, { properties: { a: { type: 'number' } }, additionalProperties: false })).toBe(true);
    expect(schemaAccepts({ b: 1 }, { properties: { a: { type: 'number' } }, additionalProperties: false })).toBe(false);
  });
});
