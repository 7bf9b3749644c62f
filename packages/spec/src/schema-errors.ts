import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { specError, type SpecError } from './errors.ts';
import { jsonType } from './migrate.ts';
import { hasOwn, own } from './own.ts';
import { pointerChild, pointerTokens } from './pointer.ts';
import { schemaV1 } from './schema.generated.ts';
import { suggest } from './suggest.ts';
import type { Locale } from './types.ts';

type Node = Record<string, any>;

let validator: Validator | undefined;

/**
 * Checks a spec against the generated JSON Schema with @cfworker/json-schema, an interpreter
 * (no eval, no new Function: fine under a strict CSP), and turns its output into `SpecError`s.
 *
 * The validator reports every failing keyword, wrappers included ("Property views does not match
 * schema"). We keep the leaves — type, required, additionalProperties: false, enum, bounds — and
 * write each in our own words with the allowed values read from the schema. The schema has no
 * `anyOf` (build-schema rewrites unions into if/then on `kind` or the JSON type), so every leaf
 * belongs to the one branch the instance chose.
 */
export function schemaErrors(spec: unknown, locale: Locale): SpecError[] {
  // The interpreter walks objects with `for…in` (additionalProperties, patternProperties) and reads
  // schema keywords by destructuring, so an enumerable key on a polluted Object.prototype would
  // look like a property of every object. It gets null-prototype copies: `spec` is the pre-pass's
  // (validate.ts), the schema is copied once here.
  validator ??= new Validator(nullPrototypeCopy(schemaV1) as typeof schemaV1, '7', false);
  const result = validator.validate(spec);
  if (result.valid) return [];
  return result.errors.flatMap((unit) => errorsOfUnit(unit, spec, locale));
}

/** Keywords that only say "something below me failed". */
const wrapperKeywords = new Set(['$ref', 'properties', 'items', 'allOf', 'if', 'then', 'else', 'false']);

/** Keywords whose failures we word ourselves; the schema uses no others (a test checks). */
export const handledKeywords = new Set([
  'type', 'required', 'additionalProperties', 'enum', 'const',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum',
]);

function errorsOfUnit(unit: OutputUnit, spec: unknown, locale: Locale): SpecError[] {
  const { keyword } = unit;
  if (wrapperKeywords.has(keyword)) return [];
  const path = instancePointer(unit.instanceLocation);
  const value = valueAt(spec, path);
  const node = schemaNodeOf(unit.keywordLocation);

  switch (keyword) {
    case 'type': {
      const expected: string[] = Array.isArray(node.type) ? node.type : [node.type];
      const actual = typeof value === 'number' && !Number.isInteger(value) && expected.includes('integer') ? 'number' : jsonType(value);
      return [specError('wrong-type', path, { expected, actual }, locale)];
    }
    case 'required': {
      return (node.required as string[])
        .filter((property) => !hasOwn(value, property))
        .map((property) => specError('missing-property', path, { property }, locale));
    }
    case 'additionalProperties': {
      if (node.additionalProperties !== false) return []; // a schema for the extra properties: its own leaves report
      const known = Object.keys(node.properties ?? {});
      return Object.keys(value as object)
        .filter((property) => !known.includes(property))
        .map((property) => {
          const params = { property, known, suggestion: suggest(property, known) };
          if (params.suggestion === undefined) delete params.suggestion;
          return specError('unknown-property', pointerChild(path, property), params, locale);
        });
    }
    case 'enum':
    case 'const': {
      const allowed: unknown[] = keyword === 'enum' ? node.enum : [node.const];
      const names = allowed.filter((a): a is string => typeof a === 'string');
      const suggestion = typeof value === 'string' ? suggest(value, names) : undefined;
      const isKind = pointerTokens(path).at(-1) === 'kind';
      if (isKind) {
        return [specError('unknown-kind', path, withSuggestion({ value, known: names }, suggestion), locale)];
      }
      return [specError('not-allowed-value', path, withSuggestion({ value, allowed }, suggestion), locale)];
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const comparison = ({ minimum: '>=', exclusiveMinimum: '>', maximum: '<=', exclusiveMaximum: '<' } as const)[keyword];
      return [specError('out-of-range', path, { value: value as number, limit: node[keyword], comparison }, locale)];
    }
    default:
      return [specError('schema-violation', path, { keyword, detail: unit.error }, locale)];
  }
}

function withSuggestion<T extends object>(params: T, suggestion: string | undefined): T & { suggestion?: string } {
  return suggestion === undefined ? params : { ...params, suggestion };
}

/** cfworker's `#/a/b%20c` (URI-encoded JSON Pointer) → `/a/b c`. */
function instancePointer(location: string): string {
  const tokens = location.replace(/^#/, '').split('/').slice(1);
  return tokens.map((token) => `/${decodeURIComponent(token)}`).join('');
}

function valueAt(document: unknown, pointer: string): unknown {
  let value: unknown = document;
  for (const token of pointerTokens(pointer)) value = own(value, token);
  return value;
}

/** The schema with every object's prototype null (it is small, JSON, and shallow: recursion is fine here). */
function nullPrototypeCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullPrototypeCopy);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) copy[key] = nullPrototypeCopy((value as Record<string, unknown>)[key]);
  return copy;
}

/** The schema object holding the failing keyword: walk the keyword location, following `$ref`s. */
function schemaNodeOf(keywordLocation: string): Node {
  const tokens = pointerTokens(keywordLocation.replace(/^#/, '')).map((token) => decodeURIComponent(token));
  let node: Node = schemaV1 as Node;
  for (const token of tokens.slice(0, -1)) {
    node = token === '$ref' ? (valueAt(schemaV1, (node.$ref as string).replace(/^#/, '')) as Node) : (own(node, token) as Node);
  }
  return node;
}

