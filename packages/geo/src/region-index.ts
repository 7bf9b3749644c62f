import type { Feature, Geometry, Position } from 'geojson';
import { geoBounds } from 'd3-geo';

/**
 * A spatial index over one `features` array, built once and cached by identity:
 *
 * - a bounding box per feature;
 * - a uniform grid over all boxes: each cell lists, in feature order, the features whose
 *   box touches it, so a point looks at a handful of candidates instead of every region;
 * - each feature's rings as flat [lon, lat, lon, lat, …] arrays for a planar test, with the
 *   margin within which a straight lon/lat edge and d3's great-circle edge can disagree.
 */
export interface RegionIndex {
  /** [west, south, east, north] per feature; west > east when a box crosses the antimeridian. */
  boxes: Float64Array;
  /** Grid origin and cell size, degrees; cells[row * columns + column] → feature indices. */
  west: number;
  south: number;
  cellWidth: number;
  cellHeight: number;
  columns: number;
  rows: number;
  cells: Int32Array[];
  /** Features the grid cannot hold (box across the antimeridian or near a pole): always tried. */
  everywhere: Int32Array;
  /** Per feature, its polygons' rings (flat), or undefined: use d3's spherical test only. */
  rings: (Float64Array[][] | undefined)[];
  /** Per feature: within this distance (degrees) of an edge the planar answer is not trusted. */
  margins: Float64Array;
}

const cache = new WeakMap<readonly unknown[], RegionIndex>();

/** The index of `features`, built on first use. Treat indexed features as immutable. */
export function regionIndex(features: readonly Feature<Geometry | null, unknown>[]): RegionIndex {
  const cached = cache.get(features);
  if (cached && cached.rings.length === features.length) return cached;
  const index = buildIndex(features);
  cache.set(features, index);
  return index;
}

function buildIndex(features: readonly Feature<Geometry | null, unknown>[]): RegionIndex {
  const n = features.length;
  const boxes = new Float64Array(4 * n);
  const rings: (Float64Array[][] | undefined)[] = [];
  const margins = new Float64Array(n);
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const gridded: number[] = [];
  const everywhere: number[] = [];
  features.forEach((feature, i) => {
    const polygons = feature.geometry ? polygonsOf(feature.geometry) : [];
    const margin = polygons ? edgeMargin(polygons) : 0;
    // The lon/lat box grown by the margin holds every great-circle edge too; d3's spherical
    // bounds only where that cannot hold (other geometry kinds, across the antimeridian).
    const flat = polygons && planarBox(polygons, margin);
    // A feature without geometry gets an empty box (south > north): never a candidate.
    const [[w, s], [e, nn]] = !feature.geometry ? [[0, 1], [0, -1]] : flat ?? geoBounds(feature as unknown as Feature);
    boxes.set([w, s, e, nn], 4 * i);
    const planar = polygons !== undefined && w <= e && s > -89 && nn < 89;
    rings.push(planar ? polygons.map((p) => p.map(flatRing)) : undefined);
    margins[i] = planar ? margin : 0;
    if (s > nn) return;
    if (w > e || s <= -89 || nn >= 89) {
      everywhere.push(i);
      return;
    }
    gridded.push(i);
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, nn);
  });

  // About one cell per feature: a point's cell then holds a few candidates.
  const side = Math.max(1, Math.ceil(Math.sqrt(gridded.length)));
  const cellWidth = gridded.length ? Math.max(1e-9, (east - west) / side) : 1;
  const cellHeight = gridded.length ? Math.max(1e-9, (north - south) / side) : 1;
  const columns = gridded.length ? side : 0;
  const rows = gridded.length ? side : 0;
  const lists: number[][] = Array.from({ length: columns * rows }, () => []);
  for (const i of gridded) {
    const c0 = clamp(Math.floor((boxes[4 * i]! - west) / cellWidth), columns);
    const c1 = clamp(Math.floor((boxes[4 * i + 2]! - west) / cellWidth), columns);
    const r0 = clamp(Math.floor((boxes[4 * i + 1]! - south) / cellHeight), rows);
    const r1 = clamp(Math.floor((boxes[4 * i + 3]! - south) / cellHeight), rows);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) lists[r * columns + c]!.push(i);
  }
  return {
    boxes, west, south, cellWidth, cellHeight, columns, rows,
    cells: lists.map((list) => Int32Array.from(list)),
    everywhere: Int32Array.from(everywhere),
    rings,
    margins,
  };
}

