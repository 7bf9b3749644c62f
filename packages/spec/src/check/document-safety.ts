import { FORBIDDEN_KEYS, MAX_DEPTH } from '../limits.ts';
import { pointerChild } from '../pointer.ts';

/** What the pre-pass finds; each is a `SpecError` code. */
export type SafetyProblem =
  | { code: 'forbidden-key'; pointer: string; params: { key: string } }
  | { code: 'non-finite-number'; pointer: string; params: { value: 'Infinity' | '-Infinity' | 'NaN' } }
  | { code: 'too-deep'; pointer: string; params: { limit: number } }
  | { code: 'not-json-value'; pointer: string; params: { actual: 'function' | 'symbol' | 'bigint' | 'undefined' | 'circular' } };

export interface Inspection {
  problems: SafetyProblem[];
  /**
   * With `copy`, and only when there are no problems: the same JSON built from own enumerable
   * properties only, every object without Object.prototype in its chain (its prototype is one
   * frozen empty object with a null prototype, so neither `for…in` nor `value[key]` can reach an
   * inherited key), properties whose value is `undefined` left out.
   */
  copy?: unknown;
}

/**
 * One walk: its problems, and the way down to the object being read —
 * `ancestors[d]` the object or array at depth d (for cycles), `keys[d]` its key in its parent
 * (for pointers). Both are only read up to the current depth: a sibling's leftovers below do not count.
 */
interface Walk {
  problems: SafetyProblem[];
  ancestors: object[];
  keys: (string | number)[];
  /** Set by `readOwn`: the object's keys when every value is a scalar (a flat record), else undefined. */
  flat: string[] | undefined;
}

const forbidden = new Set(FORBIDDEN_KEYS);

/**
 * The lengths of the forbidden keys, one bit each: a key of another length (nearly every key) is
 * told apart by its length alone, cheaper than a Set lookup for every key of every record.
 */
const FORBIDDEN_LENGTHS = FORBIDDEN_KEYS.reduce((bits, key) => bits | (key.length < 31 ? 1 << key.length : 1 << 31), 0);

/** Whether a key reaches a prototype (`FORBIDDEN_KEYS`). */
function isForbidden(key: string): boolean {
  const length = key.length;
  return (FORBIDDEN_LENGTHS & (length < 31 ? 1 << length : 1 << 31)) !== 0 && forbidden.has(key);
}

/**
 * `MAX_DEPTH`, read once: the walk compares against it for every value, and where modules are
 * compiled to CommonJS (tsx, which runs the benchmarks and tests) each read of an imported binding
 * is a getter call.
 */
const DEPTH_LIMIT = MAX_DEPTH;

/**
 * The pre-pass every spec and every loaded dataset goes through before anything else reads it:
 * keys that reach a prototype (`__proto__`, `constructor`, `prototype`), numbers that are not
 * finite (JSON's `1e400` parses as Infinity; a JS object may hold NaN), values nested deeper than
 * `MAX_DEPTH`, and values JSON cannot hold (functions, symbols, bigints, cycles).
 *
 * Each value is read once (a getter runs once; the copy holds what it returned). Recursive only
 * down to `MAX_DEPTH` — a deeper value is reported and not entered — so no input can overflow the
 * call stack; over own enumerable keys only (`Object.keys`), so a polluted `Object.prototype` adds
 * nothing. Problems come in the order of the walk: an object's own keys and items first, then each
 * object or array below it in turn. Pointers are relative to `value` (the spec, or a dataset's
 * contents); only built for problems.
 */
export function inspectJson(value: unknown, options: { copy?: boolean } = {}): Inspection {
  const problems: SafetyProblem[] = [];
  const copying = options.copy === true;
  const rootCopy = leaf(value, problems);
  if (rootCopy !== container) return copying && problems.length === 0 ? { problems, copy: rootCopy } : { problems };
  const target = copying ? emptyLike(value as object) : undefined;
  read({ problems, ancestors: [], keys: [''], flat: undefined }, value as object, target, 0);
  return copying && problems.length === 0 ? { problems, copy: target } : { problems };
}

