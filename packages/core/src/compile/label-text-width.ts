import { ensureFontMeasureInfo, measureWidth } from 'zrender/lib/contain/text.js';
import { guardZrenderCaches } from '../render/guard-zrender-caches.ts';

/** Ideographs, kana and hangul: each as wide as any other in a CJK font (one em). */
const WIDE = /^[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+$/;

/**
 * Text metrics of one label font as ECharts' renderer (zrender) takes them, so a label's box
 * is known before ECharts draws it: `height` is zrender's line height for the font (the width
 * of 国), `width(text)` one line's width. A line of ideographs (most township names) is its
 * character count times the one measured glyph width, not a measurement of its own; other
 * text is measured by zrender itself (canvas in a browser, zrender's table in Node) and so
 * lands in the width cache ECharts reads when it draws the same label.
 * `font` is a CSS font as zrender builds it ("bold 12px family").
 */
export function labelFontMetrics(font: string): { height: number; width: (text: string) => number } {
  // zrender keeps its caches in objects keyed by the text: guard them before any name goes in.
  guardZrenderCaches();
  const info = ensureFontMeasureInfo(font);
  const glyph = info.stWideCharWidth;
  return {
    height: glyph,
    width: (text) => (WIDE.test(text) ? text.length * glyph : measureWidth(info, text)),
  };
}

/** The CSS font ECharts gives a label (its `getFont`): style, weight, size, family, blanks trimmed. */
export function labelFont(fontSize: number, fontFamily: string, fontWeight?: string): string {
  return [fontWeight ?? '', `${fontSize}px`, fontFamily].join(' ').trim();
}
