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
  return checkFor(schema)(value);
}

/** A schema node as a function of the value: built once per node, so a record pays no schema walk. */
type Check = (value: unknown) => boolean;

const accept: Check = () => true;
const reject: Check = () => false;
const checks = new WeakMap<object, Check>();

/**
 * The check of one schema node, from the cache. Closures over the schema's own values, never code
 * from text (no eval, as the CSP wants). A `$ref` back to a node being built (recursive
 * definitions) gets a forwarder to it until it is done.
 */
function checkFor(schema: Schema): Check {
  if (schema === true) return accept;
  if (schema === false || schema === null || typeof schema !== 'object') return reject;
  const cached = checks.get(schema);
  if (cached) return cached;
  let built: Check | undefined;
  checks.set(schema, (value) => built!(value));
  built = buildCheck(schema);
  checks.set(schema, built);
  return built;
}

function buildCheck(s: Record<string, any>): Check {
  for (const keyword of Object.keys(s)) {
    if (!KNOWN.has(keyword)) return reject;
  }
  const parts: Check[] = [];
  if (s.$ref !== undefined) parts.push(checkFor(resolveRef(s.$ref)));
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    parts.push(types.length === 1 ? (value) => hasType(value, types[0]) : (value) => types.some((t) => hasType(value, t)));
  }
  if (s.enum !== undefined) {
    // Equality as `same`: the schema's enums are strings, numbers, booleans; an object never matches.
    const allowed = Array.isArray(s.enum) ? new Set(s.enum.filter((a: unknown) => a === null || typeof a !== 'object')) : new Set();
    parts.push((value) => (value === null || typeof value !== 'object') && allowed.has(value) && !Number.isNaN(value));
  }
  if (s.const !== undefined) {
    const wanted = s.const;
    parts.push((value) => same(value, wanted));
  }
  const bounds: Check[] = [];
  if (s.minimum !== undefined) bounds.push((n) => (n as number) >= s.minimum);
  if (s.exclusiveMinimum !== undefined) bounds.push((n) => (n as number) > s.exclusiveMinimum);
  if (s.maximum !== undefined) bounds.push((n) => (n as number) <= s.maximum);
  if (s.exclusiveMaximum !== undefined) bounds.push((n) => (n as number) < s.exclusiveMaximum);
  if (bounds.length > 0) parts.push((value) => typeof value !== 'number' || bounds.every((b) => b(value)));
  if (s.required !== undefined || s.properties !== undefined || s.additionalProperties !== undefined) {
    const required = (s.required ?? []) as string[];
    const properties = new Map(Object.entries((s.properties ?? {}) as Record<string, Schema>).map(([key, child]) => [key, checkFor(child)]));
    const additional = s.additionalProperties === undefined ? undefined : checkFor(s.additionalProperties);
    parts.push((value) => {
      if (!isObject(value)) return true;
      for (const key of required) if (!Object.hasOwn(value, key)) return false;
      for (const key of Object.keys(value)) {
        const property = properties.get(key);
        if (property ? !property(value[key]) : additional !== undefined && !additional(value[key])) return false;
      }
      return true;
    });
  }
  if (s.items !== undefined) {
    if (Array.isArray(s.items)) {
      parts.push((value) => !Array.isArray(value)); // tuples: not used by the schema; the full validator decides
    } else {
      const item = checkFor(s.items);
      parts.push((value) => {
        if (!Array.isArray(value)) return true;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      });
    }
  }
  if (s.allOf !== undefined) {
    const branches = (s.allOf as Schema[]).map(checkFor);
    parts.push((value) => branches.every((branch) => branch(value)));
  }
  if (s.if !== undefined) {
    const condition = checkFor(s.if);
    const then = s.then === undefined ? accept : checkFor(s.then);
    const otherwise = s.else === undefined ? accept : checkFor(s.else);
    parts.push((value) => (condition(value) ? then(value) : otherwise(value)));
  }
  if (parts.length === 0) return accept;
  if (parts.length === 1) return parts[0];
  return (value) => {
    for (let i = 0; i < parts.length; i++) if (!parts[i](value)) return false;
    return true;
  };
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
