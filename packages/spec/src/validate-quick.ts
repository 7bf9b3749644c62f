import { semanticErrors } from './check/index.ts';
import { inspectJson } from './check/document-safety.ts';
import { migrate } from './migrate.ts';
import { isObject } from './own.ts';
import { schemaAccepts } from './schema-accepts.ts';
import { specProblem } from './spec-problem.ts';
import type { Spec } from './types.ts';

/**
 * The fast path of `validateSpec`, for a first render: the same pre-pass, migration and semantic
 * checks, with the JSON Schema checked yes/no (`schemaAccepts`, no interpreter) and the problems
 * counted, not worded (`specProblem`: no message catalogue).
 * Returns the migrated spec when it is valid — exactly what `validateSpec(input).spec` would be —
 * and undefined when anything is wrong or not sure: then `validateSpec` gives the verdict and words
 * it, so a spec rejected by one path is rejected by the other with the same codes and pointers.
 */
export function quickValidate(input: unknown): Spec | undefined {
  if (!isObject(input)) return undefined;
  const inspection = inspectJson(input, { copy: true });
  if (inspection.problems.length > 0) return undefined;
  let migrated: unknown;
  try {
    migrated = migrate(input).spec;
  } catch {
    return undefined;
  }
  const safe = migrated === input ? inspection.copy : inspectJson(migrated, { copy: true }).copy;
  if (!schemaAccepts(safe)) return undefined;
  return semanticErrors(safe as Spec, 'zh-CN', Object.create(null), specProblem).length === 0 ? (migrated as Spec) : undefined;
}
