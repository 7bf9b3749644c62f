import type { Feature, Geometry, Position } from 'geojson';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { LonLat } from './types.ts';

/**
 * Where to put a region's label: its spherical centroid when that lies inside the
 * region, else (crescents, U-shapes, archipelagos) the middle of the widest horizontal
 * run across its largest polygon, which is inside by construction.
 */
export function regionLabelPoint(feature: Feature<Geometry | null, unknown>): LonLat {
  const centroid = geoCentroid(feature as Feature) as LonLat;
  if (!feature.geometry || geoContains(feature as Feature, centroid)) return centroid;
  const polygon = largestPolygon(feature.geometry);
  return (polygon && widestRunMidpoint(polygon)) ?? centroid;
}

function largestPolygon(geometry: Geometry): Position[][] | undefined {
  const polygons: Position[][][] =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : geometry.type === 'GeometryCollection'
          ? geometry.geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []))
          : [];
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  return best;
}

/** Scans a few parallels across the polygon; returns the midpoint of the longest inside run. */
function widestRunMidpoint(rings: Position[][]): LonLat | undefined {
  const polygon = { type: 'Polygon' as const, coordinates: rings };
  const [[, south], [, north]] = geoBounds(polygon);
  let best: LonLat | undefined;
  let bestWidth = 0;
  for (const t of [0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875, 0.0625, 0.9375]) {
    const lat = south + (north - south) * t;
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x0, y0] = ring[i]!;
        const [x1, y1] = ring[i + 1]!;
        // Half-open test so a vertex exactly on the parallel counts once.
        if (y0! <= lat !== y1! <= lat) crossings.push(x0! + ((lat - y0!) / (y1! - y0!)) * (x1! - x0!));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const width = crossings[i + 1]! - crossings[i]!;
      const mid: LonLat = [(crossings[i]! + crossings[i + 1]!) / 2, lat];
      if (width > bestWidth && geoContains(polygon, mid)) [best, bestWidth] = [mid, width];
    }
  }
  return best;
}
