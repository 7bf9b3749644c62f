import { schemaV1 } from './schema.generated.ts';

type Schema = boolean | { [keyword: string]: unknown };

/** The keywords `schemaAccepts` knows; any other keyword in a schema node makes it answer "not sure" (false). */
const KNOWN = new Set([
  '$ref', 'type', 'required', 'properties', 'additionalProperties', 'items', 'enum', 'const',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'if', 'then', 'else', 'allOf', 'definitions',
]);

/**
 * Does the runtime schema accept this value? A yes/no check with no error details and no
 * dependency, for the fast path of validation (`quickValidate`): it walks the same schema as the
 * full validator (@cfworker/json-schema, draft 7) and is at least as strict — a `$ref`'s siblings
 * are checked too, and a keyword it does not know answers false — so `true` means the full
 * validator finds nothing, and `false` means "ask the full validator" (which then words every
 * problem). `value` is the pre-pass's null-prototype copy: every key is an own property.
 */
export function schemaAccepts(value: unknown, schema: Schema = schemaV1 as Schema): boolean {
  return accepts(value, schema);
}

function accepts(value: unknown, schema: Schema): boolean {
  if (schema === true) return true;
  if (schema === false || schema === null || typeof schema !== 'object') return false;
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN.has(keyword)) return false;
  }
  const s = schema as Record<string, any>;
  if (s.$ref !== undefined && !accepts(value, resolveRef(s.$ref))) return false;
  if (s.type !== undefined && !(Array.isArray(s.type) ? s.type.some((t: string) => hasType(value, t)) : hasType(value, s.type))) return false;
  if (s.enum !== undefined && !(Array.isArray(s.enum) && s.enum.some((allowed: unknown) => same(value, allowed)))) return false;
  if (s.const !== undefined && !same(value, s.const)) return false;
  if (typeof value === 'number') {
    if (s.minimum !== undefined && !(value >= s.minimum)) return false;
    if (s.exclusiveMinimum !== undefined && !(value > s.exclusiveMinimum)) return false;
    if (s.maximum !== undefined && !(value <= s.maximum)) return false;
    if (s.exclusiveMaximum !== undefined && !(value < s.exclusiveMaximum)) return false;
  }
  if (isObject(value)) {
    if (s.required !== undefined && !(s.required as string[]).every((key) => Object.hasOwn(value, key))) return false;
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of Object.keys(value)) {
      const own = Object.hasOwn(properties, key);
      if (own && !accepts(value[key], properties[key])) return false;
      if (!own && s.additionalProperties !== undefined && !accepts(value[key], s.additionalProperties)) return false;
    }
  }
  if (Array.isArray(value) && s.items !== undefined) {
    if (Array.isArray(s.items)) return false; // tuples: not used by the schema; the full validator decides
    for (const item of value) if (!accepts(item, s.items)) return false;
  }
  if (s.allOf !== undefined && !(s.allOf as Schema[]).every((branch) => accepts(value, branch))) return false;
  if (s.if !== undefined) {
    const branch = accepts(value, s.if) ? s.then : s.else;
    if (branch !== undefined && !accepts(value, branch)) return false;
  }
  return true;
}

function resolveRef(ref: unknown): Schema {
  const match = typeof ref === 'string' ? /^#\/definitions\/([^/~%]+)$/.exec(ref) : null;
  const definitions = (schemaV1 as { definitions?: Record<string, Schema> }).definitions ?? {};
  return match && Object.hasOwn(definitions, match[1]) ? definitions[match[1]] : false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number';
    case 'integer': return Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    default: return false;
  }
}

/** Equality for enum/const: the schema's are strings, numbers, booleans; anything else is "not sure". */
function same(value: unknown, allowed: unknown): boolean {
  return allowed === null || typeof allowed !== 'object' ? value === allowed : false;
}