/**
 * Reads one object or array at `depth` into `target` (its empty copy, when copying): scalars at once,
 * an array of finite numbers sliced, every other object or array after this one's own keys, in order.
 * A child past `MAX_DEPTH` is reported once, and nothing after it in this object is read.
 * When copying, returns the keys of a flat object (every value a scalar: a record), and marks a copied
 * array whose items are all flat objects with the keys they have (`flatRecordKeys`).
 */
function read(walk: Walk, value: object, target: Record<string | number, unknown> | unknown[] | undefined, depth: number): string[] | undefined {
  walk.ancestors[depth] = value;
  if (Array.isArray(value)) {
    readItems(walk, value, target as unknown[] | undefined, depth);
    return undefined;
  }
  const below = readOwn(walk, value as Record<string, unknown>, target as Record<string, unknown> | undefined, depth);
  if (below === undefined) return target ? walk.flat : undefined;
  readBelow(walk, below, depth + 1);
  return undefined;
}

/**
 * An object's own keys, in order: scalars copied, problems reported, object and array children
 * given their empty copy. Returns those children to read after (`Below`), or undefined when there
 * are none; sets `walk.flat` to the keys when every value is a scalar (a flat record).
 */
function readOwn(walk: Walk, object: Record<string, unknown>, copy: Record<string, unknown> | undefined, depth: number): unknown[] | undefined {
  const { problems } = walk;
  const childDepth = depth + 1;
  let below: unknown[] | undefined;
  const keys = Object.keys(object);
  let flat: string[] | undefined = keys;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (isForbidden(key)) {
      problems.push({ code: 'forbidden-key', pointer: pointerAt(walk, depth, key), params: { key } });
      flat = undefined;
      continue;
    }
    const item = object[key];
    if (item === undefined) {
      flat = undefined; // absent, as JSON.stringify has it: the copy's keys are fewer
      continue;
    }
    if (childDepth > DEPTH_LIMIT) {
      problems.push({ code: 'too-deep', pointer: pointerAt(walk, depth, key), params: { limit: MAX_DEPTH } });
      flat = undefined;
      break;
    }
    if (typeof item !== 'object' || item === null) {
      const scalar = scalarCopy(walk, depth, key, item);
      if (copy) copy[key] = scalar;
      continue;
    }
    flat = undefined;
    const child = objectChild(walk, depth, key, item, copy);
    if (child) below = defer(below, key, item, child === true ? undefined : child, undefined);
  }
  walk.flat = flat;
  return below;
}

/**
 * An array's items, in order. An object item is read at once (`readOwn`): a flat record, the bulk
 * of a table, costs no entry in `below` and no call of its own. What the walk would have found in
 * it later — its problems, its own children — waits in `below` (as `Read`), so problems still come
 * in the walk's order: every item of this array first, then each item's own, then below it.
 */
