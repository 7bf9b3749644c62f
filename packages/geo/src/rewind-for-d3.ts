import type { FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import { rewind } from '@turf/rewind';

/**
 * Winds polygon rings the way d3-geo reads them: exterior rings clockwise, holes
 * counter-clockwise (as seen on a north-up map). RFC 7946 prescribes the opposite, and
 * d3-geo reads an anticlockwise ring as "everything except this region", so an
 * unfixed file fills the whole globe. Works from either input winding, per ring, for
 * Polygon, MultiPolygon and GeometryCollection members; other geometries pass through.
 *
 * The orientation test is planar (in longitude/latitude), which is right for regions
 * smaller than a hemisphere that do not cross the antimeridian: any county or province.
 * Returns new features; the input is not changed.
 */
export function rewindForD3<G extends Geometry | null, P = GeoJsonProperties>(
  fc: FeatureCollection<G, P>,
): FeatureCollection<G, P> {
  return {
    ...fc,
    features: fc.features.map((feature) => ({
      ...feature,
      geometry: feature.geometry && (rewindGeometry(feature.geometry) as G),
    })),
  };
}

function rewindGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
      // reverse: true → exterior clockwise, holes counter-clockwise (turf clones first).
      return rewind(geometry, { reverse: true }) as Geometry;
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(rewindGeometry) };
    default:
      return geometry;
  }
}
