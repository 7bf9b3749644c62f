import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Locale } from '@tongxin/spec';
import type { CliIO } from './io.ts';
import { cliMessages } from './messages.ts';
import { parseSandboxOption, renderCommand, type SandboxArgs } from './render-command.ts';
import { checkViews, loadSpecFile, printProblem, type Problem } from './spec-file.ts';

const processIO: CliIO = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `tongxin validate [--locale zh-CN|en] [--root DIR] [--allow-origin URL]… [--timeout MS] [--max-bytes N] FILE…`
 * — datasets read through render's sandbox (sandbox.ts; a dataset on an origin not allowed is
 * skipped with a note, not an error) — runs each spec through the pipeline the
 * elements run (parse, migrate, validate, load its datasets from disk, check their records,
 * compile each view), prints `FILE:LINE:COL  /json/pointer  message [code]` per problem and
 * returns the exit code: 0 when every spec is valid, 1 when any is not, 2 for bad usage.
 * Files that are datasets of another spec given are that spec's data, not specs, so
 * `tongxin validate data/*\/*.json` works; any other file is checked as a spec.
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const readFile = io.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  let locale: Locale = 'zh-CN';
  const args = [...argv];
  const command = args.shift();
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(cliMessages.usage()[locale]);
    return command === undefined ? 2 : 0;
  }
  if (command === 'render') return renderCommand(args, io);
  if (command === 'import') return (await import('./import-command.ts')).importCommand(args, io);
  if (command !== 'validate') {
    io.stderr(cliMessages.unknownCommand({ command })[locale]);
    io.stderr(cliMessages.usage()[locale]);
    return 2;
  }
  const names: string[] = [];
  const sandboxArgs: SandboxArgs = { allowOrigins: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg === '--locale' ? args[++i] : arg.slice('--locale='.length);
      if (value !== 'zh-CN' && value !== 'en') {
        io.stderr(cliMessages.unknownLocale({ locale: String(value) })[locale]);
        return 2;
      }
      locale = value;
    } else if (arg.startsWith('--')) {
      // --root, --allow-origin, --timeout, --max-bytes: the sandbox render uses (sandbox.ts).
      const eq = arg.indexOf('=');
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      const option = eq > 0 ? arg.slice(0, eq) : arg;
      const problem = value === undefined ? cliMessages.missingValue({ option })[locale] : parseSandboxOption(option, value, sandboxArgs, locale);
      if (problem !== true) {
        io.stderr(problem);
        return 2;
      }
    } else {
      names.push(arg);
    }
  }
  if (names.length === 0) {
    io.stderr(cliMessages.noFiles()[locale]);
    io.stderr(cliMessages.usage()[locale]);
    return 2;
  }

  // Paths under the working directory print relative to it, as typed; others print absolute.
  const display = (path: string) => {
    const fromCwd = relative(cwd, path);
    return fromCwd === '' || fromCwd.startsWith('..') ? path : fromCwd;
  };

  const inputs = [...new Set(names.map((name) => resolve(cwd, name)))];
  // Files that are another input's datasets are that spec's data, not specs (`data/*/*.json` names both).
  const documents = new Map(inputs.map((path) => [path, readJsonQuietly(readFile, path)]));
  const dataFiles = new Set(inputs.flatMap((path) => Object.values(localDatasetFiles(path, documents.get(path)))));
  const candidates = inputs.filter((path) => !dataFiles.has(path));
  // Among several files, a table or geometry no spec given uses is data, skipped with a note. A file
  // given alone, or anything else (`[]`, a string), is checked as a spec and rejected as one.
  const unused = inputs.length > 1 ? candidates.filter((path) => looksLikeData(documents.get(path))) : [];
  const specs = candidates.filter((path) => !unused.includes(path));
  for (const path of unused) io.stderr(cliMessages.unusedData({ file: display(path) })[locale]);

  // Data files through render's sandbox, from one tree: --root, else the smallest directory holding
  // the working directory and every spec given (the project validated: data/laibin's ../wuxuan/… is in it).
  const validateRoot = sandboxArgs.root !== undefined ? resolve(cwd, sandboxArgs.root) : commonDirectory([cwd, ...specs.map((path) => dirname(path))]);
  let invalid = 0;
  let errorCount = 0;
  const dataRead = new Set<string>();
  const printed = new Set<string>();
  for (const path of specs) {
    // The pipeline the elements run (steps 1–5), then each view compiled (6–7): one verdict.
    const run = await loadSpecFile(path, { locale, ...sandboxArgs, root: validateRoot, notAllowed: 'skip' });
    for (const file of run.dataFiles) dataRead.add(file);
    // A dataset on an origin not allowed is not fetched (a portal spec checked offline): said, not an error.
    for (const { id, url } of run.skipped) io.stderr(cliMessages.skippedRemote({ file: display(path), dataset: id, url })[locale]);
    const problems = run.ok ? (run.skipped.length > 0 ? [] : checkViews(run.loaded, path, run.text, locale)) : run.problems;
    if (problems.length > 0) invalid++;
    for (const problem of inReadingOrder(problems)) {
      // A data file shared by several specs: print its problems once.
      const key = `${problem.file}:${problem.line}:${problem.column}:${problem.code}:${problem.message}`;
      if (printed.has(key)) continue;
      printed.add(key);
      errorCount++;
      printProblem(io, problem, display, locale);
    }
  }
  io.stderr(cliMessages.summary({ specs: specs.length, data: dataRead.size + unused.length, invalid, errors: errorCount })[locale]);
  return invalid > 0 ? 1 : 0;
}

/** The deepest directory that holds all of `directories`. */
function commonDirectory(directories: string[]): string {
  if (directories.length === 0) return '/';
  let common = directories[0];
  for (const directory of directories) {
    for (let rel = relative(common, directory); rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel); rel = relative(common, directory)) common = dirname(common);
  }
  return common;
}

/** Within a file, in reading order (the library gives them deepest first). */
function inReadingOrder(problems: Problem[]): Problem[] {
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => a.problem.file.localeCompare(b.problem.file) || a.problem.line - b.problem.line || a.problem.column - b.problem.column || a.i - b.i)
    .map(({ problem }) => problem);
}

/** A non-empty array of records, or GeoJSON/TopoJSON: the contents of a dataset file. */
function looksLikeData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r));
  const type = (value as { type?: unknown } | null)?.type;
  return ['FeatureCollection', 'Feature', 'Topology'].includes(type as string) && !Object.hasOwn(value as object, 'version');
}

/** The parsed file, or undefined when it cannot be read or parsed (the pipeline reports that). */
function readJsonQuietly(readFile: (path: string) => string, path: string): unknown {
  try {
    return JSON.parse(readFile(path).replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Dataset ids → absolute paths, for datasets whose `url` is relative and that have no inline `values`. */
export function localDatasetFiles(specPath: string, spec: unknown): Record<string, string> {
  const datasets = (spec as { datasets?: unknown } | null)?.datasets;
  if (datasets === null || typeof datasets !== 'object') return {};
  const files: Record<string, string> = {};
  for (const [id, dataset] of Object.entries(datasets as Record<string, unknown>)) {
    const { url, values } = (dataset ?? {}) as { url?: unknown; values?: unknown };
    if (typeof url !== 'string' || values !== undefined) continue;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) || url.startsWith('/')) continue; // remote or site-absolute: not on this disk
    const path = url.replace(/[?#].*$/, '');
    files[id] = resolve(dirname(specPath), decodeURI(path));
  }
  return files;
}
