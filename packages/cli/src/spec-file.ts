import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DataLoadError,
  describeFailure,
  loadErrorWording,
  drawView,
  loadSpec,
  issueAnchor,
  jsonPointer,
  locatePointer,
  ReadRefusal,
  resolveDatasetUrl,
  SpecFailure,
  specViews,
  type LoadedSpec,
  type PipelineIssue,
} from '@tongxin/core';
import { locateDelimitedCell, locateXlsxCell } from '@tongxin/core/table';
import type { Locale, RecordOrigin } from '@tongxin/spec';
import type { CliIO } from './io.ts';
import { cliMessages } from './messages.ts';
import { createSandbox, readFileCapped, type SandboxLimits } from './sandbox.ts';

/** A problem located in a file: what `tongxin validate` and `tongxin render` print. */
export interface Problem extends PipelineIssue {
  /** Absolute path of the file the problem is in (the spec, or the dataset file). */
  file: string;
  line: number;
  column: number;
  /** The pointer printed: into the data file for problems in loaded records, else into the spec. */
  pointer: string;
  /** A workbook's cell (`Sheet1!B4`, or a row `4:4`), printed instead of LINE:COL; then `line` and `column` are its row and column. */
  cell?: string;
}

export interface SpecFileOptions extends SandboxLimits {
  locale: Locale;
  /** Directory tree dataset files may come from. Default: the spec file's directory. */
  root?: string;
  /** Origins datasets may be fetched from (exact: scheme, host, port). Default: none. */
  allowOrigins?: readonly string[];
  /** The network under the sandbox, for http(s) dataset URLs of allowed origins. Default: global fetch. */
  fetch?: typeof fetch;
  /**
   * A dataset whose URL is on an origin not allowed: `refuse` (render: the problem
   * `refused-origin`) or `skip` (validate: not fetched, its records and the views not checked;
   * listed in `skipped`). Default `refuse`.
   */
  notAllowed?: 'refuse' | 'skip';
  /** Cancels the reads. */
  signal?: AbortSignal;
}

export type SpecFileResult =
  | { ok: true; loaded: LoadedSpec; text: string; dataFiles: string[]; skipped: SkippedDataset[] }
  | { ok: false; problems: Problem[]; dataFiles: string[]; skipped: SkippedDataset[] };

/** A dataset `validate` did not fetch: its origin is not allowed. */
export interface SkippedDataset {
  id: string;
  url: string;
}

/**
 * Runs a spec file through the pipeline's steps 1–5 (`loadSpec`, as the elements do), its
 * datasets read through the sandbox (`sandbox.ts`); every problem located at a line and column
 * of the file it is in. The spec file itself is read with the same deadline and size cap.
 */
export async function loadSpecFile(path: string, options: SpecFileOptions): Promise<SpecFileResult> {
  const { locale } = options;
  let text: string;
  try {
    text = (await readFileCapped(path, options, options.signal)).replace(/^\uFEFF/, '');
  } catch (error) {
    const at = { file: path, line: 1, column: 1, pointer: '' };
    if (error instanceof ReadRefusal) {
      await loadErrorWording(); // the words of load errors come with it (core's data-load-error.ts)
      const failure = new DataLoadError({ kind: error.kind, url: pathToFileURL(path).href, path: '', ...(error.limit !== undefined ? { limit: error.limit } : {}), locale });
      return { ok: false, problems: describeFailure(failure, locale).errors.map((issue) => ({ ...issue, ...at })), dataFiles: [], skipped: [] };
    }
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    await loadErrorWording(); // `unreadable-file` is worded by the spec's catalogue, loaded for problems
    const failure = describeFailure(new SpecFailure('invalid-spec', [{ code: 'unreadable-file', path: '', params: { file: path, reason } }], locale), locale);
    return { ok: false, problems: failure.errors.map((issue) => ({ ...issue, ...at })), dataFiles: [], skipped: [] };
  }
  return loadSpecText(text, path, { ...options, root: options.root ?? dirname(path) });
}

/**
 * `loadSpecFile` for a spec's text: `path` is where it is said to be (dataset URLs resolve against
 * it, problems name it); nothing is read from it. Without `root`, no dataset file is read.
 */
