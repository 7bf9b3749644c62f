const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * A spec duration (`500ms`, `30s`, `1.5m`, `1h`) in milliseconds; `undefined` for anything
 * else, zero included (no bare numbers: `60` could be seconds or ms). The same grammar as
 * the spec validator's `parseDuration`, so a spec that validates always schedules.
 */
export function parseDuration(text: string | undefined): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[match[2]];
  return ms > 0 ? ms : undefined;
}
