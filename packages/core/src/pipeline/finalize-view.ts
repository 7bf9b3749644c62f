import type { CompiledView } from '../model.ts';

export interface FinalizeOptions {
  /** prefers-reduced-motion, or a static export: no animation. */
  reducedMotion: boolean;
  /** Width of the chart, for notes drawn inside it. */
  width: number;
}

/**
 * Step 8: the last touches every consumer needs, in one place — ECharts `aria` on with the
 * generated summary as its label, animation off for reduced motion, and long single-line notes
 * (示意区划, attributions) cut at 60% of the width with an ellipsis (the footer repeats them whole).
 */
export function finalizeView(compiled: CompiledView, { reducedMotion, width }: FinalizeOptions): CompiledView {
  const option: Record<string, unknown> = { ...compiled.option };
  if (reducedMotion) option.animation = false;
  const aria = (option.aria ?? {}) as Record<string, unknown>;
  option.aria = { ...aria, enabled: true, label: { description: compiled.summary, ...(aria.label as object) } };
  const graphic = option.graphic;
  if (Array.isArray(graphic) && graphic.length > 0) option.graphic = graphic.map((g: Record<string, unknown>) => fitNote(g, width));
  return { ...compiled, option };
}

function fitNote(g: Record<string, unknown>, width: number): Record<string, unknown> {
  const style = g.style as Record<string, unknown> | undefined;
  if (g.type !== 'text' || !style || style.width != null) return g;
  return { ...g, style: { ...style, width: Math.max(120, Math.round(width * 0.6)), overflow: 'truncate', ellipsis: '…' } };
}
