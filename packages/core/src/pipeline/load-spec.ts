import type { Locale, Spec } from '@tongxin/spec';
import { loadData, type LoadDataOptions } from '../load/load-data.ts';
import type { LoadedData } from '../model.ts';
import { checkSpecFast } from './check-spec-fast.ts';
import { parseSpecTextLazily } from './spec-document.ts';

/** Where a spec comes from: its text (a file, a `src` response) or a document already parsed (a `spec` property). */
export interface SpecSource {
  /** The spec's JSON text; parsed by step 1. */
  text?: string;
  /** The spec as an object; step 1 is skipped. */
  document?: unknown;
  /** The spec's own URL: dataset URLs resolve against it, and messages name it. */
  url: string;
}

/** The step `loadSpec` is about to run; `document` (validate) is the parsed spec, for counts. */
export type LoadStep = 'parse' | 'validate' | 'load';

export type LoadSpecOptions = Omit<LoadDataOptions, 'baseUrl'> & {
  /**
   * Called before steps 1, 2–3 and 4–5 (for a loading state that says what it does). A returned
   * promise is awaited first: a caller on the main thread can yield to the page between steps.
   */
  onStep?: (step: LoadStep, document?: unknown) => void | Promise<void>;
};

/** A spec that passed steps 1–5: valid, its datasets loaded and their records checked. Immutable. */
export interface LoadedSpec {
  spec: Spec;
  data: LoadedData;
  /** URL the dataset URLs were resolved against. */
  baseUrl: string;
}

/**
 * Steps 1–5 of the pipeline, the same for every element, the dashboard and the CLI:
 *
 *   1. parse      text → document (JSON, with line and column on a syntax error)
 *   2. migrate    an older version → the current one
 *   3. validate   the document: schema, then references, ids, dates, inline records
 *   4. load       every dataset `url` the spec names, once each (and only those)
 *   5. validate   the records that arrived against the contract of the views reading them
 *
 * Throws `DataLoadError` (1, 4) or `SpecFailure` (`invalid-spec` for 2–3, `invalid-records`
 * for 5); never returns something that cannot be drawn for a reason the checks know.
 */
export async function loadSpec(source: SpecSource, options: LoadSpecOptions = {}): Promise<LoadedSpec> {
  const locale: Locale = options.locale ?? 'zh-CN';
  const { onStep, ...loadOptions } = options;
  // 1. Parse.
  if (source.text !== undefined) await onStep?.('parse');
  const document = source.text !== undefined ? await parseSpecTextLazily(source.text, source.url) : source.document;
  // 2–3. Migrate and validate the document.
  await onStep?.('validate', document);
  const spec = await checkSpecFast(document, locale);
  // 4–5. Load the datasets and check the records that arrived.
  await onStep?.('load', document);
  const data = await loadData(spec, { ...loadOptions, baseUrl: source.url, locale: options.locale ?? spec.locale ?? locale });
  options.signal?.throwIfAborted();
  return { spec, data, baseUrl: source.url };
}
