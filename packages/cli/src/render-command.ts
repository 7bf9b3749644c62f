import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Locale, ThemeName } from '@tongxin/spec';
import type { CliIO } from './io.ts';
import { cliMessages } from './messages.ts';
import { renderSpec } from './render-spec.ts';
import { originOf } from './sandbox.ts';
import { printProblem } from './spec-file.ts';

interface RenderArgs {
  spec?: string;
  view?: string;
  width: number;
  height: number;
  out?: string;
  theme?: ThemeName;
  locale?: Locale;
  root?: string;
  allowOrigins: string[];
  timeoutMs?: number;
  maxBytes?: number;
}

const THEMES: readonly string[] = ['portal', 'bigscreen'];
const LOCALES: readonly string[] = ['zh-CN', 'en'];

/** Parses `render` arguments; a string is the usage problem to print. */
function parseRenderArgs(args: string[], messagesLocale: Locale): RenderArgs | string {
  const parsed: RenderArgs = { width: 800, height: 600, allowOrigins: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? (eq > 0 ? arg.slice(0, eq) : arg) : undefined;
    if (!name) {
      if (parsed.spec !== undefined) return cliMessages.renderOneSpec()[messagesLocale];
      parsed.spec = arg;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) return cliMessages.missingValue({ option: name })[messagesLocale];
    switch (name) {
      case '--view': parsed.view = value; break;
      case '--out': parsed.out = value; break;
      case '--width':
      case '--height': {
        const size = Number(value);
        if (!Number.isInteger(size) || size < 100 || size > 20000) return cliMessages.badSize({ option: name, value })[messagesLocale];
        parsed[name === '--width' ? 'width' : 'height'] = size;
        break;
      }
      case '--theme':
        if (!THEMES.includes(value)) return cliMessages.unknownTheme({ theme: value })[messagesLocale];
        parsed.theme = value as ThemeName;
        break;
      case '--locale':
        if (!LOCALES.includes(value)) return cliMessages.unknownLocale({ locale: value })[messagesLocale];
        parsed.locale = value as Locale;
        break;
      default: {
        const sandboxOption = parseSandboxOption(name, value, parsed, messagesLocale);
        if (sandboxOption !== true) return sandboxOption;
      }
    }
  }
  if (parsed.spec === undefined) return cliMessages.noFiles()[messagesLocale];
  return parsed;
}

/** Options the sandbox reads (render and validate): `--root`, `--allow-origin`, `--timeout`, `--max-bytes`. */
export interface SandboxArgs {
  root?: string;
  allowOrigins: string[];
  timeoutMs?: number;
  maxBytes?: number;
}

/** One sandbox option into `parsed`: true when taken, else the usage problem (an unknown option too). */
export function parseSandboxOption(name: string, value: string, parsed: SandboxArgs, messagesLocale: Locale): true | string {
  switch (name) {
    case '--root': parsed.root = value; return true;
    case '--allow-origin':
      if (originOf(value) === undefined) return cliMessages.badOrigin({ value })[messagesLocale];
      parsed.allowOrigins.push(value);
      return true;
    case '--timeout':
    case '--max-bytes': {
      const number = Number(value);
      if (!/^\d+$/.test(value) || number < 1 || !Number.isSafeInteger(number)) return cliMessages.badLimit({ option: name, value })[messagesLocale];
      if (name === '--timeout') parsed.timeoutMs = number;
      else parsed.maxBytes = number;
      return true;
    }
    default: return cliMessages.unknownOption({ option: name })[messagesLocale];
  }
}

/**
 * `tongxin render SPEC [--view ID] [--width W] [--height H] [--out FILE.svg] [--theme portal|bigscreen]
 * [--locale zh-CN|en] [--root DIR] [--allow-origin URL]… [--timeout MS] [--max-bytes N]` — one view of a
 * spec as an SVG print page (stdout without `--out`), through `renderSpec` and its sandbox. Exit code
 * 0 when written; 1 when the spec is invalid, the view is not there, a read is refused, times out
 * or is too large, or the SVG cannot be written; 2 for bad usage.
 */
export async function renderCommand(args: string[], io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const hinted = args.find((a, i) => a.startsWith('--locale=') || args[i - 1] === '--locale');
  const messagesLocale: Locale = hinted?.endsWith('en') ? 'en' : 'zh-CN';
  const parsed = parseRenderArgs(args, messagesLocale);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    io.stderr(cliMessages.renderUsage()[messagesLocale]);
    return 2;
  }
  const locale = parsed.locale ?? messagesLocale;
  const specPath = resolve(cwd, parsed.spec!);
  const display = (path: string) => (relative(cwd, path).startsWith('..') ? path : relative(cwd, path));
  // The pipeline the elements run, through the sandbox: the same problems, codes and pointers as `tongxin validate`.
  const result = await renderSpec(
    { path: specPath },
    {
      ...(parsed.locale ? { locale: parsed.locale } : {}),
      ...(parsed.root !== undefined ? { root: resolve(cwd, parsed.root) } : {}),
      allowOrigins: parsed.allowOrigins,
      ...(parsed.timeoutMs !== undefined ? { timeoutMs: parsed.timeoutMs } : {}),
      ...(parsed.maxBytes !== undefined ? { maxBytes: parsed.maxBytes } : {}),
      ...(parsed.view !== undefined ? { view: parsed.view } : {}),
      width: parsed.width,
      height: parsed.height,
      ...(parsed.theme ? { theme: parsed.theme } : {}),
    },
  );
  if (!result.ok) {
    // stdout is the SVG's: problems go to stderr.
    for (const problem of result.problems) printProblem({ ...io, stdout: io.stderr }, problem, display, locale);
    return 1;
  }
  if (parsed.out === undefined || parsed.out === '-') {
    io.stdout(result.svg.trimEnd());
    return 0;
  }
  const out = resolve(cwd, parsed.out);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.svg);
  } catch (error) {
    io.stderr(cliMessages.cannotWrite({ file: display(out), reason: (error as NodeJS.ErrnoException).code ?? String(error) })[locale]);
    return 1;
  }
  io.stderr(cliMessages.rendered({ file: display(out), view: result.view, width: parsed.width, height: parsed.height })[locale]);
  return 0;
}
