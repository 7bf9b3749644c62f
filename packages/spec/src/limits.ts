/**
 * The limits every spec and every loaded dataset is held to, checked before anything else reads
 * them (check/document-safety.ts, check/document.ts). Exported so that portals and tools can show
 * them; README "Records" explains each.
 */

/**
 * How deep a value may be nested: its JSON Pointer has at most this many tokens, counted from the
 * spec's root, or from the root of a loaded dataset's contents. Real documents stay far below:
 * inline GeoJSON MultiPolygon coordinates sit 11 levels down in a spec
 * (`/datasets/x/values/features/0/geometry/coordinates/0/0/0/0`), 8 in a loaded file, 13 with a
 * GeometryCollection in a feature. 64 leaves room for free `meta` notes and keeps every
 * recursive reader downstream (the schema interpreter, `JSON.stringify`, `structuredClone`,
 * ECharts' option merge) far from the engine's stack limit.
 */
export const MAX_DEPTH = 64;

/**
 * Keys that are never allowed, anywhere in a spec or a loaded dataset: assigned through plain
 * JavaScript, they reach an object's prototype (`__proto__`) or its class (`constructor`,
 * `prototype`). "No input ever reaches `Object.prototype`" (DESIGN.md, trust boundaries).
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * The shortest `refresh`, in milliseconds: a wall re-fetches every dataset with a `url` this
 * often, all day, from a portal's API. Five seconds is already faster than county figures change;
 * anything shorter is a typo (`1ms` for `1m`) or a load on the portal's server.
 */
export const MIN_REFRESH_MS = 5_000;

/**
 * The bounds of `fetchTimeout`, in milliseconds, and its default. Under a second a healthy portal
 * API on a slow county line already times out; past five minutes a hung request holds a wall's
 * data back longer than any refresh would. 30 s is what browsers' own patience is closest to.
 */
export const MIN_FETCH_TIMEOUT_MS = 1_000;
export const MAX_FETCH_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/**
 * The shortest time a tour stays on a region, in milliseconds: under a second the highlight and
 * its tooltip flicker past before anyone can read the region's name.
 */
export const MIN_TOUR_INTERVAL_MS = 1_000;
