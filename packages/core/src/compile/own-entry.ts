/**
 * `map[key]` when `key` is one of the map's own keys, else undefined.
 *
 * For objects keyed by strings that come from data or a spec (dataset and source ids, record
 * fields, activity kinds, column keys): a plain `map[key]` answers "constructor", "toString" or
 * "__proto__" with Object.prototype's members instead of nothing.
 */
export function ownEntry<T>(map: Readonly<Record<string, T>> | null | undefined, key: string | null | undefined): T | undefined {
  return map != null && key != null && Object.hasOwn(map, key) ? map[key] : undefined;
}
