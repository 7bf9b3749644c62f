// convertPoint computes the GCJ-02 and BD-09 offsets itself (packages/geo/src/convert-point.ts)
// instead of importing gcoord, which was 13 kB of the station map's startup code. It must give
// gcoord's numbers exactly, for every pair of the three systems, in China and outside it.
// gcoord stays a dev dependency for this.
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { convertPoint } from '../../../packages/geo/src/convert-point.ts';

const SYSTEMS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;
type System = keyof typeof SYSTEMS;

/** A deterministic pseudo-random sequence, so a failure names the same inputs every run. */
function sequence(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('convertPoint gives gcoord 1.0.7 numbers to the last bit', () => {
  const random = sequence(7);
  // Mostly China (the five counties are near 106–110°E, 23–31°N), some of the world around it.
  // Not within 0.1° of the edge of gcoord's box around China: there GCJ-02 → WGS-84 can step out
  // of the box and back without end (gcoord's loop, kept as it is; no county is near it).
  const nearEdge = ([lon, lat]: [number, number]) =>
    [lon - 72.004, lon - 137.8347].some((d) => Math.abs(d) < 0.1) || [lat - 0.8293, lat - 55.8271].some((d) => Math.abs(d) < 0.1);
  const points: [number, number][] = [
    [109.67, 23.6], [107.52, 24.51], [111.64, 31.06], [103.95, 29.21], [108.89, 23.8], [0, 0], [-73.98, 40.75], [139.7, 35.7],
  ];
  for (let i = 0; i < 3000; i++) points.push([70 + random() * 70, random() * 60]);
  for (let i = 0; i < 300; i++) points.push([-180 + random() * 360, -90 + random() * 180]);
  points.splice(0, points.length, ...points.filter((p) => !nearEdge(p)));

  for (const from of Object.keys(SYSTEMS) as System[]) {
    for (const to of Object.keys(SYSTEMS) as System[]) {
      it(`${from} → ${to}`, () => {
        const differing = points.filter((p) => {
          const expected = gcoord.transform<[number, number]>([p[0], p[1]], SYSTEMS[from], SYSTEMS[to]);
          const actual = convertPoint(p, from, to);
          return !(Object.is(actual[0], expected[0]) && Object.is(actual[1], expected[1]));
        });
        expect(differing.slice(0, 5)).toEqual([]);
      });
    }
  }

  it('refuses a coordinate that is not a number, as gcoord did', () => {
    expect(() => gcoord.transform([Number.NaN, 30], gcoord.WGS84, gcoord.GCJ02)).toThrow('Invalid input coordinate: NaN,30');
    expect(() => convertPoint([Number.NaN, 30], 'wgs84', 'gcj02')).toThrow('Invalid input coordinate: NaN,30');
  });
});
