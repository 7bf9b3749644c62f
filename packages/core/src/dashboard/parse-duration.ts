const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;

/**
 * A spec duration (`500ms`, `30s`, `5m`, `1h`, or combined `1m30s`) in milliseconds.
 * Returns `undefined` for anything else (no bare numbers: `60` could be seconds or ms),
 * so the caller decides what a bad value means; the spec validator reports it.
 */
export function parseDuration(text: string | undefined): number | undefined {
  if (typeof text !== 'string') return undefined;
  const source = text.trim();
  if (source === '') return undefined;
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < source.length) {
    const start = PART.lastIndex;
    const match = PART.exec(source);
    if (!match || match.index !== start) return undefined;
    total += Number(match[1]) * UNIT_MS[match[2]];
  }
  return total;
}
