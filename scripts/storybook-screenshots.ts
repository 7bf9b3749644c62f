/**
 * Screenshots of the built Storybook for review: an element's docs page in Storybook's own UI,
 * and big-screen stories at wall size. `npx tsx scripts/storybook-screenshots.ts [outDir] [storyId…]`
 * (after `pnpm build-storybook`); default outDir screenshots/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/storybook/chromium.ts';
import { serveStatic } from '../test/storybook/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? resolve(root, 'screenshots'));
const extraStories = process.argv.slice(3);
mkdirSync(outDir, { recursive: true });

interface Shot {
  file: string;
  url: string;
  width: number;
  height: number;
  /** Wait for this inside the story frame (Storybook UI) or the page (iframe.html). */
  ready: (page: Page) => Promise<unknown>;
  fullPage?: boolean;
}

const waitForRender = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered! > 0, undefined, { timeout: 20_000 });

const storyShot = (id: string, globals: string, width: number, height: number): Shot => ({
  file: `${id}${globals ? `--${globals.replace(/[:;]/g, '-')}` : ''}.png`,
  url: `iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`,
  width,
  height,
  ready: waitForRender,
});

const shots: Shot[] = [
  {
    file: 'docs-county-map.png',
    url: '?path=/docs/elements-county-map--docs',
    width: 1440,
    height: 2400,
    ready: async (page) => {
      const frame = page.frameLocator('#storybook-preview-iframe');
      await frame.locator('.sbdocs-content').waitFor({ timeout: 20_000 });
      await frame.locator('tx-county-map').first().waitFor({ timeout: 20_000 });
    },
  },
  storyShot('dashboard--big-screen', 'theme:bigscreen', 1920, 1080),
  storyShot('dashboard--wall-4-k', 'theme:bigscreen', 3840, 2160),
  storyShot('elements-county-map--wuxuan', 'theme:bigscreen', 1920, 1080),
  ...extraStories.map((id) => storyShot(id, '', 1366, 768)),
];

const server = await serveStatic(resolve(root, 'storybook-static'));
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.addInitScript(() => {
      const w = window as unknown as { __rendered: number };
      w.__rendered = 0;
      // Error stories draw their error instead of a chart; either ends the wait.
      for (const type of ['tx-render', 'tx-error']) window.addEventListener(type, () => (w.__rendered += 1), true);
    });
    try {
      await page.goto(`${server.origin}/${shot.url}`);
      await shot.ready(page);
      await page.waitForTimeout(1500); // animations settle
      await page.screenshot({ path: resolve(outDir, shot.file), fullPage: shot.fullPage ?? false });
      console.log(`wrote ${resolve(outDir, shot.file)}`);
    } catch (error) {
      console.warn(`skipped ${shot.file}: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