function readItems(walk: Walk, items: unknown[], copy: unknown[] | undefined, depth: number): void {
  const { problems } = walk;
  const childDepth = depth + 1;
  let below: unknown[] | undefined;
  /** The keys of the flat items so far, first seen first; undefined once an item is not flat. */
  let union: string[] | undefined = copy && items.length > 0 ? [] : undefined;
  let last: string[] | undefined;
  for (let i = 0; i < items.length; i++) {
    // A hole or `undefined` item is not JSON (JSON.stringify would write null).
    const item: unknown = Object.hasOwn(items, i) ? items[i] : undefined;
    if (item === undefined) {
      problems.push({ code: 'not-json-value', pointer: pointerAt(walk, depth, i), params: { actual: 'undefined' } });
      union = undefined;
      continue;
    }
    if (childDepth > DEPTH_LIMIT) {
      problems.push({ code: 'too-deep', pointer: pointerAt(walk, depth, i), params: { limit: MAX_DEPTH } });
      union = undefined;
      break;
    }
    if (typeof item !== 'object' || item === null) {
      const scalar = scalarCopy(walk, depth, i, item);
      if (copy) copy[i] = scalar;
      union = undefined;
      continue;
    }
    if (Array.isArray(item)) {
      const child = objectChild(walk, depth, i, item, copy as Record<number, unknown> | undefined);
      if (child) below = defer(below, i, item, child === true ? undefined : child, undefined);
      union = undefined;
      continue;
    }
    if (isAncestor(walk, depth, item)) {
      problems.push({ code: 'not-json-value', pointer: pointerAt(walk, depth, i), params: { actual: 'circular' } });
      union = undefined;
      continue;
    }
    const target = copy ? (Object.create(JSON_OBJECT) as Record<string, unknown>) : undefined;
    if (copy) copy[i] = target;
    walk.ancestors[childDepth] = item;
    walk.keys[childDepth] = i;
    const found = problems.length;
    const grandchildren = readOwn(walk, item as Record<string, unknown>, target, childDepth);
    const keys = walk.flat;
    if (grandchildren !== undefined || problems.length > found) {
      const later: Read = { problems: problems.length > found ? problems.splice(found) : NONE, below: grandchildren };
      below = defer(below, i, item, target, later);
    }
    if (union === undefined) continue;
    if (keys === undefined) union = undefined;
    else if (!sameKeys(keys, last)) {
      for (const key of keys) if (!union.includes(key)) union.push(key);
      last = keys;
    }
  }
  if (below) readBelow(walk, below, childDepth);
  if (union) flatRecords.set(copy!, union);
}

/** No problems: shared by every item read at once without any. */
const NONE: SafetyProblem[] = [];

/**
 * `below` with one more child to read after: its key, value, copy, and `Read` when read already.
 * The first makes a list of exactly four (most objects of a spec have one object below them).
 */
function defer(below: unknown[] | undefined, key: string | number, item: unknown, copy: unknown, done: Read | undefined): unknown[] {
  if (below === undefined) return [key, item, copy, done];
  below.push(key, item, copy, done);
  return below;
}

/** What the walk found in an item read at once and reports in its turn: its own problems, then the children below it. */
interface Read {
  problems: SafetyProblem[];
  below: unknown[] | undefined;
}

/**
 * The objects and arrays below one, each in turn at `depth`: key, value, copy, and `Read` when the
 * item was read already (undefined when it is still to read), four entries each.
 */
function readBelow(walk: Walk, below: unknown[], depth: number): void {
  for (let i = 0; i < below.length; i += 4) {
    walk.keys[depth] = below[i] as string | number;
    const done = below[i + 3] as Read | undefined;
    if (done === undefined) {
      read(walk, below[i + 1] as object, below[i + 2] as Record<string, unknown> | unknown[] | undefined, depth);
      continue;
    }
    walk.ancestors[depth] = below[i + 1] as object;
    for (const problem of done.problems) walk.problems.push(problem);
    if (done.below) readBelow(walk, done.below, depth + 1);
  }
}

/** Whether two key lists are the same, in the same order (records written alike). */
function sameKeys(keys: string[], other: string[] | undefined): boolean {
  if (other === undefined || keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== other[i]) return false;
  return true;
}

/**
 * Arrays of a copy whose items are all flat objects (records: every value a string, a finite number,
 * a boolean or null), with every key their items have, first seen first. Set by the walk that made
 * the copy, so the schema and the record checks can skip listing each record's keys again.
 */
const flatRecords = new WeakMap<unknown[], readonly string[]>();

/**
 * When `array` is an array of a pre-pass copy whose items are all flat objects: the keys they have
 * (each at least once, first seen first; no others). Undefined for anything else, the caller's arrays included.
 */
export function flatRecordKeys(array: unknown): readonly string[] | undefined {
  return Array.isArray(array) ? flatRecords.get(array) : undefined;
}

