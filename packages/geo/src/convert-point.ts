import gcoord from 'gcoord';
import type { Crs } from '@tongxin/spec';
import type { LonLat } from './types.ts';

const GCOORD_CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * Converts a longitude/latitude between WGS-84 (GPS), GCJ-02 (AMap, Tencent) and BD-09
 * (Baidu), via gcoord. GCJ-02 → WGS-84 is solved iteratively by gcoord (about 0.1 m).
 * Points outside China are returned unchanged, as the GCJ-02 offset is not defined there.
 */
export function convertPoint(point: LonLat, from: Crs, to: Crs): LonLat {
  if (from === to) return [point[0], point[1]];
  const [lon, lat] = gcoord.transform<[number, number]>([point[0], point[1]], GCOORD_CRS[from], GCOORD_CRS[to]);
  return [lon, lat];
}
