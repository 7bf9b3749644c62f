import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Crs } from '@tongxin/spec';
import { convertPoint } from './convert-point.ts';

/**
 * A copy of `fc` with every position converted between CRSs, so regions and stations can
 * be brought to one system before placing stations in regions. The offsets are a few
 * hundred metres and smooth, so ring winding is unchanged.
 */
export function convertRegions<G extends Geometry | null, P>(
  fc: FeatureCollection<G, P>,
  from: Crs,
  to: Crs,
): FeatureCollection<G, P> {
  return {
    ...fc,
    features: fc.features.map((feature) => ({
      ...feature,
      geometry: feature.geometry && (convertGeometry(feature.geometry, from, to) as G),
    })),
  };
}

function convertGeometry(geometry: Geometry, from: Crs, to: Crs): Geometry {
  const p = (position: Position): Position => [...convertPoint([position[0], position[1]], from, to), ...position.slice(2)];
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: p(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: geometry.coordinates.map(p) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((line) => line.map(p)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(p))) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => convertGeometry(g, from, to)) };
  }
}
