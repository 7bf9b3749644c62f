/**
 * A generated province for the scale benchmarks: N township regions (Voronoi
 * cells of well-spread sites, clipped to a wobbly province-sized outline around
 * Guangxi's extent) and M stations placed inside their township. Seeded, so the
 * same arguments give byte-identical output. Illustrative by construction.
 */
import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { DataRecord, StationKind, StationRecord } from '../../packages/spec/src/types.ts';
import { createRandom, type Random } from './random.ts';

export interface ProvinceOptions {
  townships: number;
  stations: number;
  /** Share of townships left without any station (shown as uncovered). Default 0.05. */
  uncoveredShare?: number;
  seed?: string;
}

export interface Province {
  regions: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
  stations: StationRecord[];
  /** One record per township: `township`, `name`, `stations`, `activities`. */
  townshipStats: DataRecord[];
}

const CENTER: Position = [108.8, 23.8];
const RADIUS: Position = [3.6, 2.3];
const OUTLINE_VERTICES = 240;
const CANDIDATES = 6;
const KINDS: [StationKind, number][] = [
  ['liaison', 0.35], ['deputies-studio', 0.2], ['sector-studio', 0.15],
  ['reading-point', 0.15], ['consultation-point', 0.1], ['industry-base', 0.05],
];
const KIND_WORD: Record<StationKind, string> = {
  liaison: '政协工作联络站', 'deputies-studio': '“两代表一委员”工作室', 'sector-studio': '界别委员工作室',
  'reading-point': '委员书屋', 'consultation-point': '协商议事室', 'industry-base': '委员产业基地',
};
const NAME_CHARS = '东西南北中上下大小新安平和兴隆福寿龙凤金石桥江河山岭田林溪塘坪湾村岗渡头口城关水云马白黄青红长永宁乐丰太古双三五六八九百万';

/** Generate a province; deterministic in its options. */
export function generateProvince(options: ProvinceOptions): Province {
  const seed = options.seed ?? 'tongxin-bench-province';
  const random = createRandom(`${seed}:${options.townships}`);
  const outline = provinceOutline(createRandom(`${seed}:outline`));
  const sites = spreadSites(options.townships, outline, random);
  const cells = clippedCells(sites, outline);
  const names = townshipNames(options.townships, random);

  const features = cells.map((cell, i) => ({
    type: 'Feature' as const,
    properties: { code: townshipCode(i), name: names[i] },
    geometry: cell.length === 1 ? { type: 'Polygon' as const, coordinates: cell[0] } : { type: 'MultiPolygon' as const, coordinates: cell },
  }));

  // Stations: a fixed share of townships stays empty; the rest share the stations unevenly.
  const stationRandom = createRandom(`${seed}:${options.townships}:stations:${options.stations}`);
  const uncovered = new Set<number>();
  const uncoveredCount = Math.round(options.townships * (options.uncoveredShare ?? 0.05));
  while (uncovered.size < uncoveredCount) uncovered.add(Math.floor(stationRandom() * options.townships));
  const covered = cells.map((_, i) => i).filter((i) => !uncovered.has(i));
  const weights = covered.map(() => 0.2 + stationRandom());
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / totalWeight), 0);

  const stations: StationRecord[] = [];
  const perTownship = new Map<number, number>();
  for (let s = 0; s < options.stations; s++) {
    // The first stations give every covered township one, so coverage is exactly 1 − uncoveredShare.
    const t = s < covered.length ? covered[s] : covered[Math.min(covered.length - 1, lowerBound(cumulative, stationRandom()))];
    const n = (perTownship.get(t) ?? 0) + 1;
    perTownship.set(t, n);
    const kind = pickKind(stationRandom());
    const [lon, lat] = pointInCell(cells[t], stationRandom);
    stations.push({
      id: `st-${String(s + 1).padStart(6, '0')}`,
      name: `${names[t]}${KIND_WORD[kind]}${n > 1 ? n : ''}`,
      kind,
      township: townshipCode(t),
      lon: round5(lon),
      lat: round5(lat),
      illustrative: true,
    });
  }
  const townshipStats: DataRecord[] = cells.map((_, i) => ({
    township: townshipCode(i),
    name: names[i],
    stations: perTownship.get(i) ?? 0,
    activities: Math.round(stationRandom() * 120),
  }));
  return { regions: { type: 'FeatureCollection', features }, stations, townshipStats };
}

/** 9-digit NBS-like codes: 45 + 2-digit city + 2-digit county + 3-digit township, 12 townships per county. */
function townshipCode(i: number): string {
  const county = Math.floor(i / 12);
  return `45${String(1 + Math.floor(county / 20)).padStart(2, '0')}${String(1 + (county % 20)).padStart(2, '0')}${String(100 + (i % 12)).padStart(3, '0')}`;
}

