/**
 * Generates the spec's JSON Schema from packages/spec/src/types.ts (type `Spec`, and the record
 * kinds `StationRecord`, `ActivityRecord`, `FundRecord`, `KpiRecord`).
 *
 *   pnpm schema            writes packages/spec/schema/v1.json and packages/spec/src/schema.generated.ts
 *
 * Two outputs from one generation; the drift test (test/unit/spec/schema.test.ts) calls
 * `buildSchemas()` and compares both with the committed files:
 *
 * - **published** (`schema/v1.json`, `$id` `SCHEMA_ID`): for editors and other tools. A dataset's
 *   `values` items are documented as `anyOf` the four record kinds and `DataRecord` (any table), so
 *   an editor completes and describes record fields without flagging the tables no view reads.
 * - **runtime** (`schema.generated.ts`, what `validateSpec` interprets): the same, except that
 *   `values` items stay `DataRecord` (scalar cells and a free `meta`), and there is no `anyOf`
 *   anywhere. Which record kind a table must follow depends on the views that read it, which a
 *   schema cannot see; the record checks (packages/spec/src/check/records.ts) know it and word
 *   each problem ("did you mean qualifier?") where an `anyOf` failure could only say "matches no
 *   branch". The record definitions are in both; a test holds the checks' field table equal to them.
 *
 * `SCHEMA_ID` names the schema; it need not resolve (specs point `$schema` at the file or the npm
 * package path). The runtime copy leaves it out, so the interpreter resolves `$ref`s against its
 * own default base, as it always has.
 *
 * Post-processing: ts-json-schema-generator writes unions as `anyOf`, and a validator can only say
 * "does not match anyOf" for those. We rewrite each union into an `if`/`then` chain keyed on what
 * tells the branches apart — the `kind` const for views and documents, the JSON type otherwise — so
 * exactly one branch is checked and its errors name the real problem. Editors read `if`/`then` too.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

type JsonSchema = Record<string, any>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaJsonPath = resolve(root, 'packages/spec/schema/v1.json');
export const schemaModulePath = resolve(root, 'packages/spec/src/schema.generated.ts');

/** The published schema's `$id`. */
export const SCHEMA_ID = 'https://tongxin.dev/schema/v1.json';

/** The record kinds, in the order `Dataset.values` lists them in the published schema. */
export const RECORD_TYPES = ['StationRecord', 'ActivityRecord', 'FundRecord', 'KpiRecord'] as const;

export interface Schemas {
  /** `schema/v1.json`: for editors. */
  published: JsonSchema;
  /** `schema.generated.ts`: what the validator interprets. */
  runtime: JsonSchema;
}

/** Generates and post-processes both schemas. Pure apart from reading types.ts. */
export function buildSchemas(): Schemas {
  const generator = createGenerator({
    path: resolve(root, 'packages/spec/src/types.ts'),
    tsconfig: resolve(root, 'tsconfig.json'),
    additionalProperties: false,
    skipTypeCheck: true, // tsc checks types.ts; this keeps the drift test fast
  });
  const generated = generator.createSchema('Spec') as JsonSchema;
  const definitions: Record<string, JsonSchema> = { ...generated.definitions };
  for (const name of RECORD_TYPES) Object.assign(definitions, (generator.createSchema(name) as JsonSchema).definitions);

  for (const [name, definition] of Object.entries(definitions)) {
    definitions[name] = rewriteUnions(definition, definitions);
  }
  assertNoUnions(definitions);
  const runtime = {
    $schema: generated.$schema,
    title: 'Tongxin spec, version 1',
    description: 'A Tongxin spec: a dashboard or one view. Generated from packages/spec/src/types.ts by `pnpm schema`; do not edit.',
    $ref: generated.$ref,
    definitions,
  };
  return { published: publish(runtime), runtime };
}

/** The runtime schema with an `$id`, and the record kinds offered for `Dataset.values` items. */
function publish(runtime: JsonSchema): JsonSchema {
  const published: JsonSchema = structuredClone(runtime);
  const values = published.definitions.Dataset.properties.values;
  const tableBranch = values.allOf.find((branch: JsonSchema) => branch.if?.type === 'array').then;
  if (tableBranch.items?.$ref !== '#/definitions/DataRecord') throw new Error('build-schema: Dataset.values items are no longer DataRecord');
  tableBranch.items = {
    description:
      'A record. The views that read the dataset decide its kind: `StationRecord` (station-coverage), `ActivityRecord` (activity-trend), ' +
      '`FundRecord` (fund-chart), `KpiRecord` (kpi); a field outside the kind, `meta` and the dataset\'s `extraFields` is an error. ' +
      'A table no view reads is free (`DataRecord`).',
    anyOf: [...RECORD_TYPES, 'DataRecord'].map((name) => ({ $ref: `#/definitions/${name}` })),
  };
  return { $schema: published.$schema, $id: SCHEMA_ID, ...published };
}

function resolveRef(schema: JsonSchema, definitions: Record<string, JsonSchema>): JsonSchema {
  if (typeof schema.$ref === 'string') return definitions[schema.$ref.replace('#/definitions/', '')];
  return schema;
}

