import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoMercator } from 'd3-geo';

/**
 * A Mercator projection that fits `fc` into `size` pixels with `padding` pixels on every
 * side (default 0). Same input, same scale and translate: nothing random, no state.
 * Regions must be wound for d3 (see `rewindForD3`), or the fit is the whole globe.
 * With nothing to fit (no features) the projection is centred but not scaled.
 */
export function fitProjection(fc: GeoPermissibleObjects, size: [number, number], padding = 0): GeoProjection {
  const [width, height] = size;
  const p = Math.max(0, Math.min(padding, width / 2, height / 2));
  const projection = geoMercator();
  if (isEmpty(fc)) return projection.translate([width / 2, height / 2]);
  return projection.fitExtent([[p, p], [width - p, height - p]], fc);
}

function isEmpty(object: GeoPermissibleObjects): boolean {
  return 'features' in object && Array.isArray(object.features) && object.features.every((f) => !f.geometry);
}
