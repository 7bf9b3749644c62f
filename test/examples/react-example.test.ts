// examples/react: a React 19 app built by Vite with @tongxin/react (createComponent wrappers) and a
// raw <tx-kpi> typed by @tongxin/elements/jsx-react. The user's checks: `pnpm build` (tsc + vite) passes,
// the page shows the map without errors, and clicking a township with the mouse updates React state
// through onTxSelect; clicking a KPI card does the same through the raw tag's `ontx-select`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../storybook/chromium.ts';
import { drawnShare, watch, type Watched } from './page.ts';
import { serve, type Served } from './serve.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = resolve(ROOT, 'examples/react');

let browser: Browser;
let server: Served;
let app: Watched;

beforeAll(async () => {
  // `pnpm --filter tongxin-example-react build`: tsc --noEmit (checked tags and events), then vite build.
  execFileSync('npx', ['-y', 'pnpm@10.34.9', '--filter', 'tongxin-example-react', 'run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  expect(existsSync(resolve(EXAMPLE, 'dist/index.html'))).toBe(true);
  server = await serve({ '/': resolve(EXAMPLE, 'dist') });
  browser = await launchChromium();
  app = await watch(browser);
  await app.page.goto(`${server.origin}/`);
  await app.page.waitForFunction(() => ['tx-county-map#map', 'tx-fund-chart#funds', 'tx-kpi#kpi'].every((r) => window.__renders.includes(r)) || window.__txErrors.length > 0, undefined, { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('examples/react', () => {
  it('draws the map, the fund chart and the KPI cards; onTxRender reached React', async () => {
    expect(await app.txErrors()).toEqual([]);
    for (const tag of ['tx-county-map', 'tx-fund-chart', 'tx-kpi']) {
      const drawn = await drawnShare(browser, app.page.locator(tag));
      expect(drawn.share, tag).toBeGreaterThan(0.05);
    }
    await expect.poll(() => app.page.getByTestId('renders').textContent()).toMatch(/tx-render × [1-9]/);
  });

  it('a real click on 武宣镇 updates React state through onTxSelect', async () => {
    const { page } = app;
    const map = page.locator('tx-county-map');
    await map.scrollIntoViewIfNeeded();
    const point = await map.evaluate((el) => (el as HTMLElement & { pointOf(k: string): { x: number; y: number } | undefined }).pointOf('451323100'));
    expect(point).toBeTruthy();
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.getByTestId('selected').textContent()).toBe('已选择：武宣镇（451323100）');
  });

  it('a click on a KPI card reaches React through the raw tag’s ontx-select', async () => {
    const { page } = app;
    const card = page.locator('tx-kpi [part~="card"]').first();
    await card.scrollIntoViewIfNeeded();
    const label = await card.evaluate((el) => el.textContent ?? '');
    // The map test before this one left its own selection on screen: wait for a different one.
    const before = await page.getByTestId('selected').textContent();
    await card.click();
    await expect.poll(() => page.getByTestId('selected').textContent()).not.toBe(before);
    expect(await page.getByTestId('selected').textContent()).toMatch(/^已选择：/);
    const selected = (await page.getByTestId('selected').textContent())!;
    const name = selected.replace(/^已选择：/, '').replace(/（.*$/, '');
    expect(label).toContain(name);
  });

  it('no console error', () => {
    expect(app.errors).toEqual([]);
  });
});
