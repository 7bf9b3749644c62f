import type { GeoGeometryObjects, GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoMercator, geoPath } from 'd3-geo';

/** The projected bounds a fit found, with the scale and translate they hold for. */
interface FitBounds {
  fc: GeoPermissibleObjects;
  scale: number;
  translate: [number, number];
  bounds: [[number, number], [number, number]];
}

const fits = new WeakMap<GeoProjection, FitBounds>();
/** The Mercators `fitProjection` made (for `projectPoint`'s own arithmetic). */
const mercators = new WeakSet<GeoProjection>();

export function isFittedMercator(projection: GeoProjection): boolean {
  return mercators.has(projection);
}

/**
 * A Mercator projection that fits `fc` into `size` pixels with `padding` pixels on every
 * side (default 0). Same input, same scale and translate: nothing random, no state.
 * Regions must be wound for d3 (see `rewindForD3`), or the fit is the whole globe.
 * With nothing to fit (no features) the projection is centred but not scaled.
 *
 * The fit is d3's `fitExtent`, done here so that the bounds it measures are kept:
 * `projectedBounds` of the same regions under this projection is those bounds scaled and moved
 * with the fit, not a second pass. Polygons away from the poles and the antimeridian (any
 * county or province) are measured by their vertices' lon/lat box, whose corners Mercator
 * projects to the projected box of the vertices: the box ECharts fits the drawn map to (it
 * projects every vertex and refits, so the picture does not depend on this fit), without
 * d3's resampled stream over every edge (~20 ms for 1,200 townships). Other input: d3's bounds.
 */
export function fitProjection(fc: GeoPermissibleObjects, size: [number, number], padding = 0): GeoProjection {
  const [width, height] = size;
  const p = Math.max(0, Math.min(padding, width / 2, height / 2));
  const projection = geoMercator();
  mercators.add(projection);
  if (isEmpty(fc)) return projection.translate([width / 2, height / 2]);
  // d3's fit: bounds at scale 150 and no translation, then the scale and translate that centre them in the extent.
  projection.scale(150).translate([0, 0]);
  const box = lonLatBox(fc);
  const [[bx0, by0], [bx1, by1]] = box ? [projection([box[0], box[3]])!, projection([box[2], box[1]])!] : geoPath(projection).bounds(fc);
  const w = width - 2 * p;
  const h = height - 2 * p;
  const k = Math.min(w / (bx1 - bx0), h / (by1 - by0));
  const x = p + (w - k * (bx1 + bx0)) / 2;
  const y = p + (h - k * (by1 + by0)) / 2;
  projection.scale(150 * k).translate([x, y]);
  fits.set(projection, { fc, scale: 150 * k, translate: [x, y], bounds: [[k * bx0 + x, k * by0 + y], [k * bx1 + x, k * by1 + y]] });
  return projection;
}

/** The bounds the fit of `projection` to `fc` measured, while its scale and translate are still the fit's. */
export function boundsOfFit(fc: GeoPermissibleObjects, projection: GeoProjection): [[number, number], [number, number]] | undefined {
  const fit = fits.get(projection);
  if (!fit || fit.fc !== fc || projection.scale() !== fit.scale) return undefined;
  const [tx, ty] = projection.translate();
  return tx === fit.translate[0] && ty === fit.translate[1] ? fit.bounds : undefined;
}

/**
 * [west, south, east, north] of the vertices of a collection of polygons, or undefined when a
 * box of vertices would not be the map's extent under Mercator: other geometry, a span of 180°
 * or more of longitude (it may cross the antimeridian), latitudes beyond ±85°.
 */
function lonLatBox(fc: GeoPermissibleObjects): [number, number, number, number] | undefined {
  if (!('type' in fc) || fc.type !== 'FeatureCollection') return undefined;
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const feature of (fc as { features: { geometry: GeoGeometryObjects | null }[] }).features) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : undefined;
    if (!polygons) return undefined;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const point of ring) {
          const lon = point[0]!, lat = point[1]!;
          if (lon < west) west = lon;
          if (lon > east) east = lon;
          if (lat < south) south = lat;
          if (lat > north) north = lat;
        }
      }
    }
  }
  if (!(east - west < 180) || !(south > -85) || !(north < 85)) return undefined;
  return [west, south, east, north];
}

function isEmpty(object: GeoPermissibleObjects): boolean {
  return 'features' in object && Array.isArray(object.features) && object.features.every((f) => !f.geometry);
}
