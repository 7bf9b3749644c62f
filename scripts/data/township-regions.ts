import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import {
  SLIVER_AREA,
  boundingBox,
  cleanPolygon,
  pointInMultiPolygon,
  polygonArea,
  type MultiPolygon,
  type Polygon,
  type Position,
} from './geometry.ts';
import type { Random } from './random.ts';
import type { Outline, Township } from './read-sources.ts';

/** An illustrative township region: a Voronoi cell clipped to the county outline. */
export interface TownshipRegion extends Township {
  /** The cell's site; it lies inside the region and stands for the township seat. */
  site: Position;
  geometry: MultiPolygon;
}

const CANDIDATES_PER_SITE = 30;
const RELAXATION_ROUNDS = 5;
const RELAXATION_SAMPLES = 3000;

/** A uniformly random point inside the outline (rejection sampling in its bounding box). */
export function randomPointInside(area: MultiPolygon, random: Random): Position {
  const box = boundingBox(area);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const point: Position = [box.minLon + random() * (box.maxLon - box.minLon), box.minLat + random() * (box.maxLat - box.minLat)];
    if (pointInMultiPolygon(point, area)) return point;
  }
  throw new Error('no point found inside the area');
}

/**
 * One region per township, covering the outline without overlap. Sites are spread by
 * best-candidate sampling and evened out by a few rounds of Lloyd relaxation, in a
 * plane where a degree of longitude is shortened by cos(latitude) so cells look round.
 */
export function buildTownshipRegions(outline: Outline, townships: Township[], random: Random): TownshipRegion[] {
  const area = outline.geometry;
  const box = boundingBox(area);
  const lonScale = Math.cos((((box.minLat + box.maxLat) / 2) * Math.PI) / 180);
  const distance = (a: Position, b: Position) => Math.hypot((a[0] - b[0]) * lonScale, a[1] - b[1]);

  let sites: Position[] = [];
  for (let i = 0; i < townships.length; i++) {
    let best: Position | null = null;
    let bestDistance = -1;
    for (let c = 0; c < CANDIDATES_PER_SITE; c++) {
      const candidate = randomPointInside(area, random);
      const nearest = Math.min(Infinity, ...sites.map((site) => distance(site, candidate)));
      if (nearest > bestDistance) [best, bestDistance] = [candidate, nearest];
    }
    sites.push(best!);
  }

  // Lloyd relaxation on a sample of the county: each site moves to the mean of the sample
  // points nearest to it. Cheaper than clipping every cell each round, and as even.
  const samples = Array.from({ length: RELAXATION_SAMPLES }, () => randomPointInside(area, random));
  for (let round = 0; round < RELAXATION_ROUNDS; round++) {
    const delaunay = Delaunay.from(sites.map(([lon, lat]) => [lon * lonScale, lat] as Position));
    const sums = sites.map(() => ({ lon: 0, lat: 0, n: 0 }));
    let hint = 0;
    for (const [lon, lat] of samples) {
      hint = delaunay.find(lon * lonScale, lat, hint);
      sums[hint].lon += lon;
      sums[hint].lat += lat;
      sums[hint].n++;
    }
    sites = sites.map((site, i) => {
      const { lon, lat, n } = sums[i];
      const mean: Position = n > 0 ? [lon / n, lat / n] : site;
      return pointInMultiPolygon(mean, area) ? mean : site;
    });
  }
  const cells = clippedCells(sites, area, box, lonScale);

  const order = assignCells(sites, outline.seat, distance);
  return townships.map((township, i) => ({ ...township, site: sites[order[i]], geometry: cells[order[i]] }));
}

function clippedCells(sites: Position[], area: MultiPolygon, box: ReturnType<typeof boundingBox>, lonScale: number): MultiPolygon[] {
  const scaled = sites.map(([lon, lat]) => [lon * lonScale, lat] as Position);
  const pad = 0.05;
  const voronoi = Delaunay.from(scaled).voronoi([
    (box.minLon - pad) * lonScale,
    box.minLat - pad,
    (box.maxLon + pad) * lonScale,
    box.maxLat + pad,
  ]);
  return sites.map((_, i) => {
    const cell = voronoi.cellPolygon(i).map(([x, y]) => [x / lonScale, y] as Position);
    const clipped = polygonClipping.intersection([cell], area as polygonClipping.MultiPolygon) as MultiPolygon;
    const parts = clipped.map((polygon) => cleanPolygon(polygon as Polygon)).filter((polygon): polygon is Polygon => polygon !== null);
    const kept = parts.filter((polygon) => polygonArea(polygon) >= SLIVER_AREA);
    return kept.length > 0 ? kept : parts;
  });
}

/**
 * Which cell each township gets: the first township (lowest code: the county seat's
 * town in these counties) takes the cell nearest the seat point of the outline file; the
 * rest follow in code order, clockwise from north around it.
 */
function assignCells(sites: Position[], seat: Position, distance: (a: Position, b: Position) => number): number[] {
  const indices = sites.map((_, i) => i);
  const seatCell = indices.reduce((best, i) => (distance(sites[i], seat) < distance(sites[best], seat) ? i : best), 0);
  const [seatLon, seatLat] = sites[seatCell];
  const bearing = (i: number) => {
    const angle = Math.atan2(sites[i][0] - seatLon, sites[i][1] - seatLat);
    return angle < 0 ? angle + 2 * Math.PI : angle;
  };
  const rest = indices.filter((i) => i !== seatCell).sort((a, b) => bearing(a) - bearing(b));
  return [seatCell, ...rest];
}
