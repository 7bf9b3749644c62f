/**
 * How the ECharts controller tells what changed in an option: a fingerprint per top-level part,
 * and whether a changed part can be merged into what ECharts holds instead of replaced.
 */

/**
 * JSON longer than this is kept as its length and a 53-bit hash: a drawn part is held for as long as
 * it is on screen, and the stations of a province (10,000) made 1.2 MB of JSON text.
 */
const KEEP_JSON_UP_TO = 65_536;

/**
 * What an option part is compared by: its JSON, each function standing for its source text (not
 * its identity: a recompile makes new closures), and whether it holds functions. Long JSON is kept
 * as `#length:hash` (JSON itself never starts with `#`).
 */
export function optionFingerprint(value: unknown): { json: string; functions: boolean } {
  let functions = false;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'function') return v;
    functions = true;
    return `ƒ${String(v)}`;
  }) ?? '';
  return { json: json.length > KEEP_JSON_UP_TO ? `#${json.length}:${hash53(json)}` : json, functions };
}

/** cyrb53 (public domain): a fast 53-bit string hash; two different options of the same length colliding is 1 in 2⁵³. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Whether ECharts' normal merge of `next` onto the part it drew (`drawn`) leaves exactly `next`,
 * so the part can be merged instead of replaced (`replaceMerge`, which rebuilds its models and
 * views: an axis, its labels, a series' data store). A merge overwrites every key it is given and
 * replaces arrays whole, but keeps a key it is not given: so every key drawn must be in `next`, at
 * every object level. A component list (`series: […]`) is merged item by item, matched by index or
 * name: it must keep its length, and each item its `type`, `id` and `name`.
 */
export function mergesOnto(drawn: unknown, next: unknown): boolean {
  if (Array.isArray(drawn) || Array.isArray(next)) {
    if (!Array.isArray(drawn) || !Array.isArray(next) || drawn.length !== next.length) return false;
    return drawn.every((item, i) => isPlainObject(item) && isPlainObject(next[i]) && sameIdentity(item, next[i]) && keysKept(item, next[i]));
  }
  return isPlainObject(drawn) && isPlainObject(next) && sameIdentity(drawn, next) && keysKept(drawn, next);
}

/** The same component: same type (a bar stays a bar), id and name. */
function sameIdentity(drawn: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return drawn.type === next.type && drawn.id === next.id && drawn.name === next.name;
}

/** Every key of `drawn` is in `next`, and so on down nested objects (arrays and other values are replaced whole). */
function keysKept(drawn: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(drawn)) {
    if (!Object.hasOwn(next, key)) return false;
    const a = drawn[key];
    const b = next[key];
    if (isPlainObject(a) && isPlainObject(b) && !keysKept(a, b)) return false;
  }
  return true;
}

/**
 * An object ECharts' merge descends into, by zrender's own test: `[object Object]` (whatever its
 * prototype, so a null-prototype copy of spec JSON counts), not an array, typed array, date or the like.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';
}
