/** One embedding example (examples/<name>), built with its own `pnpm build`, served and opened in Chromium. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../storybook/chromium.ts';
import { watch, type Watched } from './page.ts';
import { serve, type Served } from './serve.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuiltExample {
  browser: Browser;
  server: Served;
  app: Watched;
  close(): Promise<void>;
}

/**
 * `pnpm --filter tongxin-example-<name> build` (its type check, then vite build), serve dist/, open it and
 * wait until the map, the fund chart and the KPI cards have drawn (or a tx-error came).
 */
export async function openBuiltExample(name: string): Promise<BuiltExample> {
  const example = resolve(ROOT, 'examples', name);
  execFileSync('npx', ['-y', 'pnpm@10.34.9', '--filter', `tongxin-example-${name}`, 'run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  expect(existsSync(resolve(example, 'dist/index.html'))).toBe(true);
  const server = await serve({ '/': resolve(example, 'dist') });
  const browser = await launchChromium();
  const app = await watch(browser);
  await app.page.goto(`${server.origin}/`);
  await app.page.waitForFunction(() => ['tx-county-map#map', 'tx-fund-chart#funds', 'tx-kpi#kpi'].every((r) => window.__renders.includes(r)) || window.__txErrors.length > 0, undefined, { timeout: 60_000 });
  return {
    browser,
    server,
    app,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
