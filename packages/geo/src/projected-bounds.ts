import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';

/** Pixel bounds [[left, top], [right, bottom]] of `fc` under `projection`. */
export function projectedBounds(
  fc: GeoPermissibleObjects,
  projection: GeoProjection,
): [[number, number], [number, number]] {
  return geoPath(projection).bounds(fc);
}
