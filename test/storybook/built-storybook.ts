/** The built Storybook (storybook-static/, from `pnpm build-storybook`) served and opened in headless Chromium. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export const STATIC_DIR = resolve(import.meta.dirname, '../../storybook-static');
export const INDEX = resolve(STATIC_DIR, 'index.json');
if (!existsSync(INDEX)) throw new Error(`${INDEX} is missing: run \`pnpm build-storybook\` first (pnpm test:storybook does).`);

export interface BuiltStorybook {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBuiltStorybook(): Promise<BuiltStorybook> {
  const server = await serveStatic(STATIC_DIR);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  return {
    server,
    browser,
    context,
    close: async () => {
      await context.close();
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The built Storybook for one test file: opened before its tests (this `beforeAll` runs before
 * the file's own), closed after them. Read `server` and `context` inside tests and hooks.
 */
export function useBuiltStorybook(): Pick<BuiltStorybook, 'server' | 'context'> {
  let storybook: BuiltStorybook | undefined;
  beforeAll(async () => {
    storybook = await openBuiltStorybook();
  });
  afterAll(async () => {
    await storybook?.close();
  });
  const opened = (): BuiltStorybook => {
    if (!storybook) throw new Error('the built Storybook is open only inside tests and hooks');
    return storybook;
  };
  return {
    get server() { return opened().server; },
    get context() { return opened().context; },
  };
}
