/**
 * Notes drawn inside the chart (示意区划, map attribution) are single long lines; cut each at 60%
 * of the width with an ellipsis, as the element does (elements/src/shared/fit-notes.ts — this
 * belongs in @tongxin/core so both share it): the page footer repeats the whole text.
 */
export function fitNotes(option: Record<string, unknown>, width: number): Record<string, unknown> {
  const graphic = option.graphic;
  if (!Array.isArray(graphic) || graphic.length === 0) return option;
  return {
    ...option,
    graphic: graphic.map((g: Record<string, unknown>) => {
      const style = g.style as Record<string, unknown> | undefined;
      if (g.type !== 'text' || !style || style.width != null) return g;
      return { ...g, style: { ...style, width: Math.max(120, Math.round(width * 0.6)), overflow: 'truncate', ellipsis: '…' } };
    }),
  };
}
