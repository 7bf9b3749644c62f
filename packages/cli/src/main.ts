import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { type Locale, type SpecError, specError, validateSpec } from '@tongxin/spec';
import type { CliIO } from './io.ts';
import { locatePointer, positionAt } from './locate.ts';
import { cliMessages } from './messages.ts';
import { readJson } from './read-json.ts';
import { renderCommand } from './render-command.ts';

const processIO: CliIO = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** A problem to print: file, position, pointer (into that file's JSON), error. */
interface Problem {
  file: string;
  line: number;
  column: number;
  pointer: string;
  error: SpecError;
}

interface JsonFile {
  path: string; // absolute
  text: string;
  read: ReturnType<typeof readJson> | { ok: false; unreadable: string };
}

/**
 * `tongxin validate [--locale zh-CN|en] FILE…` — prints `FILE:LINE:COL  /json/pointer  message`
 * per problem and returns the exit code: 0 when every spec is valid, 1 when any is not, 2 for
 * bad usage. Datasets with a relative `url` are read from disk (relative to the spec) so that
 * the checks needing data run; files that are such datasets of another spec given are checked
 * as that spec's data, not as specs, so `tongxin validate data/*\/*.json` works; a table or a
 * geometry file that no spec given uses is skipped with a note on stderr.
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
  if (command !== 'validate') {
    io.stderr(cliMessages.unknownCommand({ command })[locale]);
    io.stderr(cliMessages.usage()[locale]);
    return 2;
  }
  const names: string[] = [];
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
      io.stderr(cliMessages.unknownOption({ option: arg })[locale]);
      return 2;
    } else {
      names.push(arg);
    }
  }
  if (names.length === 0) {
    io.stderr(cliMessages.noFiles()[locale]);
    io.stderr(cliMessages.usage()[locale]);
    return 2;
  }

  const cache = new Map<string, JsonFile>();
  const load = (path: string): JsonFile => {
    let file = cache.get(path);
    if (!file) {
      try {
        const text = readFile(path).replace(/^\uFEFF/, '');
        file = { path, text, read: readJson(text) };
      } catch (error) {
        file = { path, text: '', read: { ok: false, unreadable: (error as NodeJS.ErrnoException).code ?? String(error) } };
      }
      cache.set(path, file);
    }
    return file;
  };
  // Paths under the working directory print relative to it, as typed; others print absolute.
  const display = (path: string) => {
    const fromCwd = relative(cwd, path);
    return fromCwd === '' || fromCwd.startsWith('..') ? path : fromCwd;
  };

  const inputs = names.map((name) => load(resolve(cwd, name)));
  // Files that are another input's datasets are that spec's data, not specs.
  const dataFiles = new Set(inputs.flatMap((file) => (file.read.ok ? Object.values(localDatasetFiles(file.path, file.read.value)) : [])));
  const unique = inputs.filter((file, i) => inputs.indexOf(file) === i && !dataFiles.has(file.path));
  // A table or a geometry that no spec given uses (a glob such as data/*/*.json catches those too): data, not a spec.
  const unused = unique.filter((file) => file.read.ok && looksLikeData(file.read.value));
  const specs = unique.filter((file) => !unused.includes(file));
  for (const file of unused) io.stderr(cliMessages.unusedData({ file: display(file.path) })[locale]);

  let invalid = 0;
  let errorCount = 0;
  const dataRead = new Set<string>();
  const printed = new Set<string>();
  for (const file of specs) {
    const problems = checkSpecFile(file, load, locale, display);
    for (const problem of problems) if (problem.file !== display(file.path)) dataRead.add(problem.file);
    if (file.read.ok) for (const path of Object.values(localDatasetFiles(file.path, file.read.value))) dataRead.add(display(path));
    if (problems.length > 0) invalid++;
    for (const problem of problems) {
      // A data file shared by several specs: print its problems once.
      const key = `${problem.file}:${problem.line}:${problem.column}:${problem.error.code}:${problem.error.message}`;
      if (printed.has(key)) continue;
      printed.add(key);
      errorCount++;
      printProblem(io, problem, locale);
    }
  }
  io.stderr(cliMessages.summary({ specs: specs.length, data: dataRead.size + unused.length, invalid, errors: errorCount })[locale]);
  return invalid > 0 ? 1 : 0;
}

function checkSpecFile(file: JsonFile, load: (path: string) => JsonFile, locale: Locale, display: (path: string) => string): Problem[] {
  const name = display(file.path);
  const fileProblem = (target: JsonFile): Problem | undefined => {
    const read = target.read;
    if (read.ok) return undefined;
    const targetName = display(target.path);
    if ('unreadable' in read) {
      return { file: targetName, line: 1, column: 1, pointer: '', error: specError('unreadable-file', '', { file: targetName, reason: read.unreadable }, locale) };
    }
    const { line, column } = positionAt(target.text, read.offset);
    return { file: targetName, line, column, pointer: '', error: specError('malformed-json', '', { problem: read.problem }, locale) };
  };

  const own = fileProblem(file);
  if (own || !file.read.ok) return own ? [own] : [];
  const spec = file.read.value;

  const problems: Problem[] = [];
  const loaded: Record<string, unknown> = {};
  const dataFileOf: Record<string, JsonFile> = {};
  for (const [id, path] of Object.entries(localDatasetFiles(file.path, spec))) {
    const data = load(path);
    if (data.read.ok) {
      loaded[id] = data.read.value;
      dataFileOf[id] = data;
    } else if ('unreadable' in data.read) {
      const pointer = `/datasets/${id.replace(/~/g, '~0').replace(/\//g, '~1')}/url`;
      const { line, column } = locatePointer(file.text, pointer);
      problems.push({ file: name, line, column, pointer, error: specError('dataset-file-missing', pointer, { id, file: display(path) }, locale) });
    } else {
      problems.push(fileProblem(data)!);
    }
  }

  for (const error of validateSpec(spec, { locale, datasets: loaded }).errors) {
    const data = error.dataset !== undefined ? dataFileOf[error.dataset] : undefined;
    if (data && error.dataPath !== undefined) {
      const { line, column } = locatePointer(data.text, error.dataPath, error.code === 'unknown-property' ? 'key' : 'value');
      problems.push({ file: display(data.path), line, column, pointer: error.dataPath, error });
    } else {
      const { line, column } = locatePointer(file.text, error.path, error.code === 'unknown-property' ? 'key' : 'value');
      problems.push({ file: name, line, column, pointer: error.path, error });
    }
  }
  // Within a file, in reading order (the library gives them deepest first).
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => a.problem.file.localeCompare(b.problem.file) || a.problem.line - b.problem.line || a.problem.column - b.problem.column || a.i - b.i)
    .map(({ problem }) => problem);
}

/** A JSON array (a table) or GeoJSON/TopoJSON: the contents of a dataset file, never a spec. */
function looksLikeData(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  const type = (value as { type?: unknown } | null)?.type;
  return ['FeatureCollection', 'Feature', 'Topology'].includes(type as string) && !('version' in (value as object));
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

function printProblem(io: CliIO, { file, line, column, pointer, error }: Problem, locale: Locale): void {
  const where = pointer === '' ? cliMessages.root()[locale] : pointer;
  io.stdout(`${file}:${line}:${column}  ${where}  ${error.message} [${error.code}]`);
  if (error.hint) io.stdout(`    ${cliMessages.hint()[locale]}: ${error.hint}`);
}