/** A scalar child as copied; a number that is not finite, or a value JSON cannot hold, reported. */
function scalarCopy(walk: Walk, depth: number, key: string | number, value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) {
        const text = Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
        walk.problems.push({ code: 'non-finite-number', pointer: pointerAt(walk, depth, key), params: { value: text } });
      }
      return value;
    case 'object':
      return null; // the only object that is a scalar
    default:
      walk.problems.push({ code: 'not-json-value', pointer: pointerAt(walk, depth, key), params: { actual: typeof value as 'function' | 'symbol' | 'bigint' | 'undefined' } });
      return undefined;
  }
}

/**
 * An object or array child of the object at `depth`: an array of finite numbers is sliced into the
 * copy (the bulk of GeoJSON: nothing below it to read); a cycle is reported; anything else gets its
 * empty copy and is to be read. Returns that copy (`true` when not copying), or undefined when done.
 */
function objectChild(walk: Walk, depth: number, key: string | number, child: object, copy: Record<string | number, unknown> | undefined): Record<string, unknown> | unknown[] | true | undefined {
  if (Array.isArray(child) && depth + 1 < DEPTH_LIMIT && finiteNumbers(child)) {
    if (copy) copy[key] = child.slice();
    return undefined;
  }
  if (isAncestor(walk, depth, child)) {
    walk.problems.push({ code: 'not-json-value', pointer: pointerAt(walk, depth, key), params: { actual: 'circular' } });
    return undefined;
  }
  if (!copy) return true;
  const target = emptyLike(child);
  copy[key] = target;
  return target;
}

/** Whether `child` is the object at `depth` or one above it: a cycle. */
function isAncestor(walk: Walk, depth: number, child: object): boolean {
  for (let d = depth; d >= 0; d--) if (walk.ancestors[d] === child) return true;
  return false;
}

/** Whether every item of a (non-empty) array is an own, finite number. */
function finiteNumbers(items: unknown[]): boolean {
  if (items.length === 0) return false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'number' || !Number.isFinite(item) || !Object.hasOwn(items, i)) return false;
  }
  return true;
}

/** Marks a root that is an object or array, to be walked. */
const container = Symbol('container');

/** The root as it is copied when it is a scalar (its problems at pointer ''), or `container`. */
function leaf(value: unknown, problems: SafetyProblem[]): unknown {
  if (typeof value === 'object' && value !== null) return container;
  return scalarCopy({ problems, ancestors: [], keys: [], flat: undefined }, ROOT, '', value);
}

/** Above every copied object: itself without a prototype, so nothing of Object.prototype is reachable. */
const JSON_OBJECT = Object.freeze(Object.create(null) as object);

/**
 * Whether `value` is an object as the pre-pass copies them (`inspectJson(…, { copy: true })`): its
 * prototype is the frozen, empty, null-prototype object, so a plain `value.field` read is an own read,
 * exactly `own(value, 'field')`, and faster. (Arrays of a copy are plain arrays: not these.)
 */
export function isJsonCopy(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === JSON_OBJECT;
}

/**
 * An empty copy: an array, or an object with no Object.prototype in its chain that is still a fast
 * object (`Object.create(null)` makes a dictionary: slower to build and to read for everything after).
 */
function emptyLike(value: object): Record<string, unknown> | unknown[] {
  return Array.isArray(value) ? new Array(value.length) : (Object.create(JSON_OBJECT) as Record<string, unknown>);
}

/** The depth "above the root": a problem there is the root's own, at pointer ''. */
const ROOT = -1;

/** The pointer of the child `key` of the object at `depth`: the walk's keys down to it, then `key`; '' for the root itself. */
function pointerAt(walk: Walk, depth: number, key: string | number): string {
  if (depth === ROOT) return '';
  let pointer = '';
  for (let d = 1; d <= depth; d++) pointer = pointerChild(pointer, walk.keys[d]);
  return pointerChild(pointer, key);
}
