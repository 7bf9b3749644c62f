import { flatRecordKeys } from './check/document-safety.ts';
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

/**
 * The check of a child node, built when it first runs: a spec reaches a few of the schema's
 * definitions (its kind's, the datasets'), and building all of them made a page's first validation
 * of a KPI spec 3.0–3.5 ms instead of 2.4–2.7 (Node, cold), before its first view could draw.
 */
function childCheck(schema: Schema): Check {
  if (typeof schema !== 'object' || schema === null) return checkFor(schema); // true, false
  if (Object.keys(schema).length === 0) return accept;
  const cached = checks.get(schema);
  if (cached) return cached;
  let built: Check | undefined;
  return (value) => (built ??= checkFor(schema))(value);
}

function buildCheck(s: Record<string, any>): Check {
  for (const keyword of Object.keys(s)) {
    if (!KNOWN.has(keyword)) return reject;
  }
  const parts: Check[] = [];
  if (s.$ref !== undefined) parts.push(childCheck(resolveRef(s.$ref)));
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    // One bit per JSON type: a value fits when its bits meet the node's (no closure per value).
    let allowed = 0;
    for (const type of types) allowed |= Object.hasOwn(TYPE_BITS, type) ? TYPE_BITS[type] : 0;
    parts.push((value) => (typeBits(value) & allowed) !== 0);
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
  if (bounds.length > 0) parts.push((value) => typeof value !== 'number' || all(bounds, value));
  if (s.required !== undefined || s.properties !== undefined || s.additionalProperties !== undefined) {
    const required = (s.required ?? []) as string[];
    const properties = new Map(Object.entries((s.properties ?? {}) as Record<string, Schema>).map(([key, child]) => [key, childCheck(child)]));
    // `additionalProperties: {}` (or none) accepts every other key: no call for it.
    const additional = s.additionalProperties === undefined ? accept : childCheck(s.additionalProperties);
    parts.push((value) => {
      if (!isObject(value)) return true;
      for (let i = 0; i < required.length; i++) if (!Object.hasOwn(value, required[i])) return false;
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const check = properties.get(key) ?? additional;
        if (check !== accept && !check(value[key])) return false;
      }
      return true;
    });
  }
  if (s.items !== undefined) {
    if (Array.isArray(s.items)) {
      parts.push((value) => !Array.isArray(value)); // tuples: not used by the schema; the full validator decides
    } else {
      const item = childCheck(s.items);
      const records = flatRecordsCheck(s.items);
      parts.push((value) => {
        if (!Array.isArray(value)) return true;
        const keys = records && flatRecordKeys(value);
        if (keys) return records!(value, keys);
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      });
    }
  }
  if (s.allOf !== undefined) {
    const branches = (s.allOf as Schema[]).map(childCheck);
    parts.push((value) => all(branches, value));
  }
  if (s.if !== undefined) {
    const condition = childCheck(s.if);
    const then = s.then === undefined ? accept : childCheck(s.then);
    const otherwise = s.else === undefined ? accept : childCheck(s.else);
    parts.push((value) => (condition(value) ? then(value) : otherwise(value)));
  }
  if (parts.length === 0) return accept;
  if (parts.length === 1) return parts[0];
  return (value) => all(parts, value);
}

/** Whether every check accepts the value. */
function all(checks: readonly Check[], value: unknown): boolean {
  for (let i = 0; i < checks.length; i++) if (!checks[i](value)) return false;
  return true;
}

/**
 * For an `items` schema that is a plain record — an object whose every other property may be any
 * scalar (`additionalProperties` absent, `{}`, or the four scalar types, as `Cell`), with `required`
 * and `properties` at most — the check of a whole array of flat records (`flatRecordKeys`: the
 * pre-pass saw every value of every item be a scalar, and lists the keys they have): the records
 * are objects, every key beyond `properties` passes, so only `required` keys and the `properties`
 * some record has are read. Undefined for any other schema: then each item is checked.
 */
