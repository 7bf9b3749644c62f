import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { DataLoadError } from '@tongxin/core';
import { formatErrors, type Locale, type ThemeName } from '@tongxin/spec';
import type { CliIO } from './io.ts';
import { cliMessages } from './messages.ts';
import { readJson } from './read-json.ts';
import { renderViewSvg } from './render-view.ts';

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
  let text: string;
  try {
    text = (io.readFile ?? ((path: string) => readFileSync(path, 'utf8')))(specPath);
  } catch (error) {
    io.stderr(cliMessages.unreadable({ file: display(specPath), reason: (error as NodeJS.ErrnoException).code ?? String(error) })[locale]);
    return 1;
  }
  const read = readJson(text.replace(/^\uFEFF/, ''));
  if (!read.ok) {
    io.stderr(cliMessages.notJson({ file: display(specPath) })[locale]);
    return 1;
  }
  try {
    const result = await renderViewSvg(read.value, { specPath, viewId: parsed.view, width: parsed.width, height: parsed.height, theme: parsed.theme, locale: parsed.locale });
    if (!result.ok) {
      if (result.problem === 'invalid') io.stderr(`${display(specPath)}\n${formatErrors(result.errors, locale)}`);
      else io.stderr(cliMessages.noSuchView({ view: parsed.view ?? '', views: result.viewIds })[locale]);
      return 1;
    }
    if (parsed.out === undefined || parsed.out === '-') {
      io.stdout(result.svg.trimEnd());
    } else {
      const out = resolve(cwd, parsed.out);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, result.svg);
      io.stderr(cliMessages.rendered({ file: display(out), view: result.view.id, width: parsed.width, height: parsed.height })[locale]);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DataLoadError)) throw error;
    io.stderr(`${display(specPath)}: ${error.message}`);
    return 1;
  }
}