/** A closed CCW ring: an ellipse whose radius wobbles by a few seeded harmonics. */
function provinceOutline(random: Random): Position[] {
  const harmonics = [2, 3, 5, 7, 11].map((k) => ({ k, amplitude: 0.12 / Math.sqrt(k), phase: random() * 2 * Math.PI }));
  const ring: Position[] = [];
  for (let i = 0; i < OUTLINE_VERTICES; i++) {
    const angle = (i / OUTLINE_VERTICES) * 2 * Math.PI;
    const wobble = 1 + harmonics.reduce((sum, h) => sum + h.amplitude * Math.sin(h.k * angle + h.phase), 0);
    ring.push([CENTER[0] + RADIUS[0] * wobble * Math.cos(angle), CENTER[1] + RADIUS[1] * wobble * Math.sin(angle)]);
  }
  ring.push(ring[0]);
  return ring;
}

function bounds(ring: Position[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}

function insideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Best-candidate sampling: evenly spread sites without a relaxation pass. */
function spreadSites(count: number, outline: Position[], random: Random): Position[] {
  const [x0, y0, x1, y1] = bounds(outline);
  const sites: Position[] = [];
  const grid = new Map<string, Position[]>();
  const cellSize = Math.sqrt(((x1 - x0) * (y1 - y0)) / count);
  const key = (x: number, y: number) => `${Math.floor((x - x0) / cellSize)},${Math.floor((y - y0) / cellSize)}`;
  const nearest = (p: Position): number => {
    let best = Infinity;
    const cx = Math.floor((p[0] - x0) / cellSize), cy = Math.floor((p[1] - y0) / cellSize);
    for (let r = 0; r <= 3 && best > (r - 1) * cellSize; r++) {
      for (let dx = -r; dx <= r; dx++) for (let dy = -r; dy <= r; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
        for (const q of grid.get(`${cx + dx},${cy + dy}`) ?? []) best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
      }
    }
    return best;
  };
  while (sites.length < count) {
    let best: Position | undefined;
    let bestDistance = -1;
    for (let c = 0; c < CANDIDATES; c++) {
      let p: Position;
      do p = [x0 + random() * (x1 - x0), y0 + random() * (y1 - y0)]; while (!insideRing(p, outline));
      const d = nearest(p);
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
    sites.push(best!);
    const k = key(best![0], best![1]);
    grid.set(k, [...(grid.get(k) ?? []), best!]);
  }
  return sites;
}

/** Voronoi cells in the outline's box, each intersected with the outline; rings CCW (RFC 7946). */
function clippedCells(sites: Position[], outline: Position[]): Position[][][][] {
  const [x0, y0, x1, y1] = bounds(outline);
  const voronoi = Delaunay.from(sites as [number, number][]).voronoi([x0 - 0.1, y0 - 0.1, x1 + 0.1, y1 + 0.1]);
  return sites.map((site, i) => {
    const cell = voronoi.cellPolygon(i) as Position[];
    const allInside = cell.every((p) => insideRing(p, outline));
    const parts = allInside ? [[cell]] : polygonClipping.intersection([cell as [number, number][]], [outline as [number, number][]]);
    // Keep the part that holds the site first; drop slivers the clip may leave behind.
    const kept = parts.filter((part) => Math.abs(ringArea(part[0] as Position[])) > 1e-6);
    kept.sort((a, b) => Number(insideRing(site, b[0] as Position[])) - Number(insideRing(site, a[0] as Position[])));
    return kept.map((part) => part.map((ring) => counterClockwise((ring as Position[]).map(([x, y]) => [round5(x), round5(y)]))));
  });
}

function ringArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return area / 2;
}

function counterClockwise(ring: Position[]): Position[] {
  return ringArea(ring) < 0 ? ring.slice().reverse() : ring;
}

/** A point inside the cell's first part (rejection sampling in its box). */
function pointInCell(cell: Position[][][], random: Random): Position {
  const ring = cell[0][0];
  const [x0, y0, x1, y1] = bounds(ring);
  for (;;) {
    const p: Position = [x0 + random() * (x1 - x0), y0 + random() * (y1 - y0)];
    if (insideRing(p, ring)) return p;
  }
}

function pickKind(u: number): StationKind {
  let sum = 0;
  for (const [kind, share] of KINDS) if (u < (sum += share)) return kind;
  return KINDS[0][0];
}

function townshipNames(count: number, random: Random): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    const stem = Array.from({ length: 2 }, () => NAME_CHARS[Math.floor(random() * NAME_CHARS.length)]).join('');
    const name = `${stem}${random() < 0.7 ? '镇' : '乡'}`;
    if (seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}

function lowerBound(sorted: number[], value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
