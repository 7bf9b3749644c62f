import { parseDuration as parseSpecDuration } from '@tongxin/spec';

/**
 * A spec duration (`500ms`, `30s`, `1.5m`, `1h`) in milliseconds; `undefined` for anything
 * else, zero included. The validator's own grammar, so a spec that validates always schedules.
 */
export function parseDuration(text: string | undefined): number | undefined {
  return typeof text === 'string' ? parseSpecDuration(text.trim()) : undefined;
}
