import type { Crs } from '@tongxin/spec';
import type { LonLat } from './types.ts';

// The offsets of GCJ-02 (AMap, Tencent) and BD-09 (Baidu), as gcoord 1.0.7 computes them
// (MIT, © Jiulong Hu, https://github.com/hujiulong/gcoord): the same formulas, constants and
// iteration, so the same numbers to the last bit (test/unit/geo/convert-point.test.ts compares
// them). The three conversions we use are ~1 kB; gcoord with every projection it knows was 13 kB
// of the station map's startup code.
const { sin, cos, sqrt, abs, atan2, PI } = Math;
const A = 6378245;
const EE = 0.006693421622965823;
const BAIDU_FACTOR = (PI * 3000.0) / 180.0;

/** Roughly China: outside it GCJ-02 defines no offset. */
const inChina = (lon: number, lat: number) => lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;

function offsetLat(x: number, y: number): number {
  let ret = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x));
  ret += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  ret += ((20 * sin(y * PI) + 40 * sin((y / 3) * PI)) * 2) / 3;
  ret += ((160 * sin((y / 12) * PI) + 320 * sin((y * PI) / 30)) * 2) / 3;
  return ret;
}

function offsetLon(x: number, y: number): number {
  let ret = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x));
  ret += ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  ret += ((20 * sin(x * PI) + 40 * sin((x / 3) * PI)) * 2) / 3;
  ret += ((150 * sin((x / 12) * PI) + 300 * sin((x / 30) * PI)) * 2) / 3;
  return ret;
}

function delta(lon: number, lat: number): LonLat {
  let dLon = offsetLon(lon - 105, lat - 35);
  let dLat = offsetLat(lon - 105, lat - 35);
  const radLat = (lat / 180) * PI;
  let magic = sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = sqrt(magic);
  dLon = (dLon * 180) / ((A / sqrtMagic) * cos(radLat) * PI);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI);
  return [dLon, dLat];
}

function wgs84ToGcj02([lon, lat]: LonLat): LonLat {
  if (!inChina(lon, lat)) return [lon, lat];
  const d = delta(lon, lat);
  return [lon + d[0], lat + d[1]];
}

/** The inverse has no closed form: step until the forward offset lands within 1e-6° (about 0.1 m). */
function gcj02ToWgs84([lon, lat]: LonLat): LonLat {
  if (!inChina(lon, lat)) return [lon, lat];
  let [wgsLon, wgsLat] = [lon, lat];
  let point = wgs84ToGcj02([wgsLon, wgsLat]);
  let dx = point[0] - lon;
  let dy = point[1] - lat;
  while (abs(dx) > 1e-6 || abs(dy) > 1e-6) {
    wgsLon -= dx;
    wgsLat -= dy;
    point = wgs84ToGcj02([wgsLon, wgsLat]);
    dx = point[0] - lon;
    dy = point[1] - lat;
  }
  return [wgsLon, wgsLat];
}

function bd09ToGcj02([lon, lat]: LonLat): LonLat {
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = sqrt(x * x + y * y) - 0.00002 * sin(y * BAIDU_FACTOR);
  const theta = atan2(y, x) - 0.000003 * cos(x * BAIDU_FACTOR);
  return [z * cos(theta), z * sin(theta)];
}

function gcj02ToBd09([x, y]: LonLat): LonLat {
  const z = sqrt(x * x + y * y) + 0.00002 * sin(y * BAIDU_FACTOR);
  const theta = atan2(y, x) + 0.000003 * cos(x * BAIDU_FACTOR);
  return [z * cos(theta) + 0.0065, z * sin(theta) + 0.006];
}

const CONVERSIONS: Record<Crs, Record<Crs, (p: LonLat) => LonLat>> = {
  wgs84: { wgs84: (p) => p, gcj02: wgs84ToGcj02, bd09: (p) => gcj02ToBd09(wgs84ToGcj02(p)) },
  gcj02: { wgs84: gcj02ToWgs84, gcj02: (p) => p, bd09: gcj02ToBd09 },
  bd09: { wgs84: (p) => gcj02ToWgs84(bd09ToGcj02(p)), gcj02: bd09ToGcj02, bd09: (p) => p },
};

/**
 * Converts a longitude/latitude between WGS-84 (GPS), GCJ-02 (AMap, Tencent) and BD-09
 * (Baidu). GCJ-02 → WGS-84 is solved iteratively (about 0.1 m). Points outside China keep their
 * WGS-84 ⇄ GCJ-02 position, as the GCJ-02 offset is not defined there. A coordinate that is not
 * a number is refused, as gcoord refused it.
 */
export function convertPoint(point: LonLat, from: Crs, to: Crs): LonLat {
  if (from === to) return [point[0], point[1]];
  const [lon, lat] = [Number(point[0]), Number(point[1])];
  if (Number.isNaN(lon) || Number.isNaN(lat) || point[0] === null || point[1] === null) throw new Error(`Invalid input coordinate: ${[point[0], point[1]]}`);
  const [x, y] = CONVERSIONS[from][to]([lon, lat]);
  return [x, y];
}
