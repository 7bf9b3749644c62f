import type { GeoProjection } from 'd3-geo';
import { isFittedMercator } from './fit-projection.ts';

const PI = Math.PI;
const TAU = PI * 2;
const HALF_PI = PI / 2;
const RADIANS = PI / 180;

type Made = ((lon: number, lat: number) => [number, number]) & { k: number; tx: number; ty: number };

const fast = new WeakMap<GeoProjection, Made>();

/**
 * `projection([lon, lat])` for a d3 Mercator as `fitProjection` makes it (scale and translate
 * set, nothing rotated, centred, turned or mirrored): the same arithmetic, in the same order, so
 * the same numbers to the last bit, without d3's chain of three functions and three arrays per
 * point (ECharts projects every vertex and every marker of a province map through it, ~20,000
 * points). Any other projection, or one changed since, is called as it is.
 */
export function projectPoint(projection: GeoProjection): (lon: number, lat: number) => [number, number] | null {
  const cached = fast.get(projection);
  if (cached && isPlainMercator(projection, cached)) return cached;
  if (!isPlainMercator(projection)) return (lon, lat) => projection([lon, lat]);
  const k = projection.scale();
  const [tx, ty] = projection.translate();
  // d3's recenter(): the centre [0, 0] projected at scale k, translate 0 (mercatorRaw, then scaleTranslate with sx = sy = 1).
  const centreX = 0 + k * (0 * 1);
  const centreY = 0 - k * (Math.log(Math.tan((HALF_PI + 0) / 2)) * 1);
  const dx = tx - centreX;
  const dy = ty - centreY;
  const point = (lon: number, lat: number): [number, number] => {
    let lambda = lon * RADIANS;
    const phi = lat * RADIANS;
    // rotationIdentity
    if (Math.abs(lambda) > PI) lambda -= Math.round(lambda / TAU) * TAU;
    // mercatorRaw, then scaleTranslate (x *= sx, y *= sy with sx = sy = 1)
    const y = Math.log(Math.tan((HALF_PI + phi) / 2));
    return [dx + k * (lambda * 1), dy - k * (y * 1)];
  };
  fast.set(projection, Object.assign(point, { k, tx, ty }));
  return point;
}

function isPlainMercator(projection: GeoProjection, made?: Made): boolean {
  if (!isFittedMercator(projection)) return false;
  const p = projection as GeoProjection & { reflectX?(): boolean; reflectY?(): boolean; angle?(): number };
  const [r0, r1, r2] = p.rotate();
  const [c0, c1] = p.center();
  if (r0 !== 0 || r1 !== 0 || r2 !== 0 || c0 !== 0 || c1 !== 0 || (p.angle?.() ?? 0) !== 0 || p.reflectX?.() || p.reflectY?.()) return false;
  if (!made) return true;
  const [tx, ty] = p.translate();
  return made.k === p.scale() && made.tx === tx && made.ty === ty;
}
