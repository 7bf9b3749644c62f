/**
 * Headless Chromium for the browser benchmarks: bundles a page entry with the
 * same Vite settings as the size benchmark, serves bench/.out over HTTP on
 * 127.0.0.1, and opens the page. One launch per benchmark script.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { bundle } from './bundle.ts';
import { OUT, ROOT } from './paths.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves files under bench/.out (no directory listing, no paths outside it). */
function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = resolve(root, `.${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}`);
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export interface BenchPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** http://127.0.0.1:port/ — bench/.out is the document root. */
  origin: string;
  chromiumVersion: string;
  /**
   * The same bench page again in a new page of its own (its own renderer process, nothing warm),
   * loaded and ready; the caller closes it.
   */
  freshPage(): Promise<Page>;
  /** Module of a (0-based) line of the page bundle; only for `profiling` pages. */
  locate(url: string, line: number): string | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Page entry, relative to bench/pages (e.g. `bench-page.ts`) or absolute. */
  entry: string;
  viewport?: { width: number; height: number };
  /** Emulate prefers-reduced-motion (the elements then draw without animation). */
  reducedMotion?: boolean;
  /**
   * Unminified bundle, for CPU profiles: readable function names, and the
   * bundler's `//#region <module>` comments map a line back to its module.
   */
  profiling?: boolean;
}

/** Bundle the page, start the server, launch Chromium and wait for the page to say it is ready. */
export async function openBenchPage(options: OpenOptions): Promise<BenchPage> {
  const name = basename(options.entry).replace(/\.ts$/, '');
  const folder = options.profiling ? `${name}-profiling` : name;
  const dir = resolve(OUT, 'pages', folder);
  mkdirSync(dir, { recursive: true });
  const [chunk] = await bundle({ input: { [name]: resolve(ROOT, 'bench/pages', options.entry) }, outDir: dir, single: true, minify: !options.profiling });
  const regions = options.profiling ? moduleRegions(chunk.code) : [];
  writeFileSync(resolve(dir, 'index.html'), `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Tongxin bench: ${name}</title>
<style>html,body{margin:0;background:#fff}#stage{position:absolute;left:0;top:0}</style></head>
<body><div id="stage"></div><script type="module" src="./${name}.js"></script></body></html>
`);
  const server = await serve(OUT);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}pages/${folder}/index.html`);
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, undefined, { timeout: 60_000 })
    .catch((error) => {
      throw new Error(`bench page did not load: ${errors.join('\n') || error}`);
    });
  const cdp = await context.newCDPSession(page);
  const url = page.url();
  return {
    browser, context, page, cdp, origin,
    chromiumVersion: browser.version(),
    async freshPage() {
      const fresh = await context.newPage();
      await fresh.goto(url);
      await fresh.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
      return fresh;
    },
    locate(url, line) {
      if (!url.endsWith(`/${name}.js`)) return undefined;
      return regions.find((r) => line >= r.start && line <= r.end)?.module;
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * Line ranges of the modules in an unminified Rolldown bundle, which starts
 * each module with a `// <path>` comment (e.g. `// packages/core/src/…ts`).
 */
function moduleRegions(code: string): { start: number; end: number; module: string }[] {
  const regions: { start: number; end: number; module: string }[] = [];
  code.split('\n').forEach((text, i) => {
    const header = /^\/\/ ((?:\.\.\/)*(?:node_modules|packages|bench)\/\S+\.(?:js|mjs|cjs|ts))$/.exec(text);
    if (!header) return;
    if (regions.length) regions[regions.length - 1].end = i - 1;
    regions.push({ start: i, end: Number.MAX_SAFE_INTEGER, module: header[1] });
  });
  return regions;
}

/** Write a JSON file under bench/.out so the page can fetch it (returns its URL path). */
export function publish(path: string, value: unknown): string {
  const file = resolve(OUT, path);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return `/${path}`;
}
