import type { Locale } from '@tongxin/spec';
import { DataLoadError } from '../load/data-load-error.ts';
import { SpecFailure, type FailureKind, type PipelineIssue } from './spec-failure.ts';

/** A failure as `tx-error` carries it and the frames show it. */
export interface FailureDescription {
  kind: FailureKind;
  errors: PipelineIssue[];
}

/**
 * Whatever a pipeline step threw, worded in `locale`: every problem with its code and pointer.
 * Anything else (a bug) is described as `compile-failed` with its message, never a blank.
 */
export function describeFailure(error: unknown, locale: Locale): FailureDescription {
  if (error instanceof SpecFailure) return { kind: error.kind, errors: error.issues(locale) };
  if (error instanceof DataLoadError) {
    const issue = error.issue(locale);
    const described: PipelineIssue = { code: issue.code, path: issue.path, message: issue.message };
    if (issue.hint !== undefined) described.hint = issue.hint;
    if (error.datasetId !== undefined) described.dataset = error.datasetId;
    return { kind: error.kind, errors: [described] };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return describeFailure(new SpecFailure('compile-failed', [{ code: 'compile-failed', path: '', params: { view: '', detail } }], locale), locale);
}
