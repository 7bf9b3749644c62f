import { hasOwn, own } from './own.ts';
import { SPEC_VERSION } from './types.ts';

/**
 * Steps between spec versions: `migrations[n]` turns a version-n spec into a version-(n+1) one.
 * Each step is pure (returns a new object, never edits its input). Version 1 is the first, so
 * the table is empty; the mechanism is here so that version 2 only adds an entry.
 */
export const migrations: Readonly<Record<number, (spec: Record<string, unknown>) => Record<string, unknown>>> = {};

/** The first spec version there ever was. */
export const FIRST_SPEC_VERSION = 1;

/** Why a spec cannot be migrated; `code` is a `SpecError` code. */
export class SpecVersionError extends Error {
  constructor(
    readonly code: 'not-an-object' | 'missing-version' | 'bad-version' | 'newer-version' | 'unknown-version',
    readonly params: Record<string, unknown>,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = 'SpecVersionError';
  }
}

/**
 * JSON type name of a value, as the messages say it: `object`, `array`, `string`, `number`,
 * `boolean`, `null`, and `nonfinite` for Infinity and NaN (JSON's `1e400` parses as Infinity), so
 * that no message says "expected a number, got a number". Values JSON cannot hold keep their
 * `typeof` (`function`, `undefined`, …).
 */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'nonfinite';
  return typeof value;
}

/**
 * Brings a spec to `SPEC_VERSION`, step by step through `migrations`. Pure: the input is not
 * changed (a current spec comes back as the same object). Throws `SpecVersionError` when the
 * input is not an object, has no usable `version`, is newer than this library, or is a version
 * that never existed.
 */
export function migrate(
  input: unknown,
  steps: Readonly<Record<number, (spec: Record<string, unknown>) => Record<string, unknown>>> = migrations,
  target: number = SPEC_VERSION,
): { spec: unknown; from: number; to: number } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new SpecVersionError('not-an-object', { actual: jsonType(input) });
  }
  const record = input as Record<string, unknown>;
  if (!hasOwn(record, 'version')) throw new SpecVersionError('missing-version', { current: target });
  const from = own(record, 'version');
  if (typeof from !== 'number' || !Number.isInteger(from)) throw new SpecVersionError('bad-version', { value: from });
  if (from > target) throw new SpecVersionError('newer-version', { version: from, current: target });
  if (from < FIRST_SPEC_VERSION) throw new SpecVersionError('unknown-version', { version: from, current: target });

  let spec = record;
  for (let version = from; version < target; version++) {
    const step = own(steps, version) as ((spec: Record<string, unknown>) => Record<string, unknown>) | undefined;
    if (!step) throw new SpecVersionError('unknown-version', { version: from, current: target });
    spec = { ...step(spec), version: version + 1 };
  }
  return { spec, from, to: target };
}
