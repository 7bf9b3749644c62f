import { resolve } from 'node:path';
import { describeFailure, locatePointer, SpecFailure } from '@tongxin/core';
import type { Locale, ThemeName } from '@tongxin/spec';
import { cliMessages } from './messages.ts';
import { renderViewSvg } from './render-view.ts';
import type { SandboxLimits } from './sandbox.ts';
import { loadSpecFile, loadSpecText, type Problem } from './spec-file.ts';

/** The spec: its text (an upload, a request body), or the path of a spec file. */
export type RenderSpecInput = { text: string; path?: undefined } | { path: string; text?: undefined };

export interface RenderSpecOptions extends SandboxLimits {
  /**
   * Directory tree dataset files may come from, compared as real paths (no symlink leaves it).
   * Default: the spec file's directory for `{ path }`; for `{ text }`, none: no file is read.
   * Relative dataset URLs of a `{ text }` spec resolve against it.
   */
  root?: string;
  /** Origins datasets may be fetched from, exactly (scheme, host and port): `['https://data.example.gov.cn']`. Default: none. */
  allowOrigins?: readonly string[];
  /** Id of the view; optional for a one-view spec. */
  view?: string;
  /** Pixels, whole numbers from 100 to 20000 (else the problem `bad-size`); default 800 × 600. */
  width?: number;
  height?: number;
  /** Override the spec's theme / locale. `locale` also words the problems (default zh-CN). */
  theme?: ThemeName;
  locale?: Locale;
  /** Cancels the reads (a client that went away). */
  signal?: AbortSignal;
  /** The network under the sandbox. Default: global fetch. */
  fetch?: typeof fetch;
}

export type RenderSpecResult =
  | { ok: true; svg: string; /** The id of the view drawn. */ view: string }
  | { ok: false; problems: Problem[] };

/**
 * One view of an untrusted spec as an SVG print page, for a server: the pipeline the elements run,
 * its datasets read through the sandbox (files only inside `root`, network only from
 * `allowOrigins`, a deadline and a size cap on every read). Never throws for bad input: every
 * problem (invalid spec or records, a refused or failed read, no such view) comes back located,
 * coded and worded in `locale`, as `tongxin render` prints them.
 */
export async function renderSpec(input: RenderSpecInput, options: RenderSpecOptions = {}): Promise<RenderSpecResult> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  let specPath = '(spec).json';
  let text: string | undefined;
  try {
    // A size from a request is checked like --width / --height: no 10⁹-pixel page.
    for (const [option, size] of [['width', options.width], ['height', options.height]] as const) {
      if (size !== undefined && (!Number.isInteger(size) || size < 100 || size > 20000)) {
        return { ok: false, problems: [{ code: 'bad-size', path: '', message: cliMessages.badSize({ option, value: String(size) })[locale], file: specPath, line: 1, column: 1, pointer: '' }] };
      }
    }
    const root = options.root !== undefined ? resolve(options.root) : undefined;
    const specOptions = { ...options, locale, root, notAllowed: 'refuse' as const };
    // A spec given as text "lives" in its root (relative URLs resolve there), or nowhere on disk.
    specPath = input.path !== undefined ? resolve(input.path) : resolve(root ?? '/', '(spec).json');
    const run = input.path !== undefined
      ? await loadSpecFile(specPath, specOptions)
      : await loadSpecText(String(input.text), specPath, specOptions);
    if (!run.ok) return { ok: false, problems: run.problems };
    text = run.text;
    const result = renderViewSvg(run.loaded, { viewId: options.view, width: options.width ?? 800, height: options.height ?? 600, theme: options.theme, locale: options.locale });
    return { ok: true, svg: result.svg, view: result.view.id };
  } catch (error) {
    // `no-view` and `compile-failed` from drawing; anything else (a bug) is described, not thrown.
    const issues = error instanceof SpecFailure ? error.issues(locale) : describeFailure(error, locale).errors;
    return { ok: false, problems: issues.map((issue) => ({ ...issue, file: specPath, ...(text !== undefined ? locatePointer(text, issue.path) : { line: 1, column: 1 }), pointer: issue.path })) };
  }
}