function kindOf(branch: JsonSchema, definitions: Record<string, JsonSchema>): string | undefined {
  const kind = resolveRef(branch, definitions).properties?.kind;
  return typeof kind?.const === 'string' ? kind.const : undefined;
}

function typeOf(branch: JsonSchema, definitions: Record<string, JsonSchema>): string | undefined {
  const type = resolveRef(branch, definitions).type;
  return typeof type === 'string' ? type : undefined;
}

function rewriteUnions(schema: unknown, definitions: Record<string, JsonSchema>): any {
  if (Array.isArray(schema)) return schema.map((item) => rewriteUnions(item, definitions));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = rewriteUnions(value, definitions);
  const branches: JsonSchema[] | undefined = out.anyOf;
  if (!branches) return out;

  const kinds = branches.map((branch) => kindOf(branch, definitions));
  if (kinds.every((kind): kind is string => kind !== undefined) && new Set(kinds).size === kinds.length) {
    delete out.anyOf;
    return {
      ...out,
      type: 'object',
      required: ['kind'],
      properties: { kind: { description: 'What this is: `dashboard` or a view kind.', enum: kinds } },
      allOf: branches.map((branch, i) => ({
        if: { properties: { kind: { const: kinds[i] } }, required: ['kind'] },
        then: branch,
      })),
    };
  }

  const types = branches.map((branch) => typeOf(branch, definitions));
  if (types.every((type): type is string => type !== undefined) && new Set(types).size === types.length) {
    delete out.anyOf;
    return {
      ...out,
      type: types,
      allOf: branches.map((branch, i) => ({ if: { type: types[i] }, then: branch })),
    };
  }
  // Transforms: each branch has one required key the others lack (`filter`, `aggregate`, `fold`…):
  // an if/then/else chain on it; an object with none of them is held to the first branch.
  const keys = branches.map((branch) => {
    const required: string[] = resolveRef(branch, definitions).required ?? [];
    return required.find((key) => branches.every((other) => other === branch || !(resolveRef(other, definitions).required ?? []).includes(key)));
  });
  if (keys.every((key): key is string => key !== undefined)) {
    delete out.anyOf;
    let chain: JsonSchema = branches[0];
    for (let i = branches.length - 1; i >= 1; i--) chain = { if: { required: [keys[i]] }, then: branches[i], else: chain };
    return { ...out, type: 'object', ...chain };
  }
  throw new Error(`build-schema: cannot tell the branches of this union apart: ${JSON.stringify(branches)}`);
}

function assertNoUnions(schema: unknown, at = ''): void {
  if (schema === null || typeof schema !== 'object') return;
  if ('anyOf' in schema || 'oneOf' in schema) throw new Error(`build-schema: a union was left as anyOf/oneOf at ${at}`);
  for (const [key, value] of Object.entries(schema)) {
    // `properties` maps property names (a filter's `oneOf` is one) to schemas: check the schemas only.
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, property] of Object.entries(value)) assertNoUnions(property, `${at}/properties/${name}`);
    } else {
      assertNoUnions(value, `${at}/${key}`);
    }
  }
}

/** The committed JSON file's text. */
export function schemaJsonText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Keywords that only document a schema: editors show them, validators never read them. */
const DOC_KEYWORDS = new Set(['description', 'title', '$schema']);
/** Keywords whose value is a map of names to schemas (its keys are names, not keywords). */
const SCHEMA_MAPS = new Set(['properties', 'definitions', 'patternProperties']);

/**
 * A schema without its documentation (`description`, `title`, `$schema`): what every page ships
 * (about 5 kB gzip less). Property *names* such as a spec's own `description` are kept.
 */
export function withoutDocs(schema: unknown): any {
  if (Array.isArray(schema)) return schema.map(withoutDocs);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DOC_KEYWORDS.has(key)) continue;
    out[key] = SCHEMA_MAPS.has(key)
      ? Object.fromEntries(Object.entries(value as JsonSchema).map(([name, sub]) => [name, withoutDocs(sub)]))
      : key === 'enum' || key === 'const' || key === 'required' ? value : withoutDocs(value);
  }
  return out;
}

/**
 * The runtime schema as a module, so browsers and every bundler load it without JSON-import
 * support; without its documentation (`withoutDocs`: the published v1.json has it).
 */
export function schemaModuleText(schema: JsonSchema): string {
  return `// Generated from types.ts by \`pnpm schema\` (scripts/build-schema.ts); do not edit.
// The runtime schema: ../schema/v1.json without its \`$id\`, its descriptions and titles, and with a
// dataset's \`values\` items left as DataRecord (the record checks enforce each view's record kind).
// A module, so that no bundler needs JSON imports.
import type { Schema } from '@cfworker/json-schema';

export const schemaV1: Schema = ${JSON.stringify(withoutDocs(schema), null, 2)};
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { published, runtime } = buildSchemas();
  writeFileSync(schemaJsonPath, schemaJsonText(published));
  writeFileSync(schemaModulePath, schemaModuleText(runtime));
  console.log(`wrote ${schemaJsonPath}\nwrote ${schemaModulePath}`);
}
