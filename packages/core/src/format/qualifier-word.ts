import type { Locale, Qualifier } from '@tongxin/spec';
import { messages } from '../messages.ts';

/** The word for a qualifier on its own (余 / 约 / 以上; over / about / at least); '' when exact. */
export function qualifierWord(qualifier: Qualifier | undefined | null, locale: Locale): string {
  // Own keys only: a record's qualifier "constructor" must not print Object.
  const words = messages(locale).qualifierWord;
  return qualifier && Object.hasOwn(words, qualifier) ? words[qualifier] : '';
}
