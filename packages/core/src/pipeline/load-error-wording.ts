/**
 * The spec's message catalogue (error-wording.ts) is not part of a first render: it is imported
 * when a step finds a problem, and that step awaits it before it throws, so every error that
 * reaches an element, the dashboard or the CLI can be worded synchronously (`describeFailure`,
 * `SpecFailure.issues`). The full validator's chunk brings it too (check-spec-fast.ts).
 */
import { loadLoadErrorWords } from '../load/data-load-error.ts';

export type ErrorWording = typeof import('./error-wording.ts');

let loaded: ErrorWording | undefined;
let loading: Promise<ErrorWording> | undefined;

/** Imports the catalogue once, with the words of load errors (`loadLoadErrorWords`, data-load-error.ts). */
export function loadErrorWording(): Promise<ErrorWording> {
  return (loading ??= Promise.all([import('./error-wording.ts'), loadLoadErrorWords()]).then(([module]) => (loaded = module)));
}

/** The catalogue, imported statically by a module that words at once (check-spec.ts, which the CLI bundles). */
export function useErrorWording(wording: ErrorWording): void {
  loaded = wording;
  loading ??= Promise.resolve(wording);
}

/** The catalogue if it has been imported; undefined before the first problem. */
export function errorWording(): ErrorWording | undefined {
  return loaded;
}
