import { describe, expect, it } from 'vitest';
import { migrate, migrations, SPEC_VERSION, SpecVersionError } from '../../../packages/spec/src/index.ts';

const v1 = { version: 1, kind: 'kpi', id: 'k', items: [{ label: '热线来电', value: 152 }] };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof SpecVersionError ? error.code : `other: ${String(error)}`;
  }
  return undefined;
}

describe('migrate', () => {
  it('returns a current (version 1) spec unchanged', () => {
    const input = structuredClone(v1);
    const result = migrate(input);
    expect(result).toEqual({ spec: v1, from: 1, to: SPEC_VERSION });
    expect(input).toEqual(v1);
  });

  it('has no steps yet: version 1 is the first', () => {
    expect(SPEC_VERSION).toBe(1);
    expect(Object.keys(migrations)).toEqual([]);
  });

  it('rejects version 0, a newer version, a missing or non-integer version, and a non-object', () => {
    expect(codeOf(() => migrate({ ...v1, version: 0 }))).toBe('unknown-version');
    expect(codeOf(() => migrate({ ...v1, version: 2 }))).toBe('newer-version');
    expect(codeOf(() => migrate({ kind: 'kpi' }))).toBe('missing-version');
    expect(codeOf(() => migrate({ ...v1, version: '1' }))).toBe('bad-version');
    expect(codeOf(() => migrate({ ...v1, version: 1.5 }))).toBe('bad-version');
    expect(codeOf(() => migrate([v1]))).toBe('not-an-object');
    expect(codeOf(() => migrate(null))).toBe('not-an-object');
  });

  it('runs a table of steps in order, purely, and stamps each new version', () => {
    // A made-up future: v1 → v2 renames `items` to `figures`, v2 → v3 adds a default theme.
    const steps = {
      1: ({ items, ...rest }: Record<string, unknown>) => ({ ...rest, figures: items }),
      2: (spec: Record<string, unknown>) => ({ theme: 'portal', ...spec }),
    };
    const input = structuredClone(v1);
    const result = migrate(input, steps, 3);
    expect(result.from).toBe(1);
    expect(result.to).toBe(3);
    expect(result.spec).toEqual({ version: 3, kind: 'kpi', id: 'k', figures: v1.items, theme: 'portal' });
    expect(input).toEqual(v1); // the input is untouched
    expect(migrate({ ...v1, version: 2, figures: [] }, steps, 3).spec).toMatchObject({ version: 3, theme: 'portal' });
  });

  it('rejects a version with no step from it', () => {
    expect(codeOf(() => migrate(v1, { 2: (s: Record<string, unknown>) => s }, 3))).toBe('unknown-version');
  });
});