export async function loadSpecText(text: string, path: string, options: SpecFileOptions): Promise<SpecFileResult> {
  const { locale } = options;
  const texts = new Map<string, string>(); // dataset file path → text, to locate problems in it
  const workbooks = new Map<string, Uint8Array>(); // xlsx files: their cells are located by sheet and reference
  const sandbox = createSandbox({ ...options, onFile: (file, body, bytes) => (/\.xlsx$/i.test(file) ? workbooks.set(file, bytes) : texts.set(file, body)) });
  const specUrl = pathToFileURL(path).href;
  // validate: datasets on origins not allowed are left out (`only`), and said so, rather than refused.
  const skipped = options.notAllowed === 'skip' ? remoteDatasets(text, specUrl).filter(({ url }) => sandbox.refusesOrigin(url)) : [];
  const only = skipped.length > 0 ? datasetIds(text).filter((id) => !skipped.some((s) => s.id === id)) : undefined;

  try {
    const loaded = await loadSpec({ text, url: specUrl }, { locale, fetch: sandbox.fetch, ...(only ? { only } : {}), ...(options.signal ? { signal: options.signal } : {}) });
    return { ok: true, loaded, text, dataFiles: [...texts.keys(), ...workbooks.keys()], skipped };
  } catch (error) {
    if (!(error instanceof SpecFailure) && !(error instanceof DataLoadError)) throw error;
    const issues = describeFailure(error, locale).errors;
    const datasetFile = (id: string | undefined): string | undefined => {
      if (error instanceof DataLoadError && error.url.startsWith('file:')) return fileURLToPath(error.url);
      return id === undefined ? undefined : datasetPath(path, text, id);
    };
    const problems = issues.map((issue): Problem => {
      // A syntax error: in the spec itself (path ''), or in a dataset file.
      if (error instanceof DataLoadError && error.kind === 'malformed-json' && error.line !== undefined) {
        const file = issue.path === '' ? path : datasetFile(error.datasetId) ?? path;
        return { ...issue, file, line: error.line, column: error.column ?? 1, pointer: '' };
      }
      const dataFile = issue.dataPath !== undefined ? datasetFile(issue.dataset) : undefined;
      const dataText = dataFile !== undefined ? texts.get(dataFile) : undefined;
      if (issue.origin !== undefined) {
        // A problem in a table's records as shaped: at the value's source cell or row, or at the
        // transform that made the record (then the pointer printed says which dataset it is into).
        const inData = `${issue.dataset}:${issue.dataPath}`;
        if (issue.origin.kind === 'transform') return { ...issue, file: path, ...locatePointer(text, issue.origin.path), pointer: inData };
        if (dataFile !== undefined) return { ...issue, file: dataFile, ...originLocation(issue.origin, dataText, issueAnchor(issue.code)), pointer: issue.dataPath! };
        // Inline `values` reshaped by `fields`/`transform`: the value's place in the spec.
        const inline = (issue.origin.at as { pointer?: string }).pointer;
        if (inline !== undefined && issue.dataset !== undefined) return { ...issue, file: path, ...locatePointer(text, `${jsonPointer('datasets', issue.dataset, 'values')}${inline}`, issueAnchor(issue.code)), pointer: inData };
      }
      const workbook = dataFile !== undefined ? workbooks.get(dataFile) : undefined;
      if (dataFile !== undefined && workbook !== undefined) {
        // An xlsx cell: `funds.xlsx!Sheet1!B4` (line and column mean nothing in a zip).
        const cell = locateXlsxCell(workbook, issue.dataset !== undefined ? datasetSheet(text, issue.dataset) : undefined, issue.dataPath!);
        return { ...issue, file: dataFile, line: cell?.row ?? 1, column: cell?.column ?? 1, ...(cell ? { cell: `${cell.sheet}!${cell.ref}` } : {}), pointer: issue.dataPath! };
      }
      const at = issueAnchor(issue.code);
      if (dataFile !== undefined && dataText !== undefined) {
        // A CSV/TSV cell: its line and column in the file (a JSON pointer locates nothing in CSV text).
        const cell = /\.(csv|tsv|tab)$/i.test(dataFile) ? locateDelimitedCell(dataText, /\.csv$/i.test(dataFile) ? ',' : '\t', issue.dataPath!) : undefined;
        return { ...issue, file: dataFile, ...(cell ?? locatePointer(dataText, issue.dataPath!, at)), pointer: issue.dataPath! };
      }
      return { ...issue, file: path, ...locatePointer(text, issue.path, at), pointer: issue.path };
    });
    return { ok: false, problems, dataFiles: [...texts.keys(), ...workbooks.keys()], skipped };
  }
}

