/** The built Storybook (storybook-static/, from `pnpm build-storybook`) served and opened in headless Chromium. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
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
