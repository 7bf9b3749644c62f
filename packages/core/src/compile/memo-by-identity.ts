/**
 * Remember a costly result for a pair of objects (by identity) and a key.
 * Elements recompile a view on every resize; the loaded data do not change
 * then, so placing 10,000 stations in 1,000 townships is done once.
 * Entries go when the data are garbage-collected.
 */
export function memoByIdentity<A extends object, B extends object, T>(cache: WeakMap<A, WeakMap<B, Map<string, T>>>, a: A, b: B, key: string, compute: () => T): T {
  let byB = cache.get(a);
  if (!byB) cache.set(a, (byB = new WeakMap()));
  let byKey = byB.get(b);
  if (!byKey) byB.set(b, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key)!;
}
