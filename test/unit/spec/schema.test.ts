import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema, schemaJsonPath, schemaJsonText, schemaModulePath, schemaModuleText } from '../../../scripts/build-schema.ts';
import { schemaV1 } from '../../../packages/spec/src/index.ts';
import { handledKeywords } from '../../../packages/spec/src/schema-errors.ts';

const schema = buildSchema();

describe('JSON Schema v1', () => {
  it('is what `pnpm schema` generates from types.ts (no drift): run `pnpm schema` after editing types.ts', () => {
    expect(readFileSync(schemaJsonPath, 'utf8')).toBe(schemaJsonText(schema));
    expect(readFileSync(schemaModulePath, 'utf8')).toBe(schemaModuleText(schema));
    expect(schemaV1).toEqual(schema);
  });

  it('carries the doc comments of types.ts as descriptions', () => {
    const d = schema.definitions;
    expect(d.Dataset.properties.illustrative.description).toContain('示意数据');
    expect(d.GridPlacement.properties.x.description).toContain('First column');
    expect(d.StationCoverageView.properties.serviceRadius.description).toContain('metres');
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
    // Every open object is a `meta`, a free record (DataRecord) or inline geometry.
    expect(open.filter((at) => !/\/meta$|^\/DataRecord$|^\/InlineGeometry$/.test(at))).toEqual([]);
    expect(open.some((at) => at.endsWith('/meta'))).toBe(true);
  });

  it('has no anyOf/oneOf: unions are if/then on kind or JSON type, so errors name one branch', () => {
    expect(JSON.stringify(schema)).not.toMatch(/"(anyOf|oneOf)"/);
    expect(schema.definitions.Spec.properties.kind.enum).toEqual(['dashboard', 'county-map', 'station-coverage', 'activity-trend', 'fund-chart', 'kpi']);
    expect(schema.definitions.View.properties.kind.enum).toEqual(['county-map', 'station-coverage', 'activity-trend', 'fund-chart', 'kpi']);
  });

  it('uses only keywords whose failures the validator words itself', () => {
    const structural = new Set(['$schema', '$ref', 'title', 'description', 'definitions', 'properties', 'items', 'allOf', 'if', 'then']);
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
