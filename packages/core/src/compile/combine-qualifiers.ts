import type { Qualifier } from '@tongxin/spec';

/**
 * The qualifier of a sum: 约 (about) anywhere makes the total approximate;
 * otherwise any 多/余 (over) makes it "over"; otherwise any 以上 (at-least)
 * makes it "at least"; exact figures stay exact.
 */
export function combineQualifiers(qualifiers: (Qualifier | null | undefined)[]): Qualifier | undefined {
  if (qualifiers.includes('about')) return 'about';
  if (qualifiers.includes('over')) return 'over';
  if (qualifiers.includes('at-least')) return 'at-least';
  return undefined;
}
