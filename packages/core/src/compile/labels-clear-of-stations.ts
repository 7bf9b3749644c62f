import type { FeatureCollection, Geometry } from 'geojson';
import type { StationRecord } from '@tongxin/spec';
import { projectPoint, projectedBounds, type fitProjection } from '@tongxin/geo';
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

/** How the labels will be drawn, for hiding the ones that would overlap: one line's metrics per weight, and the halo. */
export interface LabelText {
  regular: { height: number; width: (text: string) => number };
  bold: { height: number; width: (text: string) => number };
  /** Width of the halo (textBorderWidth) drawn around each label, px. */
  halo: number;
  /** Labels (codes) in bold. */
  isBold: (code: string) => boolean;
}

/**
 * New label points (lon/lat) for township names that station markers cover: moved off the station
 * markers drawn over them. A township-level station often stands at the
 * township's seat, near the middle of the region where the name is written,
 * and the marker would cover the name. Labels no marker touches stay where
 * they are; the others take the nearest free spot among small steps up,
 * down and sideways (the fewest markers touched when none is free).
 * Pixels come from the projection the map is drawn with, scaled as ECharts
 * fits the projected map into the chart.
 *
 * With `text`, also the labels that would overlap a label before them (`hidden`): what
 * ECharts' `labelLayout: { hideOverlap: true }` would hide, decided here with the boxes ECharts
 * gives the labels (each line's width, the font's line height, the halo; labels in data order,
 * each kept unless it overlaps one kept before it). On a province map most names are hidden
 * (1,200 townships, about 200 names fit at 1200×800), and a name handed to ECharts costs it an
 * element, a text and a place in its overlap check whether it shows or not.
 */
export function labelsClearOfStations(
  regions: FeatureCollection<Geometry, RegionProperties>,
  labels: LabelBox[],
  stations: StationRecord[],
  size: { width: number; height: number; fontSize: number; symbolSize: number },
  projection: ReturnType<typeof fitProjection>,
  text?: LabelText,
): { moved: Map<string, [number, number]>; hidden: Set<string> } {
  const moved = new Map<string, [number, number]>();
  const hidden = new Set<string>();
  if (labels.length === 0 || (stations.length === 0 && !text)) return { moved, hidden };
  const [[x0, y0], [x1, y1]] = projectedBounds(regions, projection);
  // ECharts fits the projected bounding box, aspect kept, into 80% of the chart (its getLayoutRect
  // default when a geo component sets neither width nor height).
  const scale = 0.8 * Math.min(size.width / Math.max(1e-9, x1 - x0), size.height / Math.max(1e-9, y1 - y0));
  const project = projectPoint(projection);
  const pixel = (p: [number, number]): [number, number] | undefined => {
    const q = project(p[0], p[1]);
    return q ? [q[0] * scale, q[1] * scale] : undefined;
  };

  const radius = size.symbolSize / 2;
  const lineHeight = Math.round(size.fontSize * 1.25);
  // Marker centres as two flat arrays: 10,000 stations are not 20,000 small arrays to collect.
  const xs = new Float64Array(stations.length);
  const ys = new Float64Array(stations.length);
  let markerCount = 0;
  for (const s of stations) {
    const q = project(s.lon, s.lat);
    if (!q) continue;
    xs[markerCount] = q[0] * scale;
    ys[markerCount++] = q[1] * scale;
  }
  const markers = { xs, ys, length: markerCount };
  const count = markerCounter(markers);
  const kept = text ? keptBoxes() : undefined;

  const steps = new Map<number, Float64Array>();
  for (const label of labels) {
    const at = pixel(label.at);
    if (!at) continue;
    const best = markers.length ? clearOffset(label, at) : undefined;
    const point = best ? projection.invert?.([(at[0] + best[0]) / scale, (at[1] + best[1]) / scale]) : undefined;
    if (point) moved.set(label.code, [point[0], point[1]]);
    if (!text || !kept) continue;
    // The box ECharts measures: centred on the point, each line as wide as drawn, the halo around it.
    const metrics = text.isBold(label.code) ? text.bold : text.regular;
    let width = 0;
    for (const line of label.lines) width = Math.max(width, metrics.width(line));
    const cx = at[0] + (point ? best![0] : 0);
    const cy = at[1] + (point ? best![1] : 0);
    const halfWidth = (width + text.halo) / 2;
    const halfHeight = (label.lines.length * metrics.height + text.halo) / 2;
    if (!kept.add(cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight)) hidden.add(label.code);
  }
  return { moved, hidden };

  /** Where a label goes clear of the markers, as a pixel offset; undefined when no marker touches it where it is. */
  function clearOffset(label: LabelBox, at: [number, number]): [number, number] | undefined {
    // A marker touches the label when its centre lies in the label's box grown by its radius.
    let widest = -Infinity;
    for (const line of label.lines) widest = Math.max(widest, textWidth(line, size.fontSize));
    const halfWidth = widest / 2 + radius + GAP;
    const halfHeight = (label.lines.length * lineHeight) / 2 + radius + GAP;
    const [x, y] = at;
    if (count(x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight) === 0) return undefined;
    // Most names are as wide as each other (three characters): their steps are sorted once.
    let candidates = steps.get(halfWidth);
    if (!candidates) steps.set(halfWidth, (candidates = candidateSteps(lineHeight, halfWidth)));
    // Up to 70 spots for each of 1,000 labels: no array per spot tried.
    let bestX = 0, bestY = 0;
    let bestTouched = Infinity;
    for (let i = 0; i < candidates.length; i += 2) {
      const dx = candidates[i]!, dy = candidates[i + 1]!;
      const n = count(x + dx - halfWidth, y + dy - halfHeight, x + dx + halfWidth, y + dy + halfHeight);
      if (n < bestTouched) {
        bestX = dx;
        bestY = dy;
        bestTouched = n;
      }
      if (n === 0) break;
    }
    return [bestX, bestY];
  }
}