function flatRecordsCheck(schema: Schema): ((records: unknown[], keys: readonly string[]) => boolean) | undefined {
  const node = withoutRefs(schema);
  if (typeof node !== 'object' || node === null) return undefined;
  for (const keyword of Object.keys(node)) if (!RECORD_KEYWORDS.has(keyword)) return undefined;
  const types: unknown[] | undefined = node.type === undefined ? undefined : Array.isArray(node.type) ? node.type : [node.type];
  if (types !== undefined && !types.includes('object')) return undefined;
  if (!acceptsEveryScalar(node.additionalProperties as Schema | undefined)) return undefined;
  if (node.required !== undefined && !Array.isArray(node.required)) return undefined;
  const required = (node.required ?? []) as string[];
  const properties = Object.entries((node.properties ?? {}) as Record<string, Schema>).map(([key, child]) => [key, childCheck(child)] as const);
  return (records, keys) => {
    const present = properties.filter(([key]) => keys.includes(key));
    if (required.length === 0 && present.length === 0) return true;
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as Record<string, unknown>;
      for (let r = 0; r < required.length; r++) if (!Object.hasOwn(record, required[r])) return false;
      for (let p = 0; p < present.length; p++) {
        const [key, check] = present[p];
        if (Object.hasOwn(record, key) && !check(record[key])) return false;
      }
    }
    return true;
  };
}

const RECORD_KEYWORDS = new Set(['type', 'properties', 'additionalProperties', 'required']);
const SCALAR_TYPES = ['string', 'number', 'boolean', 'null'];

/** A node that is only a `$ref`, followed to the definition it names (a few steps at most; undefined past them). */
function withoutRefs(schema: Schema | undefined): Schema | undefined {
  let node = schema;
  for (let step = 0; step < 8; step++) {
    if (typeof node !== 'object' || node === null) return node;
    const keys = Object.keys(node);
    if (keys.length !== 1 || keys[0] !== '$ref') return node;
    node = resolveRef(node.$ref);
  }
  return undefined;
}

/** Whether `additionalProperties` lets every scalar through: absent, `true`, `{}`, or a bare `type` listing string, number, boolean and null. */
function acceptsEveryScalar(schema: Schema | undefined): boolean {
  if (schema === undefined || schema === true) return true;
  const node = withoutRefs(schema);
  if (typeof node !== 'object' || node === null) return false;
  const keys = Object.keys(node);
  if (keys.length === 0) return true;
  if (keys.length !== 1 || keys[0] !== 'type') return false;
  const types: unknown[] = Array.isArray(node.type) ? node.type : [node.type];
  return SCALAR_TYPES.every((type) => types.includes(type));
}

function resolveRef(ref: unknown): Schema {
  const match = typeof ref === 'string' ? /^#\/definitions\/([^/~%]+)$/.exec(ref) : null;
  const definitions = (schemaV1 as { definitions?: Record<string, Schema> }).definitions ?? {};
  return match && Object.hasOwn(definitions, match[1]) ? definitions[match[1]] : false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The bit of each JSON Schema type; an unknown type name has none (nothing fits it). */
const TYPE_BITS: Readonly<Record<string, number>> = { object: 1, array: 2, string: 4, number: 8, integer: 16, boolean: 32, null: 64 };

/** The types a value has, as `TYPE_BITS`: an integer is also a number; a function or a symbol has none. */
function typeBits(value: unknown): number {
  switch (typeof value) {
    case 'string': return 4;
    case 'number': return Number.isInteger(value) ? 8 | 16 : 8;
    case 'boolean': return 32;
    case 'object': return value === null ? 64 : Array.isArray(value) ? 2 : 1;
    default: return 0;
  }
}

/** Equality for enum/const: the schema's are strings, numbers, booleans; anything else is "not sure". */
function same(value: unknown, allowed: unknown): boolean {
  return allowed === null || typeof allowed !== 'object' ? value === allowed : false;
}
