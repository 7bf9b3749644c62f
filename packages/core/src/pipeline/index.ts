/**
 * One pipeline from spec to screen, run by every consumer — each element, `tx-dashboard`,
 * `tongxin validate`, `tongxin render` — so the same input gets the same verdict, codes and
 * pointers everywhere (in the spirit of Vega-Lite's compile.ts):
 *
 *   loadSpec (async, once per spec or refresh)
 *     1. parse      text → document, line and column on a syntax error     parseSpecText
 *     2. migrate    an older version → the current one                      checkSpecFast
 *     3. validate   the document (schema, references, inline records)       checkSpecFast
 *     4. load       each dataset `url` once, nothing else                   loadData
 *     5. validate   records that arrived against their views' contract      loadData
 *   drawView (sync, again on resize / theme / locale / selection)
 *     6. resolve    the view, attribute overrides, locale/theme/title        resolveView
 *     7. compile    a plain ECharts option, data table, summary              compileView
 *     8. finalize   aria summary, reduced motion                            finalizeView
 *
 * A dashboard runs 1–5 once and hands each child its `LoadedSpec` and linked selection: a click
 * runs only 6–8 for the views it filters.
 */
export { loadSpec, type SpecSource, type LoadSpecOptions, type LoadedSpec, type LoadStep } from './load-spec.ts';
export { checkSpec } from './check-spec.ts';
export { checkSpecNow, checkSpecFast, loadFullCheck, FullCheckPending, type FullCheck } from './check-spec-fast.ts';
export { drawView } from './draw-any-view.ts';
export { compileFailure, drawViewWith, resolveView, specLocale, specTheme, specViews, type ViewRequest, type ResolvedView, type DrawnView, type ViewCompiler } from './draw-view.ts';
export { finalizeView, type FinalizeOptions } from './finalize-view.ts';
export { parseSpecText } from './parse-spec-text.ts';
export { SpecFailure, wordError, type FailureKind, type PipelineIssue, type PipelineError, type PipelineCode } from './spec-failure.ts';
export { describeFailure, type FailureDescription } from './describe-failure.ts';
export { loadErrorWording, errorWording, useErrorWording, type ErrorWording } from './load-error-wording.ts';
export { locatePointer, positionAt, offsetOfPointer, pointerOffset, issueAnchor, type Position } from './locate-pointer.ts';
export { pipelineStats, type PipelineStats } from './pipeline-stats.ts';
