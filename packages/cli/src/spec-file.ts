import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DataLoadError,
  describeFailure,
  drawView,
  loadSpec,
  locatePointer,
  SpecFailure,
  specViews,
  type LoadedSpec,
  type PipelineIssue,
} from '@tongxin/core';
import type { Locale } from '@tongxin/spec';
import type { CliIO } from './io.ts';
import { cliMessages } from './messages.ts';

/** A problem located in a file: what `tongxin validate` and `tongxin render` print. */
export interface Problem extends PipelineIssue {
  /** Absolute path of the file the problem is in (the spec, or the dataset file). */
  file: string;
  line: number;
  column: number;
  /** The pointer printed: into the data file for problems in loaded records, else into the spec. */
  pointer: string;
}

export interface SpecFileOptions {
  locale: Locale;
  /** Reads a file as text; throws (with an errno `code`) when it cannot. */
  readFile?: (path: string) => string;
  /** Fetch for http(s) dataset URLs. Default: global fetch. */
  fetch?: typeof fetch;
}

export type SpecFileResult =
  | { ok: true; loaded: LoadedSpec; text: string; dataFiles: string[] }
  | { ok: false; problems: Problem[]; dataFiles: string[] };

const defaultRead = (path: string) => readFileSync(path, 'utf8');

/**
 * Runs a spec file through the pipeline's steps 1–5 (`loadSpec`, as the elements do), with its
 * dataset files read from disk, and for `validate` steps 6–7 for each of its views; every
 * problem located at a line and column of the file it is in.
 */
export async function loadSpecFile(path: string, options: SpecFileOptions): Promise<SpecFileResult> {
  const { locale } = options;
  const readFile = options.readFile ?? defaultRead;
  const texts = new Map<string, string>(); // dataset file path → text, to locate problems in it
  let text: string;
  try {
    text = readFile(path).replace(/^\uFEFF/, '');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const failure = describeFailure(new SpecFailure('invalid-spec', [{ code: 'unreadable-file', path: '', params: { file: path, reason } }], locale), locale);
    return { ok: false, problems: failure.errors.map((issue) => ({ ...issue, file: path, line: 1, column: 1, pointer: '' })), dataFiles: [] };
  }
  const network = options.fetch ?? globalThis.fetch;
  // file: URLs from disk (a spec's local datasets), anything else through the network, as a browser would.
  const diskOrNetwork = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return network(input, init);
    const file = fileURLToPath(url);
    try {
      const body = readFile(file);
      texts.set(file, body.replace(/^\uFEFF/, ''));
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('', { status: 404, statusText: 'Not Found' });
    }
  }) as typeof fetch;

  try {
    const loaded = await loadSpec({ text, url: pathToFileURL(path).href }, { locale, fetch: diskOrNetwork });
    return { ok: true, loaded, text, dataFiles: [...texts.keys()] };
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
      const at = issue.code === 'unknown-property' || issue.code === 'forbidden-key' || issue.code === 'unknown-field' || issue.code === 'unknown-record-field' ? 'key' : 'value';
      if (dataFile !== undefined && dataText !== undefined) {
        return { ...issue, file: dataFile, ...locatePointer(dataText, issue.dataPath!, at), pointer: issue.dataPath! };
      }
      return { ...issue, file: path, ...locatePointer(text, issue.path, at), pointer: issue.path };
    });
    return { ok: false, problems, dataFiles: [...texts.keys()] };
  }
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

/** `FILE:LINE:COL  /pointer  message [code]`, then the hint: what validate and render print per problem. */
export function printProblem(io: CliIO, problem: Problem, display: (path: string) => string, locale: Locale): void {
  const where = problem.pointer === '' ? cliMessages.root()[locale] : problem.pointer;
  io.stdout(`${display(problem.file)}:${problem.line}:${problem.column}  ${where}  ${problem.message} [${problem.code}]`);
  if (problem.hint) io.stdout(`    ${cliMessages.hint()[locale]}: ${problem.hint}`);
}
