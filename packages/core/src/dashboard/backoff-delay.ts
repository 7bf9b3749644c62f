/** Default ceiling of the refresh back-off: a failing source is still retried every 10 minutes. */
export const DEFAULT_MAX_BACKOFF = 10 * 60_000;

export interface BackoffOptions {
  /** Delay after the first failure, in ms (a dashboard uses its refresh interval). */
  base: number;
  /** Growth per further failure. Default 2. */
  factor?: number;
  /** Ceiling in ms. Default 10 minutes, and never below `base`. */
  max?: number;
  /** Share of the delay (0–1) removed at random so many screens do not retry in step. Default 0. */
  jitter?: number;
  /** Source of randomness in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/**
 * How long to wait before retry number `failures` (1 after the first failure):
 * base, 2×base, 4×base … up to the ceiling, minus up to `jitter` of it at random.
 */
export function backoffDelay(failures: number, options: BackoffOptions): number {
  const { base, factor = 2, max = DEFAULT_MAX_BACKOFF, jitter = 0, random = Math.random } = options;
  const ceiling = Math.max(max, base);
  const exponent = Math.max(0, failures - 1);
  // Cap the exponent's result before it overflows to Infinity on a day-long outage.
  const grown = Math.min(ceiling, base * Math.pow(factor, Math.min(exponent, 64)));
  const spread = Math.min(Math.max(jitter, 0), 1);
  return grown * (1 - spread * random());
}
