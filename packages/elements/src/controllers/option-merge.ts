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
