import type { Polygon } from 'geojson';
import { geoCircle } from 'd3-geo';
import { EARTH_RADIUS_METRES, type LonLat } from './types.ts';

/**
 * A spherical circle of `radiusMetres` around `center`, as a polygon of about `steps`
 * vertices (default 64), wound for d3-geo. Metres become degrees of arc on a sphere of
 * the mean Earth radius; the centre stays in whatever CRS it is given in.
 */
export function serviceCircle(center: LonLat, radiusMetres: number, steps = 64): Polygon {
  if (!(radiusMetres > 0) || !Number.isFinite(radiusMetres)) {
    throw new RangeError(`serviceCircle: radius must be a positive number of metres, got ${radiusMetres}`);
  }
  const degrees = (radiusMetres / EARTH_RADIUS_METRES) * (180 / Math.PI);
  const precision = 360 / Math.max(3, Math.round(steps));
  return geoCircle().center(center).radius(degrees).precision(precision)() as Polygon;
}
