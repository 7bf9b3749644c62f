/** Planar geometry on lon/lat rings, enough for illustrative township regions. */
export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

/**
 * Rings smaller than this (deg², about 0.1 km²) are slivers: where neighbouring counties'
 * borders on the 1/1024° grid do not quite meet, or where a Voronoi cell clipped to a
 * concave outline leaves a crumb. They are dropped.
 */
export const SLIVER_AREA = 1e-5;

/** Coordinates are written with 5 decimals (about 1 m): plenty for a county map. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** Shoelace area; positive when the ring runs counter-clockwise (lon east, lat north). */
export function ringSignedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

export function polygonArea(polygon: Polygon): number {
  return polygon.reduce((area, ring, index) => area + (index === 0 ? 1 : -1) * Math.abs(ringSignedArea(ring)), 0);
}

export function multiPolygonArea(multi: MultiPolygon): number {
  return multi.reduce((area, polygon) => area + polygonArea(polygon), 0);
}

/** RFC 7946: exterior rings counter-clockwise, holes clockwise. */
export function orientRfc7946(polygon: Polygon): Polygon {
  return polygon.map((ring, index) => {
    const counterClockwise = ringSignedArea(ring) > 0;
    const wantCounterClockwise = index === 0;
    return counterClockwise === wantCounterClockwise ? ring : [...ring].reverse();
  });
}

/**
 * Drops what adds nothing to a ring: repeated points, and points exactly on the line
 * between their neighbours (the AMap outlines sit on a 1/1024° grid, so long straight
 * runs are common and the test is exact). Then rounds to 5 decimals. Returns a closed
 * ring, or null if it collapsed.
 */
export function cleanRing(ring: Ring): Ring | null {
  let points = dropRepeats(ring);
  let changed = true;
  while (changed && points.length > 3) {
    changed = false;
    const kept: Ring = [];
    for (let i = 0; i < points.length; i++) {
      const previous = points[(i - 1 + points.length) % points.length];
      const next = points[(i + 1) % points.length];
      const point = points[i];
      const cross = (point[0] - previous[0]) * (next[1] - previous[1]) - (point[1] - previous[1]) * (next[0] - previous[0]);
      if (cross === 0) changed = true;
      else kept.push(point);
    }
    points = kept;
  }
  points = dropRepeats(points.map(([lon, lat]) => [roundCoordinate(lon), roundCoordinate(lat)]));
  if (points.length < 3) return null;
  return [...points, points[0]];
}

/** Open ring without consecutive duplicates. */
function dropRepeats(ring: Ring): Ring {
  const points: Ring = [];
  for (const point of ring) {
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  while (points.length > 1 && points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1]) points.pop();
  return points;
}

export function cleanPolygon(polygon: Polygon): Polygon | null {
  const outer = cleanRing(polygon[0]);
  if (!outer) return null;
  const holes = polygon.slice(1).map(cleanRing).filter((ring): ring is Ring => ring !== null);
  return orientRfc7946([outer, ...holes]);
}

/** Even-odd ray casting over all rings of a polygon. */
export function pointInPolygon(point: Position, polygon: Polygon): boolean {
  let inside = false;
  const [x, y] = point;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function pointInMultiPolygon(point: Position, multi: MultiPolygon): boolean {
  return multi.some((polygon) => pointInPolygon(point, polygon));
}

function distanceToSegment(point: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy));
}

/** Distance in degrees from a point to the nearest edge of any ring. */
export function distanceToBoundary(point: Position, multi: MultiPolygon): number {
  let best = Infinity;
  for (const polygon of multi) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, distanceToSegment(point, ring[i - 1], ring[i]));
    }
  }
  return best;
}

export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export function boundingBox(multi: MultiPolygon): BoundingBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const polygon of multi) {
    for (const [lon, lat] of polygon[0]) {
      box.minLon = Math.min(box.minLon, lon);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLon = Math.max(box.maxLon, lon);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}
