import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../packages/core/src/index.ts';

describe('parseDuration', () => {
  it('reads the units a spec may use', () => {
    expect(parseDuration('60s')).toBe(60_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration(' 8s ')).toBe(8000);
  });

  it('refuses what it cannot read rather than guessing, and zero', () => {
    for (const bad of ['', '60', 's', '10 s', '-5s', '5x', '1m30s', '5sm', 'abc', '0s']) {
      expect(parseDuration(bad), bad).toBeUndefined();
    }
    expect(parseDuration(undefined)).toBeUndefined();
  });
});