/** Candidate feature indices for a point, ascending (feature order), or undefined when none. */
export function candidatesAt(index: RegionIndex, lon: number, lat: number): { cell?: Int32Array; everywhere: Int32Array } {
  const c = Math.floor((lon - index.west) / index.cellWidth);
  const r = Math.floor((lat - index.south) / index.cellHeight);
  // A point on the grid's far edge belongs to the last cell.
  const column = c === index.columns && lon === index.west + index.cellWidth * index.columns ? c - 1 : c;
  const row = r === index.rows && lat === index.south + index.cellHeight * index.rows ? r - 1 : r;
  const inside = column >= 0 && column < index.columns && row >= 0 && row < index.rows;
  return { cell: inside ? index.cells[row * index.columns + column] : undefined, everywhere: index.everywhere };
}

/**
 * Planar even-odd test of a point against a feature's rings: true / false, or undefined
 * when the point lies within the feature's margin of an edge (the caller asks d3 then).
 */
export function planarContains(polygons: Float64Array[][], margin: number, lon: number, lat: number): boolean | undefined {
  const margin2 = margin * margin;
  let inside = false;
  for (const polygon of polygons) {
    let inPolygon = false;
    for (const ring of polygon) {
      for (let k = 0, m = ring.length - 2; k < ring.length; m = k, k += 2) {
        const x1 = ring[m]!, y1 = ring[m + 1]!, x2 = ring[k]!, y2 = ring[k + 1]!;
        if (y1 > lat !== y2 > lat && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) inPolygon = !inPolygon;
        if (distanceToSegment2(lon, lat, x1, y1, x2, y2) <= margin2) return undefined;
      }
    }
    if (inPolygon) inside = true;
  }
  return inside;
}

function distanceToSegment2(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1, dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length2));
  const ex = px - (x1 + t * dx), ey = py - (y1 + t * dy);
  return ex * ex + ey * ey;
}

/** Polygon rings of a geometry, or undefined for kinds the planar test does not handle. */
function polygonsOf(geometry: Geometry): Position[][][] | undefined {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return undefined;
}

function flatRing(ring: Position[]): Float64Array {
  const flat = new Float64Array(2 * ring.length);
  ring.forEach((p, i) => flat.set([p[0]!, p[1]!], 2 * i));
  return flat;
}

/**
 * How far (degrees) a straight lon/lat edge can stray from the great-circle arc d3 draws
 * between the same ends: about L²·π/1440 for an edge L degrees long; doubled, plus a floor
 * for rounding. Points closer than this to an edge go to d3's spherical test.
 */
function edgeMargin(polygons: Position[][][]): number {
  let longest2 = 0;
  for (const polygon of polygons) for (const ring of polygon) {
    for (let k = 1; k < ring.length; k++) {
      const dx = ring[k]![0]! - ring[k - 1]![0]!, dy = ring[k]![1]! - ring[k - 1]![1]!;
      longest2 = Math.max(longest2, dx * dx + dy * dy);
    }
  }
  return 1e-7 + (2 * Math.PI * longest2) / 1440;
}

/** [[west, south], [east, north]] of the rings grown by `margin`; undefined when they span over 180° of longitude. */
function planarBox(polygons: Position[][][], margin: number): [[number, number], [number, number]] | undefined {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) {
    w = Math.min(w, p[0]!);
    e = Math.max(e, p[0]!);
    s = Math.min(s, p[1]!);
    n = Math.max(n, p[1]!);
  }
  if (!(e - w < 180)) return undefined;
  return [[w - margin, s - margin], [e + margin, n + margin]];
}

function clamp(value: number, count: number): number {
  return Math.max(0, Math.min(count - 1, value));
}
