import type { CompiledView } from '../model.ts';

export interface FinalizeOptions {
  /** prefers-reduced-motion, or a static export: no animation. */
  reducedMotion: boolean;
}

/**
 * Step 8: the last touches every consumer needs, in one place — ECharts `aria` on with the
 * generated summary as its label, and animation off for reduced motion. (Long notes are not
 * drawn in the chart at all: maps carry only the short framed 示意区划 badge, and the full
 * attribution goes to the footer.)
 */
export function finalizeView(compiled: CompiledView, { reducedMotion }: FinalizeOptions): CompiledView {
  const option: Record<string, unknown> = { ...compiled.option };
  if (reducedMotion) option.animation = false;
  const aria = (option.aria ?? {}) as Record<string, unknown>;
  option.aria = { ...aria, enabled: true, label: { description: compiled.summary, ...(aria.label as object) } };
  return { ...compiled, option };
}
