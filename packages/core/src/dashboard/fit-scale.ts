/** A width and height in CSS px. */
export interface Size {
  width: number;
  height: number;
}

/** How a design size is fitted to its host (spec `layout.fit`). */
export type FitMode = 'contain' | 'cover' | 'width';

/** One uniform transform that places the design canvas in the host. */
export interface FitResult {
  /** Uniform scale: `transform: translate(offsetX, offsetY) scale(scale)` with origin top-left. */
  scale: number;
  /** Host px from the host's left edge to the design's left edge (negative when `cover` crops). */
  offsetX: number;
  offsetY: number;
  /** The design's size on screen after scaling, in host px. */
  scaledWidth: number;
  scaledHeight: number;
}

/**
 * Scale a design size (e.g. 1920×1080) to a host, by one uniform factor so text and
 * shapes keep their proportions (never CSS `zoom`, never separate x/y factors).
 *
 * - `contain`: the whole design is visible, centred; bars on the long side.
 * - `cover`: the host is filled, centred; the design is cropped on the long side.
 * - `width`: the design's width fills the host's; top-aligned, the host scrolls if taller.
 *
 * A host or design without area gives scale 0, not NaN or Infinity, so a hidden
 * host (display: none) never poisons a transform.
 */
export function fitScale(host: Size, design: Size, fit: FitMode = 'contain'): FitResult {
  if (!(host.width > 0 && host.height > 0 && design.width > 0 && design.height > 0)) {
    return { scale: 0, offsetX: 0, offsetY: 0, scaledWidth: 0, scaledHeight: 0 };
  }
  const byWidth = host.width / design.width;
  const byHeight = host.height / design.height;
  const scale = fit === 'cover' ? Math.max(byWidth, byHeight) : fit === 'width' ? byWidth : Math.min(byWidth, byHeight);
  const scaledWidth = design.width * scale;
  const scaledHeight = design.height * scale;
  return {
    scale,
    offsetX: (host.width - scaledWidth) / 2,
    offsetY: fit === 'width' ? 0 : (host.height - scaledHeight) / 2,
    scaledWidth,
    scaledHeight,
  };
}
