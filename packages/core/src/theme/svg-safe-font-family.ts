/**
 * A CSS font-family list with every family name quoted with ' instead of ".
 * ECharts' SVG renderer writes the font into a double-quoted `style` attribute
 * without escaping, so a " in a family name ends the attribute and the SVG is
 * no longer XML. CSS reads both quotes the same; `getComputedStyle` hands
 * back ", so values read from the page pass through here too.
 */
export function svgSafeFontFamily(family: string): string {
  return family.replaceAll('"', "'");
}
