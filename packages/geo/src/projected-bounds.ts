import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';
import { boundsOfFit } from './fit-projection.ts';

/**
 * Pixel bounds [[left, top], [right, bottom]] of `fc` under `projection`. For a projection
 * `fitProjection` fitted to the same `fc` (and not changed since), the bounds its fit measured,
 * scaled and moved as the fit scaled and moved the map: no second pass over the vertices.
 */
export function projectedBounds(
  fc: GeoPermissibleObjects,
  projection: GeoProjection,
): [[number, number], [number, number]] {
  return boundsOfFit(fc, projection) ?? geoPath(projection).bounds(fc);
}
