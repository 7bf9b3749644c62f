import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemas, RECORD_TYPES, SCHEMA_ID, schemaJsonPath, schemaJsonText, schemaModulePath, schemaModuleText, withoutDocs } from '../../../scripts/build-schema.ts';
import { RECORD_CONTRACTS, type RecordKind, schemaV1 } from '../../../packages/spec/src/index.ts';
import { handledKeywords } from '../../../packages/spec/src/schema-errors.ts';

const { published, runtime } = buildSchemas();
/** What the validator interprets; most properties below hold for it. */
const schema = runtime;

describe('JSON Schema v1', () => {
  it('is what `pnpm schema` generates from types.ts (no drift), both outputs: run `pnpm schema` after editing types.ts', () => {
    expect(readFileSync(schemaJsonPath, 'utf8')).toBe(schemaJsonText(published));
    expect(readFileSync(schemaModulePath, 'utf8')).toBe(schemaModuleText(runtime));
    expect(schemaV1).toEqual(withoutDocs(runtime));
    // Only documentation is left out: property names such as a spec's own `description` stay.
    expect(Object.keys(schemaV1.definitions!.DashboardSpec.properties!)).toContain('description');
    expect(JSON.stringify(schemaV1)).not.toContain('Generated from');
  });

  it('published: has an $id, and offers the four record kinds (and any table) for a dataset\'s values', () => {
    const file = JSON.parse(readFileSync(schemaJsonPath, 'utf8'));
    expect(file.$id).toBe(SCHEMA_ID);
    expect(SCHEMA_ID).toBe('https://tongxin.dev/schema/v1.json');
    const table = file.definitions.Dataset.properties.values.allOf.find((branch: { if: { type: string } }) => branch.if.type === 'array').then;
    expect(table.items.anyOf).toEqual(['StationRecord', 'ActivityRecord', 'FundRecord', 'KpiRecord', 'DataRecord'].map((name) => ({ $ref: `#/definitions/${name}` })));
    expect(table.items.description).toContain('extraFields');
    // The only anyOf in the published schema is that one.
    expect(JSON.stringify(file).match(/"anyOf"/g)).toHaveLength(1);
  });

  it('runtime: the published schema without $id, with values items left as DataRecord (the record checks enforce the kinds)', () => {
    expect(runtime.$id).toBeUndefined();
    const table = runtime.definitions.Dataset.properties.values.allOf.find((branch: { if: { type: string } }) => branch.if.type === 'array').then;
    expect(table.items).toEqual({ $ref: '#/definitions/DataRecord' });
    const { $id, ...withoutId } = published;
    expect($id).toBe(SCHEMA_ID);
    const loosened = structuredClone(withoutId);
    loosened.definitions.Dataset.properties.values.allOf[0].then.items = { $ref: '#/definitions/DataRecord' };
    expect(loosened).toEqual(runtime);
  });

  it('defines the record kinds; the record checks\' field table is the same contract', () => {
    const kinds: Record<(typeof RECORD_TYPES)[number], RecordKind> = { StationRecord: 'station', ActivityRecord: 'activity', FundRecord: 'fund', KpiRecord: 'kpi' };
    for (const name of RECORD_TYPES) {
      const definition = schema.definitions[name];
      expect(definition.additionalProperties, name).toBe(false);
      const contract = RECORD_CONTRACTS[kinds[name]];
      expect(Object.keys(definition.properties).sort(), name).toEqual(Object.keys(contract).sort());
      expect([...(definition.required ?? [])].sort(), name).toEqual(Object.keys(contract).filter((field) => contract[field].required).sort());
      for (const [field, property] of Object.entries<{ type?: string; $ref?: string }>(definition.properties)) {
        const type = property.type ?? schema.definitions[property.$ref!.replace('#/definitions/', '')].type;
        expect(type, `${name}.${field}`).toBe(contract[field].type);
      }
      // Every record may carry these.
      expect(Object.keys(definition.properties), name).toEqual(expect.arrayContaining(['qualifier', 'source', 'illustrative', 'meta']));
    }
    // A table's record: scalar cells and a free meta.
    expect(schema.definitions.DataRecord.properties).toEqual({ meta: expect.objectContaining({ type: 'object' }) });
    expect(schema.definitions.DataRecord.additionalProperties).toEqual({ $ref: '#/definitions/Cell' });
    expect(schema.definitions.Dataset.properties.extraFields).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('carries the doc comments of types.ts as descriptions', () => {
    const d = schema.definitions;
    expect(d.Dataset.properties.illustrative.description).toContain('示意数据');
    expect(d.GridPlacement.properties.x.description).toContain('First column');
    expect(d.StationCoverageView.properties.serviceRadius.description).toContain('metres');
    expect(d.FundRecord.properties.amount.description).toContain('Yuan');
    expect(d.Dataset.properties.extraFields.description).toContain('kept and ignored');
  });

  it('forbids extra properties everywhere except meta, free records and geometry', () => {
    const open: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object' && n.properties && !n.allOf && n.additionalProperties !== false) open.push(at); // allOf: the kind wrapper; its branches decide
      if (n.type === 'object' && !n.properties && !n.allOf && n.additionalProperties !== undefined) {
        const extra = n.additionalProperties as Record<string, unknown>;
        if (!extra.$ref) open.push(at); // a free record such as meta
      }
      for (const [key, value] of Object.entries(n)) walk(value, `${at}/${key}`);
    };
    walk(schema.definitions, '');
    // Every open object is a `meta`, a free record (DataRecord), inline geometry, or a dataset's
    // `fields` (view field → source column: a map whose values are strings).
    expect(open.filter((at) => !/\/meta$|^\/DataRecord$|^\/InlineGeometry$|^\/Dataset\/properties\/fields$/.test(at))).toEqual([]);
    expect(open.some((at) => at.endsWith('/meta'))).toBe(true);
  });

  it('has no anyOf/oneOf: unions are if/then on kind or JSON type, so errors name one branch', () => {
    // As keywords, that is: a property may be named `oneOf` (a filter's list of values).
    const keywords = new Set<string>();
    const collect = (node: unknown, isPropertyMap: boolean): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((item) => collect(item, false));
      for (const [key, value] of Object.entries(node)) {
        if (!isPropertyMap) keywords.add(key);
        collect(value, !isPropertyMap && (key === 'properties' || key === 'definitions'));
      }
    };
    collect(schema, false);
    expect(keywords.has('anyOf') || keywords.has('oneOf')).toBe(false);
    expect(schema.definitions.FieldPredicate.properties.oneOf.type).toBe('array');
    expect(schema.definitions.Spec.properties.kind.enum).toEqual(['dashboard', 'county-map', 'station-coverage', 'activity-trend', 'fund-chart', 'kpi']);
    expect(schema.definitions.View.properties.kind.enum).toEqual(['county-map', 'station-coverage', 'activity-trend', 'fund-chart', 'kpi']);
  });

  it('uses only keywords whose failures the validator words itself', () => {
    // `else`: the transforms' if/then/else chain on their one required key (filter, aggregate, fold…).
    const structural = new Set(['$schema', '$ref', 'title', 'description', 'definitions', 'properties', 'items', 'allOf', 'if', 'then', 'else']);
    const used = new Set<string>();
    const values = new Set(['enum', 'const', 'required', 'type', 'description', 'title', '$schema', '$ref']);
    const walk = (node: unknown, isPropertyMap: boolean) => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((item) => walk(item, false)); // allOf's schemas
      for (const [key, value] of Object.entries(node)) {
        if (!isPropertyMap) used.add(key);
        if (!isPropertyMap && values.has(key)) continue; // data, not schemas
        walk(value, !isPropertyMap && (key === 'properties' || key === 'definitions'));
      }
    };
    walk(schema, false);
    const unhandled = [...used].filter((k) => !structural.has(k) && !handledKeywords.has(k));
    expect(unhandled).toEqual([]);
  });
});