/** `C7` → its 1-based column number (3). */
const columnNumber = (ref: string): number => [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Where a cell or row in a data file is printed: its line and column, or a workbook's cell (`Sheet1!C7`) or row (`Sheet1!7:7`). */
function originLocation(origin: Exclude<RecordOrigin, { kind: 'transform' }>, dataText: string | undefined, anchor: ReturnType<typeof issueAnchor>): { line: number; column: number; cell?: string } {
  const at = origin.at as { pointer?: string; sheet?: string; ref?: string; row?: number; line?: number; column?: number };
  if (at.pointer !== undefined) return dataText !== undefined ? locatePointer(dataText, at.pointer, anchor) : { line: 1, column: 1 };
  if (at.sheet !== undefined && at.ref !== undefined) return { line: Number(/\d+$/.exec(at.ref)?.[0] ?? 1), column: columnNumber(at.ref), cell: `${at.sheet}!${at.ref}` };
  if (at.sheet !== undefined) return { line: at.row ?? 1, column: 1, cell: `${at.sheet}!${at.row}:${at.row}` };
  return { line: at.line ?? 1, column: at.column ?? 1 };
}

/** The spec's datasets (parsed leniently: a text that does not parse has none here; step 1 reports it). */
function datasetEntries(text: string): Array<[string, { url?: unknown; values?: unknown }]> {
  try {
    const datasets = (JSON.parse(text) as { datasets?: unknown } | null)?.datasets;
    return datasets !== null && typeof datasets === 'object' && !Array.isArray(datasets) ? (Object.entries(datasets) as Array<[string, { url?: unknown; values?: unknown }]>) : [];
  } catch {
    return [];
  }
}

const datasetIds = (text: string): string[] => datasetEntries(text).map(([id]) => id);

/** Datasets read from a URL that is not a file, resolved against the spec's URL. */
function remoteDatasets(text: string, specUrl: string): SkippedDataset[] {
  const remote: SkippedDataset[] = [];
  for (const [id, dataset] of datasetEntries(text)) {
    if (typeof dataset?.url !== 'string' || dataset.values !== undefined) continue;
    try {
      const url = resolveDatasetUrl(dataset.url, specUrl);
      if (!url.startsWith('file:')) remote.push({ id, url });
    } catch {
      // not a URL: the document check reports it
    }
  }
  return remote;
}

/** Steps 6–7 for every view of a loaded spec (validate): problems only a compile finds. */
export function checkViews(loaded: LoadedSpec, file: string, text: string, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  for (const { view } of specViews(loaded.spec)) {
    try {
      drawView(loaded, { ...(loaded.spec.kind === 'dashboard' ? { view: view.id } : {}), width: 800, height: 600, reducedMotion: true });
    } catch (error) {
      for (const issue of describeFailure(error, locale).errors) {
        problems.push({ ...issue, file, ...locatePointer(text, issue.path), pointer: issue.path });
      }
    }
  }
  return problems;
}

/** A dataset's `sheet` (undefined: the first sheet). */
function datasetSheet(specText: string, id: string): string | undefined {
  const sheet = datasetEntries(specText).find(([key]) => key === id)?.[1] as { sheet?: unknown } | undefined;
  return typeof sheet?.sheet === 'string' ? sheet.sheet : undefined;
}

/** The file a dataset's `url` names, resolved against the spec's path. */
function datasetPath(specPath: string, specText: string, id: string): string | undefined {
  try {
    const datasets = (JSON.parse(specText) as { datasets?: Record<string, { url?: unknown }> }).datasets;
    const url = datasets && Object.hasOwn(datasets, id) ? datasets[id]?.url : undefined;
    return typeof url === 'string' ? fileURLToPath(new URL(url, pathToFileURL(specPath))) : undefined;
  } catch {
    return undefined;
  }
}

/** `FILE:LINE:COL  /pointer  message [code]` (`FILE!SHEET!C7` for a workbook's cell), then the hint: what validate and render print per problem. */
export function printProblem(io: CliIO, problem: Problem, display: (path: string) => string, locale: Locale): void {
  const where = problem.pointer === '' ? cliMessages.root()[locale] : problem.pointer;
  const at = problem.cell !== undefined ? `!${problem.cell}` : `:${problem.line}:${problem.column}`;
  io.stdout(`${display(problem.file)}${at}  ${where}  ${problem.message} [${problem.code}]`);
  if (problem.hint) io.stdout(`    ${cliMessages.hint()[locale]}: ${problem.hint}`);
}
