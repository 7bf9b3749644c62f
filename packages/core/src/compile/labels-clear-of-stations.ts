import type { FeatureCollection, Geometry } from 'geojson';
import type { StationRecord } from '@tongxin/spec';
import { fitProjection, projectedBounds } from '@tongxin/geo';
import { textWidth } from '../format/text-width.ts';
import type { RegionProperties } from '../model.ts';

export interface LabelBox {
  /** Region code. */
  code: string;
  /** Where ECharts draws the label: the feature's `cp` (mapRegistration), lon/lat. */
  at: [number, number];
  /** Text lines of the label. */
  lines: string[];
}

/** Gap kept between a label and a marker, px. */
const GAP = 2;

/**
 * New label points (lon/lat) for township names that station markers cover: moved off the station
 * markers drawn over them. A township-level station often stands at the
 * township's seat, near the middle of the region where the name is written,
 * and the marker would cover the name. Labels no marker touches stay where
 * they are; the others take the nearest free spot among small steps up,
 * down and sideways (the fewest markers touched when none is free).
 * Pixels come from the projection the map is drawn with, scaled as ECharts
 * fits the projected map into the chart. Points, not pixel offsets, so
 * ECharts' own overlap hiding (labelLayout, which drops offsets) still works.
 */
export function labelsClearOfStations(
  regions: FeatureCollection<Geometry, RegionProperties>,
  labels: LabelBox[],
  stations: StationRecord[],
  size: { width: number; height: number; padding: number; fontSize: number; symbolSize: number },
): Map<string, [number, number]> {
  const moved = new Map<string, [number, number]>();
  if (labels.length === 0 || stations.length === 0) return moved;
  const projection = fitProjection(regions, [size.width, size.height], size.padding);
  const [[x0, y0], [x1, y1]] = projectedBounds(regions, projection);
  // ECharts fits the projected bounding box, aspect kept, into 80% of the chart (its getLayoutRect
  // default when a geo component sets neither width nor height).
  const scale = 0.8 * Math.min(size.width / Math.max(1e-9, x1 - x0), size.height / Math.max(1e-9, y1 - y0));
  const pixel = (p: [number, number]): [number, number] | undefined => {
    const q = projection(p);
    return q ? [q[0] * scale, q[1] * scale] : undefined;
  };

  // Markers in a coarse grid of cells, so each label looks only at the markers around it.
  const radius = size.symbolSize / 2;
  const lineHeight = Math.round(size.fontSize * 1.25);
  const cell = Math.max(8, lineHeight * 4);
  const grid = new Map<string, [number, number][]>();
  for (const s of stations) {
    const p = pixel([s.lon, s.lat]);
    if (!p) continue;
    const key = `${Math.floor(p[0] / cell)},${Math.floor(p[1] / cell)}`;
    const list = grid.get(key);
    if (list) list.push(p);
    else grid.set(key, [p]);
  }

  for (const label of labels) {
    const at = pixel(label.at);
    if (!at) continue;
    const halfWidth = Math.max(...label.lines.map((l) => textWidth(l, size.fontSize))) / 2 + radius + GAP;
    const halfHeight = (label.lines.length * lineHeight) / 2 + radius + GAP;
    const reach = Math.ceil((halfWidth + 3 * lineHeight) / cell) + 1;
    const near: [number, number][] = [];
    const [cx, cy] = [Math.floor(at[0] / cell), Math.floor(at[1] / cell)];
    for (let i = cx - reach; i <= cx + reach; i++) for (let j = cy - reach; j <= cy + reach; j++) near.push(...(grid.get(`${i},${j}`) ?? []));
    const touched = (dx: number, dy: number) =>
      near.filter((p) => Math.abs(p[0] - at[0] - dx) < halfWidth && Math.abs(p[1] - at[1] - dy) < halfHeight).length;
    if (touched(0, 0) === 0) continue;
    let best: [number, number] = [0, 0];
    let bestTouched = Infinity;
    for (const [dx, dy] of candidateSteps(lineHeight, halfWidth)) {
      const n = touched(dx, dy);
      if (n < bestTouched) [best, bestTouched] = [[dx, dy], n];
      if (n === 0) break;
    }
    const point = projection.invert?.([(at[0] + best[0]) / scale, (at[1] + best[1]) / scale]);
    if (point) moved.set(label.code, [point[0], point[1]]);
  }
  return moved;
}

/** Offsets to try, nearest first: half-line steps up and down, each also shifted sideways. */
function candidateSteps(lineHeight: number, halfWidth: number): [number, number][] {
  const steps: [number, number][] = [];
  for (let k = 0; k <= 6; k++) {
    const dy = (k * lineHeight) / 2;
    for (const dx of [0, -halfWidth / 2, halfWidth / 2, -halfWidth, halfWidth]) {
      if (dx === 0 && k === 0) continue;
      steps.push([dx, -dy]);
      if (k > 0) steps.push([dx, dy]);
    }
  }
  return steps.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
}
