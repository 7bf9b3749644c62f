import { contrastRatio, readableTextColor } from '../theme/contrast.ts';
import type { ThemeTokens } from '../theme/theme-tokens.ts';

/** WCAG AA for normal-size text. */
const AA = 4.5;

/**
 * A region label's colours on the region's fill: the theme's text or surface
 * colour, whichever reads better (dark names on light townships, light names
 * on dark ones, in either theme). Where neither reaches 4.5:1 (mid-tones of a
 * ramp), the label gets a halo of the other colour, so the letters always
 * stand on a ground they contrast with; so do names that would not read on the
 * page (the surface) where they spill off a small region. `halo: true` always adds it (names
 * drawn over markers, or over a fill that selection may change).
 */
export function regionLabelStyle(fill: string, tokens: ThemeTokens, options: { halo?: boolean } = {}): Record<string, unknown> {
  const candidates = [tokens.text, tokens.surface];
  const color = readableTextColor(fill, candidates);
  // A region made of specks (islands, a thin strip) puts most of its name on the page around it,
  // not on its fill: a name that does not read on the page as well gets the halo too.
  const readsOnPage = !(contrastRatio(tokens.surface, color) < 3);
  if (!options.halo && readsOnPage && !(contrastRatio(fill, color) < AA)) return { color };
  const halo = color === candidates[0] ? candidates[1] : candidates[0];
  return { color, textBorderColor: halo, textBorderWidth: 2 };
}
