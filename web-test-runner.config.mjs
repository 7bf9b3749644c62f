// Browser tests: real headless Chromium (Debian's), real ECharts, through the public API.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { flakyServer } from './test/browser/flaky-server.mjs';

const executablePath = process.env.CHROME_PATH
  ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!executablePath) {
  throw new Error('Browser tests need Chromium. On Debian/Ubuntu: apt-get install -y chromium (or set CHROME_PATH).');
}

// ECharts reads process.env.NODE_ENV; the unbundled page has no `process`.
const processShim = `<script>window.process = { env: { NODE_ENV: 'production' } };</script>`;

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  // `new Worker(new URL('./x.js', import.meta.url))` names the file as built (tsc emits x.js); the
  // sources have x.ts: serve it (the esbuild plugin then compiles it, for module workers too).
  middleware: [(context, next) => {
    const path = context.path;
    if (path.startsWith('/packages/') && path.endsWith('.js') && !existsSync(resolve(`.${path}`)) && existsSync(resolve(`.${path.slice(0, -3)}.ts`))) {
      context.url = `${path.slice(0, -3)}.ts${context.querystring ? `?${context.querystring}` : ''}`;
    }
    return next();
  },
  // /flaky/<name>: a data server whose failures a test sets (test/browser/flaky-server.mjs).
  flakyServer],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  testRunnerHtml: (testFramework) => `<!doctype html><html><head><meta charset="utf-8">${processShim}</head>
<body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
};
