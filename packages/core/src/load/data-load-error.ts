import type { GeoInputError } from '@tongxin/geo';
import type { Locale } from '@tongxin/spec';
import { errorWording } from '../pipeline/load-error-wording.ts';
import { DatasetShapeError } from './read-dataset-content.ts';
import type { DataLoadErrorKind, LoadErrorWords } from '../messages.ts';

export type { DataLoadErrorKind };

type WordsByLocale = Record<Locale, LoadErrorWords>;
let words: WordsByLocale | undefined;
let loadingWords: Promise<WordsByLocale | undefined> | undefined;

/**
 * The words of load errors (load-error-words.ts) are not part of a first render: they are imported
 * when a load fails, and the step that finds the failure awaits them before it makes its
 * `DataLoadError` (`loadErrorWording()` brings them too), so the error is worded at once, as
 * before. Resolves once they are in; a second call returns the same promise. Never rejects: should
 * the import fail (a chunk missing), the error is still made, worded by its kind and URL, and the
 * next call tries again.
 */
export function loadLoadErrorWords(): Promise<WordsByLocale | undefined> {
  return (loadingWords ??= import('./load-error-words.ts').then(
    (module) => (words = module.loadErrorWords),
    () => (loadingWords = undefined),
  ));
}

/** The words, imported statically by a caller that words at once (`parseSpecText`, for the CLI and tools). */
export function useLoadErrorWords(loaded: WordsByLocale): void {
  words = loaded;
  loadingWords ??= Promise.resolve(loaded);
}

/** Are the words in (a `DataLoadError` made now is worded)? */
export function hasLoadErrorWords(): boolean {
  return words !== undefined;
}

/** The words in a locale (zh-CN's for an unknown one); undefined before `loadLoadErrorWords` resolved. */
function wordsIn(locale: Locale): LoadErrorWords | undefined {
  return words && (words[locale] ?? words['zh-CN']);
}

/** Shaped like @tongxin/spec's SpecError so the elements show both the same way. */
export interface DataLoadIssue {
  /** JSON Pointer into the spec: `/datasets/<id>/url`. */
  path: string;
  message: string;
  hint?: string;
  code: string;
}

export interface DataLoadErrorInit {
  kind: DataLoadErrorKind;
  /** The dataset's resolved URL, or `inline` for inline values. */
  url: string;
  /** The spec path of the offending `url` or `values`. */
  path: string;
  datasetId?: string;
  status?: number;
  statusText?: string;
  line?: number;
  column?: number;
  /** Technical detail (parser or browser message). */
  detail?: string;
  /** The limit crossed (`timeout`: milliseconds, `too-large`: bytes). */
  limit?: number;
  locale?: Locale;
  cause?: unknown;
}

/**
 * A dataset could not be fetched or read. `message` is in the spec's locale; `localize` gives the other.
 * Worded from load-error-words.ts: make one after `await loadLoadErrorWords()` (every step of the
 * pipeline does); before, it is worded by its kind and URL alone (`[not-found] https://…`).
 */
export class DataLoadError extends Error {
  readonly kind: DataLoadErrorKind;
  readonly url: string;
  readonly datasetId?: string;
  readonly status?: number;
  readonly line?: number;
  readonly column?: number;
  readonly errors: DataLoadIssue[];
  private readonly init: DataLoadErrorInit;

  constructor(init: DataLoadErrorInit) {
    super(describe(init, init.locale ?? 'zh-CN'), { cause: init.cause });
    this.name = 'DataLoadError';
    this.init = init;
    this.kind = init.kind;
    this.url = init.url;
    this.datasetId = init.datasetId;
    this.status = init.status;
    this.line = init.line;
    this.column = init.column;
    this.errors = [this.issue(init.locale ?? 'zh-CN')];
  }

  /** The message in another locale. */
  localize(locale: Locale): string {
    return describe(this.init, locale);
  }

  /** The error as a SpecError-like issue in a locale. */
  issue(locale: Locale): DataLoadIssue {
    return { path: this.init.path, message: describe(this.init, locale), hint: wordsIn(locale)?.hint[this.kind], code: this.kind };
  }
}

/**
 * By name, not `instanceof`: the class (and @tongxin/geo's messages) come with the geometry reader,
 * which is loaded only for datasets that hold geometry (read-dataset-content.ts).
 */
function isGeoInputError(cause: unknown): cause is GeoInputError {
  return cause instanceof Error && cause.name === 'GeoInputError' && typeof (cause as GeoInputError).localized === 'function';
}

/** Why the content could not be read, in the locale: a shape or a geometry problem (both carry codes). */
function invalidDataReason(init: DataLoadErrorInit, locale: Locale): string | undefined {
  const cause = init.cause;
  if (cause instanceof DatasetShapeError) return wordsIn(locale)?.shape({ expected: cause.expected, found: cause.found });
  if (isGeoInputError(cause)) return cause.localized(locale);
  return locale === 'en' ? init.detail : undefined;
}

function describe(init: DataLoadErrorInit, locale: Locale): string {
  const m = wordsIn(locale);
  const { url, detail } = init;
  // Not yet imported (a caller that did not await `loadLoadErrorWords`): the kind and URL, never a blank.
  if (!m) return `[${init.kind}] ${url}`;
  switch (init.kind) {
    case 'not-found':
      return m['not-found']({ url });
    case 'http':
      return m.http({ url, status: init.status ?? 0, statusText: init.statusText });
    case 'network':
      return m.network({ url, detail });
    case 'malformed-json':
      // The parser's problem name, worded in the locale; a name the catalogue lacks is left out of a Chinese line.
      return m['malformed-json']({ url, line: init.line, column: init.column, problem: detail === undefined ? undefined : errorWording()?.jsonProblemText(detail, locale) ?? (locale === 'en' ? detail : undefined) });
    case 'invalid-data':
      return m['invalid-data']({ url, reason: invalidDataReason(init, locale) });
    case 'aborted':
      return m.aborted({ url });
    case 'refused-file':
      return m['refused-file']({ url });
    case 'refused-origin':
      return m['refused-origin']({ url });
    case 'timeout':
      return m.timeout({ url, seconds: (init.limit ?? 0) / 1000 });
    case 'too-large':
      return m['too-large']({ url, megabytes: Math.round(((init.limit ?? 0) / 1e6) * 100) / 100 });
  }
}
