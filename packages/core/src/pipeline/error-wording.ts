/**
 * The spec's message catalogue, as the pipeline words problems with it: imported on demand
 * (`loadErrorWording`, load-error-wording.ts) once something failed, so a page that draws its
 * views does not load the wording of every error before its first render (bench/size.ts).
 */
import { orderErrors, wordProblem, type Locale, type SpecError, type SpecProblem } from '@tongxin/spec';

export { jsonProblemText, messages as specMessages, messageText, withOriginText, wordProblem } from '@tongxin/spec';

/** Problems found without wording (`specProblem`) as `validateRecords` would have returned them: worded, ordered, without duplicates. */
export function wordProblems(problems: readonly SpecProblem[], locale: Locale): SpecError[] {
  return orderErrors(problems.map((p) => wordProblem(p, locale)));
}
