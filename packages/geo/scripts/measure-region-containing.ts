/**
 * How long placing stations in townships takes at province scale:
 * `npx tsx packages/geo/scripts/measure-region-containing.ts [townships] [stations] [points per edge]`.
 * Uses the benchmarks' seeded province (Voronoi townships, stations inside them), reads it
 * with readRegions as a portal's file would be, and times stationsByTownship cold (first
 * call: indexes built) and warm (indexes cached), plus a check against plain d3 geoContains.
 */
import { geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
import { generateProvince } from '../../../bench/lib/province.ts';
import { readRegions, stationsByTownship } from '../src/index.ts';

const townships = Number(process.argv[2] ?? 1000);
const stationCount = Number(process.argv[3] ?? 10000);
/** Points per edge: real township outlines have ~60 vertices, the generated cells ~7. */
const densify = Number(process.argv[4] ?? 9);
const province = generateProvince({ townships, stations: stationCount });
type Ring = number[][];
const denseRing = (ring: Ring): Ring => ring.flatMap((p, i) => {
  if (i === ring.length - 1) return [p];
  const q = ring[i + 1];
  return Array.from({ length: densify }, (_, k) => [p[0] + ((q[0] - p[0]) * k) / densify, p[1] + ((q[1] - p[1]) * k) / densify]);
});
for (const f of province.regions.features) {
  const g = f.geometry as { type: string; coordinates: unknown };
  g.coordinates = g.type === 'Polygon' ? (g.coordinates as Ring[]).map(denseRing) : (g.coordinates as Ring[][]).map((poly) => poly.map(denseRing));
}
const vertices = province.regions.features.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
const stations = province.stations;

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const runs: number[] = [];
let result;
for (let i = 0; i < 5; i++) {
  // A fresh read each round: a new features array, so the cached index is cold.
  const regions = readRegions(structuredClone(province.regions));
  const [cold, coldMs] = time(() => stationsByTownship(stations, regions));
  const [, warmMs] = time(() => stationsByTownship(stations, regions));
  runs.push(coldMs, warmMs);
  result = { cold, regions };
  console.log(`round ${i + 1}: cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms`);
}
const cold = runs.filter((_, i) => i % 2 === 0).sort((a, b) => a - b);
const warm = runs.filter((_, i) => i % 2 === 1).sort((a, b) => a - b);
console.log(`${townships} townships (~${Math.round(vertices / townships)} vertices each), ${stations.length} stations`);
console.log(`stationsByTownship cold: median ${cold[2].toFixed(0)} ms (min ${cold[0].toFixed(0)}), warm: median ${warm[2].toFixed(0)} ms (min ${warm[0].toFixed(0)})`);

// Same answers as a plain scan with d3's spherical geoContains (a sample of 1,000 stations).
const { cold: placed, regions } = result!;
const codeOf = new Map<unknown, string>();
for (const [code, list] of placed) for (const s of list) codeOf.set(s, code);
let differ = 0;
for (const s of stations.slice(0, 1000)) {
  const expected = regions.features.find((f) => geoContains(f as unknown as Feature, [s.lon, s.lat]))?.properties.code;
  if (expected !== codeOf.get(s)) differ++;
}
console.log(`agreement with a plain geoContains scan on 1,000 stations: ${1000 - differ}/1000`);
