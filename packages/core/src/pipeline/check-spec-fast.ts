import { quickValidate, type Locale, type Spec } from '@tongxin/spec';
import { loadErrorWording } from './load-error-wording.ts';
import { countStep } from './pipeline-stats.ts';

/** Steps 2–3 with the full validator (`checkSpec`, check-spec.ts). */
export type FullCheck = (document: unknown, locale: Locale) => Spec;

let loaded: FullCheck | undefined;
let loading: Promise<FullCheck> | undefined;

/**
 * The full validator (@cfworker/json-schema and its wording of every schema problem), loaded
 * with `import()` the first time a spec needs it: a valid spec never does, so a first render
 * carries none of it (`pnpm size` lists it as an on-demand file).
 */
export function loadFullCheck(): Promise<FullCheck> {
  // With the wording of what it finds, which its SpecFailure needs when it is shown.
  return (loading ??= Promise.all([import('./check-spec.ts'), loadErrorWording()]).then(([module]) => (loaded = module.checkSpec)));
}

/** A synchronous step needed the full validator before it had loaded; `ready` settles once it has. */
export class FullCheckPending extends Error {
  readonly ready: Promise<unknown>;
  constructor(ready: Promise<unknown>) {
    super('the full validator is loading');
    this.name = 'FullCheckPending';
    this.ready = ready;
  }
}

/**
 * Steps 2–3, synchronously: the fast path (`quickValidate`) for a valid spec; anything else goes
 * to the full validator — `full` if given (the CLI bundles it), else the loaded one — which gives
 * the verdict, codes and pointers. Throws `SpecFailure`, or `FullCheckPending` while it loads.
 */
export function checkSpecNow(document: unknown, locale: Locale, full: FullCheck | undefined = loaded): Spec {
  const spec = quickValidate(document);
  if (spec) {
    countStep('validate');
    return spec;
  }
  if (full) return full(document, locale);
  throw new FullCheckPending(loadFullCheck());
}

/** Steps 2–3 as `loadSpec` runs them: the fast path, else the full validator, loaded first if need be. */
export async function checkSpecFast(document: unknown, locale: Locale): Promise<Spec> {
  try {
    return checkSpecNow(document, locale);
  } catch (error) {
    if (!(error instanceof FullCheckPending)) throw error;
    return (await loadFullCheck())(document, locale);
  }
}
