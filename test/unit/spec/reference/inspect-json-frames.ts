import { FORBIDDEN_KEYS, MAX_DEPTH } from '../../../../packages/spec/src/limits.ts';
import { pointerChild } from '../../../../packages/spec/src/pointer.ts';

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

/** One object or array being walked: where it sits and, when copying, its copy. */
interface Frame {
  value: object;
  target: Record<string | number, unknown> | unknown[] | undefined;
  parent: Frame | undefined;
  key: string | number;
  depth: number;
}

const forbidden = new Set(FORBIDDEN_KEYS);

/**
 * The pre-pass every spec and every loaded dataset goes through before anything else reads it:
 * keys that reach a prototype (`__proto__`, `constructor`, `prototype`), numbers that are not
 * finite (JSON's `1e400` parses as Infinity; a JS object may hold NaN), values nested deeper than
 * `MAX_DEPTH`, and values JSON cannot hold (functions, symbols, bigints, cycles).
 *
 * Iterative — an explicit stack, no recursion — so no input can overflow the call stack, and
 * over own enumerable keys only (`Object.keys`), so a polluted `Object.prototype` adds nothing.
 * Pointers are relative to `value` (the spec, or a dataset's contents); only built for problems.
 */
export function inspectJson(value: unknown, options: { copy?: boolean } = {}): Inspection {
  const problems: SafetyProblem[] = [];
  const copying = options.copy === true;
  const rootCopy = leaf(value, '', problems);
  if (rootCopy !== container) return copying && problems.length === 0 ? { problems, copy: rootCopy } : { problems };

  const root: Frame = { value: value as object, target: copying ? emptyLike(value as object) : undefined, parent: undefined, key: '', depth: 0 };
  const stack: Frame[] = [root];
  const children: Frame[] = [];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    children.length = 0;
    if (Array.isArray(frame.value)) {
      const items = frame.value;
      for (let i = 0; i < items.length; i++) {
        // A hole or `undefined` item is not JSON (JSON.stringify would write null).
        const item = Object.hasOwn(items, i) ? items[i] : undefined;
        if (item === undefined) {
          problems.push({ code: 'not-json-value', pointer: pointerOf(frame, i), params: { actual: 'undefined' } });
          continue;
        }
        if (!visit(frame, i, item, children, problems)) break;
      }
    } else {
      const object = frame.value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        if (forbidden.has(key)) {
          problems.push({ code: 'forbidden-key', pointer: pointerOf(frame, key), params: { key } });
          continue;
        }
        const child = object[key];
        if (child === undefined) continue; // absent, as JSON.stringify has it
        if (!visit(frame, key, child, children, problems)) break;
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]); // first child on top: document order
  }
  return copying && problems.length === 0 ? { problems, copy: root.target } : { problems };
}

/**
 * One child of `frame`: a scalar copied (and its problems recorded), an array of finite numbers
 * sliced, a container queued on `children`. False when the depth limit is crossed: one report
 * there, nothing below it is read. A function, not a closure per frame: the walk makes none.
 */
function visit(frame: Frame, key: string | number, child: unknown, children: Frame[], problems: SafetyProblem[]): boolean {
  const childDepth = frame.depth + 1;
  if (childDepth > MAX_DEPTH) {
    problems.push({ code: 'too-deep', pointer: pointerOf(frame, key), params: { limit: MAX_DEPTH } });
    return false;
  }
  if (Array.isArray(child) && childDepth < MAX_DEPTH && finiteNumbers(child)) {
    // Fast path for the bulk of GeoJSON: a coordinate pair (or any list of finite numbers).
    if (frame.target) (frame.target as Record<string | number, unknown>)[key] = child.slice();
    return true;
  }
  const copied = leaf(child, frame, problems, key);
  if (copied !== container) {
    if (frame.target) (frame.target as Record<string | number, unknown>)[key] = copied;
    return true;
  }
  for (let ancestor: Frame | undefined = frame; ancestor; ancestor = ancestor.parent) {
    if (ancestor.value === child) {
      problems.push({ code: 'not-json-value', pointer: pointerOf(frame, key), params: { actual: 'circular' } });
      return true;
    }
  }
  const target = frame.target ? emptyLike(child as object) : undefined;
  if (frame.target) (frame.target as Record<string | number, unknown>)[key] = target;
  children.push({ value: child as object, target, parent: frame, key, depth: childDepth });
  return true;
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

/** Marks a value that is an object or array, to be walked. */
const container = Symbol('container');

/**
 * A scalar as it is copied, or `container` for an object or array. Problems of scalars are
 * recorded here; `at` is the pointer itself (root) or the parent frame and key.
 */
function leaf(value: unknown, at: Frame | string, problems: SafetyProblem[], key?: string | number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) {
        const text = Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
        problems.push({ code: 'non-finite-number', pointer: where(at, key), params: { value: text } });
      }
      return value;
    case 'object':
      return value === null ? null : container;
    default:
      problems.push({ code: 'not-json-value', pointer: where(at, key), params: { actual: typeof value as 'function' | 'symbol' | 'bigint' | 'undefined' } });
      return undefined;
  }
}

function where(at: Frame | string, key: string | number | undefined): string {
  return typeof at === 'string' ? at : pointerOf(at, key!);
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

/** The pointer of `frame`'s child `key`: the frame's keys up to the root, then `key`. */
function pointerOf(frame: Frame, key: string | number): string {
  const keys: (string | number)[] = [key];
  for (let f: Frame | undefined = frame; f && f.parent; f = f.parent) keys.push(f.key);
  let pointer = '';
  for (let i = keys.length - 1; i >= 0; i--) pointer = pointerChild(pointer, keys[i]);
  return pointer;
}