/** Cell size of the kept labels' grid, px. */
const BOX_CELL = 64;
/** ECharts' hideOverlap counts two boxes as overlapping unless they are apart, or touch by less than this (px). */
const TOUCH = 0.05;

/**
 * Boxes kept so far, in a grid of 64 px cells: `add` keeps a box and says true unless it
 * overlaps one kept before (the test of ECharts' hideOverlap: each box shrunk by 0.05 px,
 * edges that meet overlap).
 */
function keptBoxes(): { add(x0: number, y0: number, x1: number, y1: number): boolean } {
  const boxes: number[][] = [];
  // Keyed by column and row in one number (a string per cell tried was most of the time here).
  const cells = new Map<number, number[]>();
  const key = (c: number, r: number) => c * 0x100000 + r;
  const range = (a: number, b: number) => [Math.floor(a / BOX_CELL), Math.floor(b / BOX_CELL)];
  return {
    add(x0, y0, x1, y1) {
      const a = [x0 + TOUCH, y0 + TOUCH, x1 - TOUCH, y1 - TOUCH];
      if (a[0]! > a[2]! || a[1]! > a[3]!) return true;
      const [c0, c1] = range(a[0]!, a[2]!);
      const [r0, r1] = range(a[1]!, a[3]!);
      for (let c = c0!; c <= c1!; c++) {
        for (let r = r0!; r <= r1!; r++) {
          for (const i of cells.get(key(c, r)) ?? []) {
            const b = boxes[i]!;
            if (!(a[2]! < b[0]! || b[2]! < a[0]! || a[3]! < b[1]! || b[3]! < a[1]!)) return false;
          }
        }
      }
      boxes.push(a);
      for (let c = c0!; c <= c1!; c++) {
        for (let r = r0!; r <= r1!; r++) {
          const list = cells.get(key(c, r));
          if (list) list.push(boxes.length - 1);
          else cells.set(key(c, r), [boxes.length - 1]);
        }
      }
      return true;
    },
  };
}

/** Cell size of the marker count grid, px. */
const CELL = 2;

/**
 * How many markers have their centre in a box, in constant time: a summed-area table of
 * marker centres on a 2 px grid (a province map has 10,000 markers and 1,000 labels, each
 * trying dozens of spots). Boxes are grown by one cell, so a count errs towards "touched".
 */
function markerCounter(markers: { xs: Float64Array; ys: Float64Array; length: number }): (x0: number, y0: number, x1: number, y1: number) => number {
  const { xs, ys, length } = markers;
  if (length === 0) return () => 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < length; i++) {
    const x = xs[i]!, y = ys[i]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const columns = Math.floor((maxX - minX) / CELL) + 1;
  const rows = Math.floor((maxY - minY) / CELL) + 1;
  // sums[(r + 1) * (columns + 1) + (c + 1)] = markers in cells [0..r] × [0..c].
  const sums = new Int32Array((rows + 1) * (columns + 1));
  for (let i = 0; i < length; i++) sums[(Math.floor((ys[i]! - minY) / CELL) + 1) * (columns + 1) + Math.floor((xs[i]! - minX) / CELL) + 1]! += 1;
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const i = r * (columns + 1) + c;
      sums[i]! += sums[i - 1]! + sums[i - columns - 1]! - sums[i - columns - 2]!;
    }
  }
  const column = (x: number) => Math.max(0, Math.min(columns, Math.floor((x - minX) / CELL)));
  const row = (y: number) => Math.max(0, Math.min(rows, Math.floor((y - minY) / CELL)));
  return (x0, y0, x1, y1) => {
    if (x1 < minX || y1 < minY || x0 > maxX || y0 > maxY) return 0;
    const c0 = column(x0 - CELL), c1 = Math.min(columns, column(x1 + CELL) + 1);
    const r0 = row(y0 - CELL), r1 = Math.min(rows, row(y1 + CELL) + 1);
    const w = columns + 1;
    return sums[r1 * w + c1]! - sums[r0 * w + c1]! - sums[r1 * w + c0]! + sums[r0 * w + c0]!;
  };
}

/** Offsets to try, nearest first: half-line steps up and down, each also shifted sideways; flat, [dx, dy, dx, dy, …]. */
function candidateSteps(lineHeight: number, halfWidth: number): Float64Array {
  const steps: [number, number][] = [];
  for (let k = 0; k <= 6; k++) {
    const dy = (k * lineHeight) / 2;
    for (const dx of [0, -halfWidth / 2, halfWidth / 2, -halfWidth, halfWidth]) {
      if (dx === 0 && k === 0) continue;
      steps.push([dx, -dy]);
      if (k > 0) steps.push([dx, dy]);
    }
  }
  return Float64Array.from(steps.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1])).flat());
}
