import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoContains } from 'd3-geo';
import { candidatesAt, planarContains, regionIndex, type RegionIndex } from './region-index.ts';
import type { LonLat } from './types.ts';

/**
 * The first region whose area contains `point` (d3 `geoContains`, spherical), or
 * undefined. Point and regions must be in the same CRS and the regions wound for d3,
 * as `readRegions` returns them.
 *
 * A spatial index, built once per `features` array (features are treated as immutable),
 * keeps it fast at province scale: a grid cell gives the few regions whose bounding box
 * can hold the point, and a planar test decides unless the point is within a few metres of
 * an edge, where d3's spherical test has the last word. Same answers as scanning every
 * region with `geoContains`.
 */
export function regionContaining<G extends Geometry | null, P>(
  point: LonLat,
  regions: FeatureCollection<G, P>,
): Feature<G, P> | undefined {
  const [lon, lat] = point;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  const features = regions.features;
  const index = regionIndex(features);
  const { cell, everywhere } = candidatesAt(index, lon, lat);
  // Both lists are in feature order; walk them merged so the first region in order wins.
  let a = 0;
  let b = 0;
  const na = cell?.length ?? 0;
  while (a < na || b < everywhere.length) {
    const i = b >= everywhere.length || (a < na && cell![a]! < everywhere[b]!) ? cell![a++]! : everywhere[b++]!;
    if (contains(index, i, features[i]!, lon, lat)) return features[i];
  }
  return undefined;
}

function contains(index: RegionIndex, i: number, feature: Feature<Geometry | null, unknown>, lon: number, lat: number): boolean {
  const boxes = index.boxes;
  const west = boxes[4 * i]!, south = boxes[4 * i + 1]!, east = boxes[4 * i + 2]!, north = boxes[4 * i + 3]!;
  if (lat < south || lat > north) return false;
  if (west <= east ? lon < west || lon > east : lon < west && lon > east) return false;
  if (!feature.geometry) return false;
  const rings = index.rings[i];
  const planar = rings ? planarContains(rings, index.margins[i]!, lon, lat) : undefined;
  return planar ?? geoContains(feature as unknown as Feature, [lon, lat]);
}
