import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoBounds, geoContains } from 'd3-geo';
import type { LonLat } from './types.ts';

type Bounds = [[number, number], [number, number]];
const boundsCache = new WeakMap<Feature, Bounds>();

/**
 * The first region whose area contains `point` (d3 `geoContains`, spherical), or
 * undefined. Point and regions must be in the same CRS and the regions wound for d3,
 * as `readRegions` returns them. A bounding box cached per feature (features are treated
 * as immutable) skips most regions cheaply, so 10,000 stations over a province stay fast.
 */
export function regionContaining<G extends Geometry | null, P>(
  point: LonLat,
  regions: FeatureCollection<G, P>,
): Feature<G, P> | undefined {
  const [lon, lat] = point;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  return regions.features.find((feature) => {
    if (!feature.geometry) return false;
    const [[west, south], [east, north]] = bounds(feature);
    const inBox = lat >= south && lat <= north && (west <= east ? lon >= west && lon <= east : lon >= west || lon <= east);
    return inBox && geoContains(feature as unknown as Feature, point);
  });
}

function bounds(feature: Feature<Geometry | null, unknown>): Bounds {
  const key = feature as unknown as Feature;
  let b = boundsCache.get(key);
  if (!b) {
    b = geoBounds(key) as Bounds;
    boundsCache.set(key, b);
  }
  return b;
}
