/**
 * Which Intl constructors `run` calls, by name: a page's first Intl object loads ICU's data
 * (12–23 ms in Chromium), so the first render must build none.
 */
export function intlBuilt(run: () => void): string[] {
  const names = ['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat', 'PluralRules', 'Collator'] as const;
  const intl = Intl as unknown as Record<string, unknown>;
  const originals = names.map((name) => intl[name] as new (...args: unknown[]) => unknown);
  const built: string[] = [];
  names.forEach((name, i) => {
    intl[name] = function (...args: unknown[]) {
      built.push(`Intl.${name}`);
      return new originals[i](...args);
    };
  });
  try {
    run();
  } finally {
    names.forEach((name, i) => { intl[name] = originals[i]; });
  }
  return built;
}
