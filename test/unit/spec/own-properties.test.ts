/**
 * The validator reads own properties only. A dependency that pollutes Object.prototype (an
 * enumerable `next`, say) must not make every spec invalid, and an inherited `qualifier` must not
 * qualify records. Each test pollutes inside try/finally and asserts after restoring.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type Spec, schemaV1, validateRecords, validateSpec } from '../../../packages/spec/src/index.ts';
import { readData } from '../data/data-files.ts';
import { loadDatasets, specFiles } from './bundled-specs.ts';

// The interpreter behind schema-errors.ts, a dependency of packages/spec (not of the root).
interface Interpreter {
  validate(instance: unknown): { valid: boolean; errors: { instanceLocation: string }[] };
}
const { Validator } = createRequire(resolve('packages/spec/package.json'))('@cfworker/json-schema') as {
  Validator: new (schema: unknown, draft: string, shortCircuit: boolean) => Interpreter;
};

const proto = Object.prototype as Record<string, unknown>;

/** Runs `fn` with `Object.prototype` carrying `keys` (enumerable, as a plain assignment makes them); always restores. */
function polluted<T>(keys: Record<string, unknown>, fn: () => T): T {
  const names = Object.keys(keys);
  for (const name of names) expect(Object.hasOwn(proto, name), name).toBe(false);
  try {
    for (const name of names) proto[name] = keys[name];
    return fn();
  } finally {
    for (const name of names) delete proto[name];
  }
}

const read = (path: string) => JSON.parse(readFileSync(`test/fixtures/specs/${path}`, 'utf8'));

describe('the validator under a polluted Object.prototype', () => {
  const bundled = specFiles.map((file) => {
    const spec = readData<Spec>(file);
    return { file, spec, datasets: loadDatasets(file, spec) };
  });

  it('the interpreter alone would fail (it walks objects with for…in): the reason for the null-prototype copies', () => {
    const spec = read('valid/dashboard.json');
    const errors = polluted({ next: { value: 1 } }, () => new Validator(schemaV1, '7', false).validate(spec).errors);
    expect(errors.some((e) => e.instanceLocation === '#/sources/next/value')).toBe(true);
  });

  it(`every bundled spec under data/ (${bundled.length}) still validates with its data, with next and polluted on Object.prototype`, () => {
    expect(bundled.length).toBeGreaterThanOrEqual(20);
    const results = polluted({ next: { value: 1 }, polluted: 1 }, () =>
      bundled.map(({ file, spec, datasets }) => ({
        file,
        spec: validateSpec(spec, { locale: 'en' }).errors.map((e) => `${e.path} ${e.message}`),
        data: validateSpec(spec, { locale: 'en', datasets }).errors.map((e) => `${e.path} ${e.dataPath ?? ''} ${e.message}`),
        records: validateRecords(spec, datasets).map((e) => `${e.path} ${e.dataPath ?? ''} ${e.message}`),
      })),
    );
    for (const result of results) expect(result, result.file).toEqual({ file: result.file, spec: [], data: [], records: [] });
  });

  it('an inherited qualifier qualifies no record and is not checked; an inherited misspelt field is not an unknown field', () => {
    const spec = read('valid/dashboard.json');
    const funds = spec.datasets.funds.values.map(({ qualifier, ...rest }: { qualifier?: string }) => rest);
    spec.datasets.funds.values = structuredClone(funds);
    const files = { ...spec, datasets: { ...spec.datasets, funds: { url: 'funds.json' } } };
    const before = JSON.stringify(spec);
    const [over, bad] = [{ qualifier: 'over' }, { qualifier: 'ovr', qualifer: 'about' }].map((pollution) =>
      polluted(pollution, () => {
        const inline = validateSpec(spec);
        const loaded = validateSpec(files, { datasets: { funds } });
        return {
          errors: [...inline.errors, ...loaded.errors, ...validateRecords(files, { funds })].map((e) => `${e.code} ${e.path}`),
          ownQualifiers: [...(inline.spec?.datasets?.funds.values as object[]), ...funds].filter((r) => Object.hasOwn(r, 'qualifier')).length,
        };
      }),
    );
    expect(over).toEqual({ errors: [], ownQualifiers: 0 });
    expect(bad).toEqual({ errors: [], ownQualifiers: 0 });
    expect(JSON.stringify(spec)).toBe(before); // the spec handed back is the caller's, untouched
  });

  it('an inherited required field does not stand in for a missing one (inline, loaded, and version)', () => {
    const spec = read('valid/dashboard.json');
    delete spec.datasets.funds.values[1].amount;
    const funds = structuredClone(spec.datasets.funds.values);
    const files = { ...spec, datasets: { ...spec.datasets, funds: { url: 'funds.json' } } };
    const { version, ...unversioned } = spec;
    expect(version).toBe(1);
    const errors = polluted({ amount: 5, version: 1 }, () => ({
      inline: validateSpec(spec).errors.map((e) => [e.code, e.path]),
      loaded: validateSpec(files, { datasets: { funds } }).errors.map((e) => [e.code, e.dataPath]),
      unversioned: validateSpec(unversioned).errors.map((e) => [e.code, e.path]),
    }));
    expect(errors).toEqual({
      inline: [['record-missing-field', '/datasets/funds/values/1']],
      loaded: [['record-missing-field', '/1']],
      unversioned: [['missing-version', '']],
    });
  });

  it('an inherited dataset id is not loaded data', () => {
    const spec = read('valid/station-coverage-files.json');
    const stations = read('valid/data/stations.json');
    stations[0].township = '999999999';
    const errors = polluted({ stations, townships: read('valid/data/townships.geo.json') }, () => validateSpec(spec, { datasets: {} }).errors);
    expect(errors).toEqual([]);
  });
});

describe('the source reads own properties only', () => {
  /** Every `in` operator and `for…in` loop in packages/spec/src, found by the TypeScript parser (comments and strings do not count). */
  function inOperators(): string[] {
    const found: string[] = [];
    const dir = 'packages/spec/src';
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('schema.generated.ts'));
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        const isIn = ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword;
        if (isIn || ts.isForInStatement(node)) {
          found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText().slice(0, 60)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    return found;
  }

  it('finds `in` and `for…in` when they are there (the scan works)', () => {
    const planted = ts.createSourceFile('x.ts', "for (const k in o) {}\nif ('a' in o) {}", ts.ScriptTarget.ES2022, true);
    const kinds: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isForInStatement(node)) kinds.push('for-in');
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) kinds.push('in');
      ts.forEachChild(node, visit);
    };
    visit(planted);
    expect(kinds).toEqual(['for-in', 'in']);
  });

  it('has no `in` operator and no `for…in` loop', () => {
    expect(inOperators()).toEqual([]);
  });
});
