import { originRef, type Locale, type RecordOrigin, type MessageParams, type SpecError, type SpecErrorCode, type SpecProblem } from '@tongxin/spec';
import { messages, type DataLoadErrorKind } from '../messages.ts';
import { errorWording } from './load-error-wording.ts';

/**
 * What stopped a spec from being drawn, as `tx-error`'s `kind` says it:
 * - `invalid-spec`: the document breaks the schema or a semantic rule (steps 1–3);
 * - `invalid-records`: records loaded from a dataset `url` break the records contract (step 5);
 * - a `DataLoadErrorKind` (`not-found`, `http`, `network`, `malformed-json`, `invalid-data`,
 *   `aborted`; from a sandboxed loader also `refused-file`, `refused-origin`, `timeout`,
 *   `too-large`): the spec or a dataset could not be fetched or read (steps 1 and 4);
 * - `no-view`: the spec has no view this element (or `--view`) can draw (step 6);
 * - `compile-failed`: a view could not be compiled (step 7: a bug, reported rather than a blank).
 */
export type FailureKind = 'invalid-spec' | 'invalid-records' | DataLoadErrorKind | 'no-view' | 'compile-failed';

/** One problem, located and worded: what every consumer (element, dashboard, CLI) shows. */
export interface PipelineIssue {
  /** Stable code, e.g. `unknown-property`, `http`, `no-view`. */
  code: string;
  /** JSON Pointer into the spec; `''` is the document. */
  path: string;
  message: string;
  hint?: string;
  /** For problems inside data loaded from a dataset `url`: its id and the pointer inside its contents. */
  dataset?: string;
  dataPath?: string;
  /**
   * For records read from a table and reshaped (`fields`, `transform`): where the value came from,
   * as one reference — `funds.csv:4:3`, `funds.xlsx!Sheet1!C7`, `funds.xlsx!Sheet1!7:7` (a row),
   * `api.json#/data/list/1/jine`, or the transform that made the record (`/datasets/funds/transform/0`).
   * The message starts with it, worded.
   */
  source?: string;
  /** The same, as data (`kind`: `cell`, `row` or `transform`). */
  origin?: RecordOrigin;
}

/** Codes the pipeline itself raises (the spec's own codes are worded by @tongxin/spec). */
export type PipelineCode = 'no-view' | 'compile-failed';

/** A problem as the pipeline keeps it: code and parameters, worded on demand in any locale. */
export interface PipelineError {
  code: SpecErrorCode | PipelineCode;
  path: string;
  params: Record<string, unknown>;
  dataset?: string;
  dataPath?: string;
  origin?: RecordOrigin;
}

/**
 * A spec the pipeline rejected (steps 2–3, 5, 6, 7). Keeps the errors' codes and parameters,
 * so `issues(locale)` words them in any locale without running anything again.
 */
export class SpecFailure extends Error {
  readonly kind: 'invalid-spec' | 'invalid-records' | 'no-view' | 'compile-failed';
  readonly errors: readonly PipelineError[];

  constructor(kind: SpecFailure['kind'], errors: readonly PipelineError[], locale: Locale = 'zh-CN') {
    super(errors.map((e) => `${e.path || '/'}${e.dataset !== undefined ? ` (${e.dataset}${e.dataPath ?? ''})` : ''}: ${wordError(e, locale).message}`).join('\n'));
    this.name = 'SpecFailure';
    this.kind = kind;
    this.errors = errors;
  }

  /** Built from @tongxin/spec's validation errors (worded or not: only codes, pointers and parameters are kept). */
  static fromSpecErrors(kind: 'invalid-spec' | 'invalid-records', errors: readonly (SpecError | SpecProblem)[], locale?: Locale): SpecFailure {
    return new SpecFailure(kind, errors.map((e) => {
      const error: PipelineError = { code: e.code, path: e.path, params: e.params ?? {} };
      if (e.dataset !== undefined) error.dataset = e.dataset;
      if (e.dataPath !== undefined) error.dataPath = e.dataPath;
      if (e.origin !== undefined) error.origin = e.origin;
      return error;
    }), locale);
  }

  /** The problems worded in `locale`. */
  issues(locale: Locale): PipelineIssue[] {
    return this.errors.map((error) => {
      const text = wordError(error, locale);
      const issue: PipelineIssue = { code: error.code, path: error.path, message: text.message };
      if (text.hint !== undefined) issue.hint = text.hint;
      if (error.dataset !== undefined) issue.dataset = error.dataset;
      if (error.dataPath !== undefined) issue.dataPath = error.dataPath;
      if (error.origin !== undefined) {
        issue.source = originRef(error.origin);
        issue.origin = error.origin;
      }
      return issue;
    });
  }
}

/** One error in a locale: the spec's catalogue for its codes, core's for the pipeline's. */
export function wordError(error: PipelineError, locale: Locale): { message: string; hint?: string } {
  const words = messages(locale).viewError;
  switch (error.code) {
    case 'no-view': {
      const p = error.params as { kind?: string; view?: string; views: string[] };
      return { message: words['no-view'](p), hint: words.hint['no-view'](p) };
    }
    case 'compile-failed':
      return { message: words['compile-failed'](error.params as { view: string; detail: string }), hint: words.hint['compile-failed'] };
    default: {
      // The steps that find spec problems load the catalogue before they throw (load-error-wording.ts).
      const wording = errorWording();
      if (!wording || !Object.hasOwn(wording.specMessages, error.code)) return { message: error.code };
      return wording.withOriginText(wording.messageText(error.code, error.params as MessageParams<SpecErrorCode>, locale), error.origin, locale);
    }
  }
}
