import LRU from 'zrender/lib/core/LRU.js';

type Cache = { _map?: object };
type CacheMethod = (this: Cache, ...args: unknown[]) => unknown;

let guarded = false;

/**
 * zrender 6.1.0 keeps each of its LRU caches (label widths, colours, fonts, decals) in a plain `{}`
 * keyed by data strings. A label "__proto__" then finds Object.prototype as its cache entry and
 * relinks it, writing enumerable `prev`/`next` onto Object.prototype for the rest of the page (and
 * every spec validated after it fails). patches/zrender@6.1.0.patch fixes the constructor, but an
 * app that installs the packages from npm gets zrender unpatched: so before a cache is read or
 * written its map is made null-prototype, once. Idempotent; a no-op for a patched zrender.
 * Called before every ECharts `init` the packages make.
 */
export function guardZrenderCaches(): void {
  if (guarded) return;
  guarded = true;
  const proto = LRU.prototype as unknown as Record<string, CacheMethod | undefined>;
  for (const name of ['get', 'put']) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    proto[name] = function (this: Cache, ...args: unknown[]) {
      const map = this._map;
      if (map && Object.getPrototypeOf(map) !== null) this._map = Object.assign(Object.create(null) as object, map);
      return original.apply(this, args);
    };
  }
}
