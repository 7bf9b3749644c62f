/**
 * `tongxin import FILE --kind fund|station|activity|kpi [--sheet S] [--fields MAP] [--property P]
 * [--transform FILE|JSON] [--regions FILE.geo.json] [--out F] [--check] [--locale zh-CN|en]` — reads a
 * spreadsheet, CSV or JSON response with the rules a dataset's `fields` and `transform` follow when a
 * view loads it (core's `importTable`: the same code, the same schema), prints every problem with its
 * cell (`funds.xlsx!Sheet1!C7`, a CSV line and column) or its pointer into `--transform`, and writes
 * the records as a dataset JSON that validates.
 * Exit codes: 0 written (or checked, with --check); 1 problems; 2 bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { locatePointer, parseJsonText } from '@tongxin/core';
import { importTable } from '@tongxin/core/table';
import { jsonProblemText, type DatasetFormat, type Locale, type RecordKind, type RecordOrigin } from '@tongxin/spec';
import type { CliIO } from './io.ts';
import { cliMessages } from './messages.ts';

const KINDS: RecordKind[] = ['fund', 'station', 'activity', 'kpi'];

/** `township=乡镇,amount=金额（元）` or a JSON object → the `fields` map. */
export function parseFieldsOption(value: string): Record<string, string> | undefined {
  const text = value.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
      const entries = Object.entries(parsed as Record<string, unknown>);
      return entries.every(([, v]) => typeof v === 'string') ? Object.fromEntries(entries) as Record<string, string> : undefined;
    } catch {
      return undefined;
    }
  }
  const fields: Record<string, string> = {};
  for (const pair of text.split(/[,，]/)) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) return undefined;
    fields[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return fields;
}

/** The `--transform` value: a JSON array written out, or the file holding it. */
interface TransformOption {
  value: unknown;
  /** The file it was read from (relative as given), to locate problems in; absent for inline JSON. */
  file?: string;
  text: string;
}

