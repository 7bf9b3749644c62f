import { suggest } from '../suggest.ts';
import { type CheckContext, type Location, report } from './context.ts';
import { specViews } from './views.ts';

function withSuggestion(id: string, known: string[]) {
  const suggestion = suggest(id, known);
  return suggestion === undefined ? { id, known } : { id, known, suggestion };
}

/** Reports a dataset id the spec does not define; true when it exists. */
export function datasetExists(context: CheckContext, id: string, at: Location | string): boolean {
  const known = Object.keys(context.spec.datasets ?? {});
  if (known.includes(id)) return true;
  report(context, 'unknown-dataset', at, withSuggestion(id, known));
  return false;
}

/** Reports a source id the spec does not define; true when it exists. */
export function sourceExists(context: CheckContext, id: string, at: Location | string): boolean {
  const known = Object.keys(context.spec.sources ?? {});
  if (known.includes(id)) return true;
  report(context, 'unknown-source', at, withSuggestion(id, known));
  return false;
}

/** Reports a view id the spec does not have; true when it exists. */
export function viewExists(context: CheckContext, id: string, at: Location | string): boolean {
  const known = specViews(context.spec).map(({ view }) => view.id);
  if (known.includes(id)) return true;
  report(context, 'unknown-view', at, withSuggestion(id, known));
  return false;
}
