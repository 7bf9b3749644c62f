/**
 * The spec's message catalogue, as the pipeline words problems with it: imported on demand
 * (`loadErrorWording`, load-error-wording.ts) once something failed, so a page that draws its
 * views does not load the wording of every error before its first render (bench/size.ts).
 */
import { orderErrors, specError, type Locale, type SpecError, type SpecProblem } from '@tongxin/spec';

export { jsonProblemText, messages as specMessages, messageText, withOriginText } from '@tongxin/spec';

/** Problems found without wording (`specProblem`) as `specError` would have made them: worded, ordered, without duplicates. */
export function wordProblems(problems: readonly SpecProblem[], locale: Locale): SpecError[] {
  return orderErrors(problems.map((p) => specError(p.code, p.path, p.params as never, locale, {
    ...(p.dataset !== undefined ? { dataset: p.dataset } : {}),
    ...(p.dataPath !== undefined ? { dataPath: p.dataPath } : {}),
    ...(p.origin !== undefined ? { origin: p.origin } : {}),
  })));
}
