/**
 * Reading input without its prototype. A spec and its data are plain JSON: only their own
 * properties count. `record[field]` would also find a key inherited from a polluted
 * `Object.prototype` (`Object.prototype.qualifier = 'over'` would qualify every record), and
 * `in` / `for…in` would list it; every check reads through these helpers instead.
 */

/** The value of an own property of an object or array; undefined when it is absent, inherited, or `target` is no object. */
export function own(target: unknown, key: string | number): unknown {
  if (target === null || typeof target !== 'object') return undefined;
  return Object.hasOwn(target, key) ? (target as Record<string | number, unknown>)[key] : undefined;
}

/** Whether `target` has `key` as an own property. */
export function hasOwn(target: unknown, key: string | number): boolean {
  return target !== null && typeof target === 'object' && Object.hasOwn(target, key);
}

/** A plain object (not an array, not null), as JSON objects are. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
