import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { locatePointer, SpecFailure } from '@tongxin/core';
import type { Locale, ThemeName } from '@tongxin/spec';
import type { CliIO } from './io.ts';
import { cliMessages } from './messages.ts';
import { renderViewSvg } from './render-view.ts';
import { loadSpecFile, printProblem, type Problem } from './spec-file.ts';

interface RenderArgs {
  spec?: string;
  view?: string;
  width: number;
  height: number;
  out?: string;
  theme?: ThemeName;
  locale?: Locale;
}

const THEMES: readonly string[] = ['portal', 'bigscreen'];
const LOCALES: readonly string[] = ['zh-CN', 'en'];

/** Parses `render` arguments; a string is the usage problem to print. */
function parseRenderArgs(args: string[], messagesLocale: Locale): RenderArgs | string {
  const parsed: RenderArgs = { width: 800, height: 600 };
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
      default: return cliMessages.unknownOption({ option: name })[messagesLocale];
    }
  }
  if (parsed.spec === undefined) return cliMessages.noFiles()[messagesLocale];
  return parsed;
}

/**
 * `tongxin render SPEC [--view ID] [--width W] [--height H] [--out FILE.svg] [--theme portal|bigscreen]
 * [--locale zh-CN|en]` — one view of a spec as an SVG print page (stdout without `--out`). Exit code
 * 0 when written, 1 when the spec is invalid, the view is not there or its data cannot be read, 2 for bad usage.
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
  // The pipeline the elements run: the same problems, codes and pointers as `tongxin validate`.
  const run = await loadSpecFile(specPath, { locale, readFile: io.readFile });
  const fail = (problems: Problem[]) => {
    // stdout is the SVG's: problems go to stderr.
    for (const problem of problems) printProblem({ ...io, stdout: io.stderr }, problem, display, locale);
    return 1;
  };
  if (!run.ok) return fail(run.problems);
  let result: ReturnType<typeof renderViewSvg>;
  try {
    result = renderViewSvg(run.loaded, { viewId: parsed.view, width: parsed.width, height: parsed.height, theme: parsed.theme, locale: parsed.locale });
  } catch (error) {
    if (!(error instanceof SpecFailure)) throw error;
    return fail(error.issues(locale).map((issue) => ({ ...issue, file: specPath, ...locatePointer(run.text, issue.path), pointer: issue.path })));
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
  io.stderr(cliMessages.rendered({ file: display(out), view: result.view.id, width: parsed.width, height: parsed.height })[locale]);
  return 0;
}
