/**
 * Estimated drawn width of one line of text, in px: CJK and full-width characters take about
 * one em, others about 0.6 em. Enough to reserve room for a label before ECharts measures it.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
}
