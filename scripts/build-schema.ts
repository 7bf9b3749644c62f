/**
 * Generates the spec's JSON Schema from packages/spec/src/types.ts (type `Spec`).
 *
 *   pnpm schema            writes packages/spec/schema/v1.json and packages/spec/src/schema.generated.ts
 *
 * The drift test (test/unit/spec/schema-drift.test.ts) calls `buildSchema()` and compares.
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

/** Generates and post-processes the schema. Pure apart from reading types.ts. */
export function buildSchema(): JsonSchema {
  const generated = createGenerator({
    path: resolve(root, 'packages/spec/src/types.ts'),
    tsconfig: resolve(root, 'tsconfig.json'),
    type: 'Spec',
    additionalProperties: false,
    skipTypeCheck: true, // tsc checks types.ts; this keeps the drift test fast
  }).createSchema('Spec') as JsonSchema;

  const definitions: Record<string, JsonSchema> = generated.definitions;
  for (const [name, definition] of Object.entries(definitions)) {
    definitions[name] = rewriteUnions(definition, definitions);
  }
  assertNoUnions(definitions);
  return {
    $schema: generated.$schema,
    title: 'Tongxin spec, version 1',
    description: 'A Tongxin spec: a dashboard or one view. Generated from packages/spec/src/types.ts by `pnpm schema`; do not edit.',
    $ref: generated.$ref,
    definitions,
  };
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
  throw new Error(`build-schema: cannot tell the branches of this union apart: ${JSON.stringify(branches)}`);
}

function assertNoUnions(schema: unknown): void {
  if (schema === null || typeof schema !== 'object') return;
  if ('anyOf' in schema || 'oneOf' in schema) throw new Error('build-schema: a union was left as anyOf/oneOf');
  for (const value of Object.values(schema)) assertNoUnions(value);
}

/** The committed JSON file's text. */
export function schemaJsonText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The same schema as a module, so browsers and every bundler load it without JSON-import support. */
export function schemaModuleText(schema: JsonSchema): string {
  return `// Generated from types.ts by \`pnpm schema\` (scripts/build-schema.ts); do not edit.
// The same object as ../schema/v1.json, as a module so that no bundler needs JSON imports.
import type { Schema } from '@cfworker/json-schema';

export const schemaV1: Schema = ${JSON.stringify(schema, null, 2)};
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const schema = buildSchema();
  writeFileSync(schemaJsonPath, schemaJsonText(schema));
  writeFileSync(schemaModulePath, schemaModuleText(schema));
  console.log(`wrote ${schemaJsonPath}\nwrote ${schemaModulePath}`);
}