/** `--transform '[…]'` or `--transform transform.json`: parsed, or the syntax problem with its line and column. */
export function readTransformOption(value: string, readText: (file: string) => string): { ok: true; transform: TransformOption } | { ok: false; file?: string; line: number; column: number; detail: string } {
  const inline = /^\s*[[{]/.test(value);
  const text = inline ? value : readText(value).replace(/^\uFEFF/, '');
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, ...(inline ? {} : { file: value }), ...parsed.problem };
  return { ok: true, transform: { value: parsed.value, text, ...(inline ? {} : { file: value }) } };
}

/** Where a problem of the import's own dataset is: in `--transform` or `--fields` (a pointer below them), else undefined. */
function optionPointer(path: string): { option: 'transform' | 'fields'; pointer: string } | undefined {
  const match = /^\/datasets\/data\/(transform|fields)(\/.*)?$/.exec(path);
  return match ? { option: match[1] as 'transform' | 'fields', pointer: match[2] ?? '' } : undefined;
}

/** A cell or row after the file's name: `:4:3` (CSV line and column), `!Sheet1!C7`, `!Sheet1!7:7`; nothing for a pointer (the message names it). */
function originSuffix(origin: Exclude<RecordOrigin, { kind: 'transform' }>): string {
  const at = origin.at as { pointer?: string; sheet?: string; ref?: string; row?: number; line?: number; column?: number };
  if (at.pointer !== undefined) return '';
  if (at.sheet !== undefined) return `!${at.sheet}!${at.ref ?? `${at.row}:${at.row}`}`;
  return `:${at.line}:${at.column ?? 1}`;
}

function formatOf(file: string): DatasetFormat {
  const lower = file.toLowerCase();
  return lower.endsWith('.xlsx') ? 'xlsx' : lower.endsWith('.tsv') || lower.endsWith('.tab') ? 'tsv' : lower.endsWith('.json') ? 'json' : 'csv';
}

export async function importCommand(args: string[], io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let locale: Locale = 'zh-CN';
  const options: { kind?: string; sheet?: string; fields?: string; property?: string; transform?: string; regions?: string; out?: string; check?: boolean } = {};
  const files: string[] = [];
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(cliMessages.importUsage()[args.includes('en') ? 'en' : locale]);
    return 0;
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--check') {
      options.check = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) {
      io.stderr(cliMessages.missingValue({ option })[locale]);
      return 2;
    }
    if (option === '--locale') {
      if (value !== 'zh-CN' && value !== 'en') {
        io.stderr(cliMessages.unknownLocale({ locale: value })[locale]);
        return 2;
      }
      locale = value;
    } else if (option === '--kind' || option === '--sheet' || option === '--fields' || option === '--property' || option === '--transform' || option === '--regions' || option === '--out') {
      options[option.slice(2) as 'kind'] = value;
    } else {
      io.stderr(cliMessages.unknownOption({ option })[locale]);
      io.stderr(cliMessages.importUsage()[locale]);
      return 2;
    }
  }
  if (files.length !== 1) {
    io.stderr(cliMessages.importUsage()[locale]);
    return 2;
  }
  if (!KINDS.includes(options.kind as RecordKind)) {
    io.stderr(cliMessages.importKind({ kind: options.kind })[locale]);
    return 2;
  }
  const fields = options.fields !== undefined ? parseFieldsOption(options.fields) : undefined;
  if (options.fields !== undefined && !fields) {
    io.stderr(cliMessages.importBadFields({ value: options.fields })[locale]);
    return 2;
  }
  const path = resolve(cwd, files[0]);
  const format = formatOf(path);
  let content: unknown;
  let regions: unknown;
  let transform: TransformOption | undefined;
  if (options.transform !== undefined) {
    let read: ReturnType<typeof readTransformOption>;
    try {
      read = readTransformOption(options.transform, (file) => readFileSync(resolve(cwd, file), 'utf8'));
    } catch (error) {
      io.stderr(cliMessages.cannotRead({ file: options.transform, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message })[locale]);
      return 1;
    }
    if (!read.ok) {
      const detail = jsonProblemText(read.detail, locale) ?? read.detail;
      io.stderr(cliMessages.importBadTransform({ ...(read.file !== undefined ? { file: read.file } : {}), line: read.line, column: read.column, detail })[locale]);
      return 2;
    }
    transform = read.transform;
  }
  try {
    const bytes = readFileSync(path);
    content = format === 'xlsx' ? new Uint8Array(bytes) : format === 'json' ? JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) : bytes.toString('utf8');
    if (options.regions !== undefined) {
      regions = JSON.parse(readFileSync(resolve(cwd, options.regions), 'utf8')) as unknown;
    }
  } catch (error) {
    io.stderr(cliMessages.cannotRead({ file: files[0], reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message })[locale]);
    return 1;
  }
  const { records, errors, kept } = await importTable({
    content, file: basename(path), format, kind: options.kind as RecordKind, locale,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.property !== undefined ? { property: options.property } : {}),
    ...(fields ? { fields } : {}),
    ...(transform ? { transform: transform.value as never } : {}),
    ...(regions !== undefined ? { regions } : {}),
  });
  for (const error of errors) {
    // A records problem made by a transform (an aggregate's group) is at that transform, not at a cell.
    const inOption = optionPointer(error.origin?.kind === 'transform' ? error.origin.path : error.path);
    if (error.origin !== undefined && error.origin.kind !== 'transform') {
      // A records problem at its source cell or row: FILE:LINE:COL or FILE!SHEET!C7, then its pointer in the records.
      io.stdout(`${files[0]}${originSuffix(error.origin)}  ${error.dataPath}  ${error.message} [${error.code}]`);
    } else if (inOption?.option === 'transform' && transform) {
      // A transform problem (the schema's, or a field it names that the table lacks): where it is in
      // the transform file (FILE:LINE:COL), or below the inline JSON (`--transform /0/filter/gte`).
      const at = locatePointer(transform.text, inOption.pointer);
      const where = transform.file !== undefined ? `${transform.file}:${at.line}:${at.column}` : '--transform';
      // An aggregate's record names its transform by the import's inner pointer (/datasets/data/transform/0):
      // name it by its place in what the user wrote (/0), as the location column does.
      const message = error.origin?.kind === 'transform' ? error.message.replace(error.origin.path, inOption.pointer || '/') : error.message;
      io.stdout(`${where}  ${inOption.pointer || '/'}  ${message} [${error.code}]`);
    } else if (inOption?.option === 'fields') {
      io.stdout(`${files[0]}  --fields ${inOption.pointer || '/'}  ${error.message} [${error.code}]`);
    } else {
      // The message names the cell; a problem in the records after reading adds its pointer.
      io.stdout(`${files[0]}${error.dataPath !== undefined && !error.message.includes(basename(path)) ? `  ${error.dataPath}` : ''}  ${error.message} [${error.code}]`);
    }
    if (error.hint) io.stdout(`    ${cliMessages.hint()[locale]}: ${error.hint}`);
  }
  if (errors.length) {
    io.stderr(cliMessages.importSummary({ file: files[0], records: 0, errors: errors.length })[locale]);
    return 1;
  }
  if (kept.length) io.stderr(cliMessages.importKept({ columns: kept })[locale]);
  const json = `${JSON.stringify(records, null, 2)}\n`;
  if (options.check) {
    io.stderr(cliMessages.importSummary({ file: files[0], records: records.length, errors: 0 })[locale]);
    return 0;
  }
  if (options.out === undefined) {
    io.stdout(json.trimEnd());
    return 0;
  }
  try {
    writeFileSync(resolve(cwd, options.out), json);
  } catch (error) {
    io.stderr(cliMessages.cannotWrite({ file: options.out, reason: (error as NodeJS.ErrnoException).code ?? String(error) })[locale]);
    return 1;
  }
  io.stderr(cliMessages.importWrote({ file: options.out, records: records.length })[locale]);
  return 0;
}
