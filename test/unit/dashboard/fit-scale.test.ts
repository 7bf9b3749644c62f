import { describe, expect, it } from 'vitest';
import { canvasPixelRatio, fitScale, type FitMode } from '../../../packages/core/src/index.ts';

const design = { width: 1920, height: 1080 };

// [screen, mode, scale, offsetX, offsetY, scaledWidth, scaledHeight], worked out by hand.
const cases: Array<[string, FitMode, number, number, number, number, number]> = [
  ['1366x768', 'contain', 768 / 1080, (1366 - 1920 * (768 / 1080)) / 2, 0, 1365.333, 768],
  ['1366x768', 'cover', 1366 / 1920, 0, (768 - 1080 * (1366 / 1920)) / 2, 1366, 768.375],
  ['1366x768', 'width', 1366 / 1920, 0, 0, 1366, 768.375],
  ['1920x1080', 'contain', 1, 0, 0, 1920, 1080],
  ['1920x1080', 'cover', 1, 0, 0, 1920, 1080],
  ['1920x1080', 'width', 1, 0, 0, 1920, 1080],
  ['3840x2160', 'contain', 2, 0, 0, 3840, 2160],
  ['3840x2160', 'cover', 2, 0, 0, 3840, 2160],
  ['3840x2160', 'width', 2, 0, 0, 3840, 2160],
  // A 5760×1080 video wall: contain keeps 1920×1080 centred; cover and width blow it up ×3.
  ['5760x1080', 'contain', 1, 1920, 0, 1920, 1080],
  ['5760x1080', 'cover', 3, 0, -1080, 5760, 3240],
  ['5760x1080', 'width', 3, 0, 0, 5760, 3240],
];

describe('fitScale', () => {
  for (const [screen, mode, scale, offsetX, offsetY, scaledWidth, scaledHeight] of cases) {
    it(`${mode} on ${screen}`, () => {
      const [width, height] = screen.split('x').map(Number);
      const fit = fitScale({ width, height }, design, mode);
      expect(fit.scale).toBeCloseTo(scale, 6);
      expect(fit.offsetX).toBeCloseTo(offsetX, 3);
      expect(fit.offsetY).toBeCloseTo(offsetY, 3);
      expect(fit.scaledWidth).toBeCloseTo(scaledWidth, 3);
      expect(fit.scaledHeight).toBeCloseTo(scaledHeight, 3);
    });
  }

  it('contain never overflows and touches two opposite edges', () => {
    for (const [width, height] of [[1366, 768], [1920, 1080], [3840, 2160], [5760, 1080], [1080, 1920], [800, 1200]]) {
      const fit = fitScale({ width, height }, design, 'contain');
      expect(fit.offsetX).toBeGreaterThanOrEqual(0);
      expect(fit.offsetY).toBeGreaterThanOrEqual(0);
      expect(fit.offsetX + fit.scaledWidth).toBeLessThanOrEqual(width + 1e-9);
      expect(fit.offsetY + fit.scaledHeight).toBeLessThanOrEqual(height + 1e-9);
      const touchesSides = Math.abs(fit.scaledWidth - width) < 1e-9;
      const touchesTopBottom = Math.abs(fit.scaledHeight - height) < 1e-9;
      expect(touchesSides || touchesTopBottom).toBe(true);
    }
  });

  it('cover always fills the host', () => {
    for (const [width, height] of [[1366, 768], [5760, 1080], [1080, 1920]]) {
      const fit = fitScale({ width, height }, design, 'cover');
      expect(fit.offsetX).toBeLessThanOrEqual(0);
      expect(fit.offsetY).toBeLessThanOrEqual(0);
      expect(fit.offsetX + fit.scaledWidth).toBeGreaterThanOrEqual(width - 1e-9);
      expect(fit.offsetY + fit.scaledHeight).toBeGreaterThanOrEqual(height - 1e-9);
    }
  });

  it('a host without area (display: none) gives scale 0, not NaN', () => {
    expect(fitScale({ width: 0, height: 0 }, design, 'contain')).toEqual({
      scale: 0, offsetX: 0, offsetY: 0, scaledWidth: 0, scaledHeight: 0,
    });
    expect(fitScale({ width: 1920, height: 1080 }, { width: 0, height: 1080 }, 'cover').scale).toBe(0);
  });
});

describe('canvasPixelRatio', () => {
  it('multiplies device pixel ratio by the CSS scale so one backing pixel lands on one device pixel', () => {
    expect(canvasPixelRatio(1, 2)).toBe(2); // 4K screen, DPR 1, design ×2
    expect(canvasPixelRatio(2, 1)).toBe(2); // retina laptop at design size
    expect(canvasPixelRatio(1.5, 768 / 1080)).toBeCloseTo(1.0667, 4);
  });

  it('caps the backing store so a 5760 px wall at DPR 2 does not allocate 6× canvases', () => {
    expect(canvasPixelRatio(2, 3)).toBe(4);
    expect(canvasPixelRatio(2, 3, 8)).toBe(6);
  });

  it('falls back to the device ratio when the scale is unknown and to 1 for a bad ratio', () => {
    expect(canvasPixelRatio(2, 0)).toBe(2);
    expect(canvasPixelRatio(Number.NaN, 1)).toBe(1);
    expect(canvasPixelRatio(0, 2)).toBe(2);
  });
});
