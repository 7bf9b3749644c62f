import type { MultiPolygon } from './geometry.ts';

/** A GeoJSON feature with `code` and `name`: Polygon when one part, MultiPolygon otherwise. */
export function regionFeature(code: string, name: string, geometry: MultiPolygon) {
  return {
    type: 'Feature' as const,
    properties: { code, name },
    geometry:
      geometry.length === 1
        ? { type: 'Polygon' as const, coordinates: geometry[0] }
        : { type: 'MultiPolygon' as const, coordinates: geometry },
  };
}
