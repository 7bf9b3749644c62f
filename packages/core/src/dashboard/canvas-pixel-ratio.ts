/** Largest backing-store ratio we ask ECharts for: past 4 a wall's canvases cost memory no eye sees. */
export const MAX_CANVAS_PIXEL_RATIO = 4;

/**
 * The `devicePixelRatio` to give an ECharts instance that is drawn in design px and then
 * scaled by one CSS transform: the canvas needs DPR × scale backing pixels per design px
 * so that after the transform one backing pixel lands on one device pixel and text stays sharp.
 * Scales below 1 shrink the canvas too (no wasted pixels on a 1366×768 screen).
 */
export function canvasPixelRatio(devicePixelRatio: number, scale: number, max = MAX_CANVAS_PIXEL_RATIO): number {
  const dpr = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  if (!(Number.isFinite(scale) && scale > 0)) return dpr;
  return Math.min(dpr * scale, max);
}
