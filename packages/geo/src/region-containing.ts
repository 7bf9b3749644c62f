import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoBounds, geoContains } from 'd3-geo';
import type { LonLat } from './types.ts';

/** [west, south, east, north] per feature; west > east when a box crosses the antimeridian. */
type Boxes = Float64Array;
const boxCache = new WeakMap<readonly unknown[], Boxes>();

/**
 * The first region whose area contains `point` (d3 `geoContains`, spherical), or
 * undefined. Point and regions must be in the same CRS and the regions wound for d3,
 * as `readRegions` returns them. Bounding boxes, computed once per `features` array
 * (features are treated as immutable), skip most regions cheaply: 10,000 stations over
 * 1,000 townships take well under a second.
 */
export function regionContaining<G extends Geometry | null, P>(
  point: LonLat,
  regions: FeatureCollection<G, P>,
): Feature<G, P> | undefined {
  const [lon, lat] = point;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  const features = regions.features;
  const boxes = boxesOf(features);
  for (let i = 0; i < features.length; i++) {
    const west = boxes[4 * i]!, south = boxes[4 * i + 1]!, east = boxes[4 * i + 2]!, north = boxes[4 * i + 3]!;
    if (lat < south || lat > north) continue;
    if (west <= east ? lon < west || lon > east : lon < west && lon > east) continue;
    const feature = features[i]!;
    if (feature.geometry && geoContains(feature as unknown as Feature, point)) return feature;
  }
  return undefined;
}

function boxesOf(features: readonly Feature<Geometry | null, unknown>[]): Boxes {
  let boxes = boxCache.get(features);
  if (!boxes || boxes.length !== 4 * features.length) {
    boxes = new Float64Array(4 * features.length);
    features.forEach((feature, i) => {
      // A feature without geometry gets an empty box (south > north): never a candidate.
      const [[west, south], [east, north]] = feature.geometry
        ? geoBounds(feature as unknown as Feature)
        : [[0, 1], [0, -1]];
      boxes!.set([west, south, east, north], 4 * i);
    });
    boxCache.set(features, boxes);
  }
  return boxes;
}
