/**
 * Counts what loads ICU's data on first use: every Intl constructor, and the methods that build an
 * Intl object under the hood (`localeCompare`, `toLocale*String`). A page's first one costs 12–23 ms
 * in Chromium, so nothing on the way to a first render may call one. For the unit tests (Node) and
 * the browser tests alike. `called` lists the calls so far, in order; `stop()` puts everything back
 * (again is harmless) and returns them.
 */
export function watchIntl(): { called: readonly string[]; stop(): string[] } {
  const called: string[] = [];
  const intl = Intl as unknown as Record<string, unknown>;
  const constructors = ['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat', 'PluralRules', 'Collator', 'ListFormat', 'Segmenter']
    .filter((name) => typeof intl[name] === 'function');
  const methods: Array<[Record<string, unknown>, string, string]> = [
    [String.prototype as never, 'localeCompare', 'localeCompare'],
    [Number.prototype as never, 'toLocaleString', 'Number toLocaleString'],
    [Date.prototype as never, 'toLocaleString', 'Date toLocaleString'],
    [Date.prototype as never, 'toLocaleDateString', 'toLocaleDateString'],
    [Date.prototype as never, 'toLocaleTimeString', 'toLocaleTimeString'],
  ];
  const originals = constructors.map((name) => intl[name] as new (...args: unknown[]) => unknown);
  const originalMethods = methods.map(([proto, name]) => proto[name] as (...args: unknown[]) => unknown);
  constructors.forEach((name, i) => {
    intl[name] = function (...args: unknown[]) {
      called.push(`Intl.${name}`);
      return new originals[i](...args);
    };
  });
  methods.forEach(([proto, name, label], i) => {
    proto[name] = function (this: unknown, ...args: unknown[]) {
      called.push(label);
      return originalMethods[i].apply(this, args);
    };
  });
  return {
    called,
    stop() {
      constructors.forEach((name, i) => { intl[name] = originals[i]; });
      methods.forEach(([proto, name], i) => { proto[name] = originalMethods[i]; });
      return called;
    },
  };
}

/** What `run` called of `watchIntl`'s list. */
export function intlCalledBy(run: () => void): string[] {
  const watch = watchIntl();
  let called: string[] = [];
  try {
    run();
  } finally {
    called = watch.stop();
  }
  return called;
}
