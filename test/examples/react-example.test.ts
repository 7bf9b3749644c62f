// examples/react: a React 19 app built by Vite with @tongxin/react (createComponent wrappers) and a
// raw <tx-kpi> typed by @tongxin/elements/jsx-react. The user's checks: `pnpm build` (tsc + vite) passes,
// the page shows the map without errors, and clicking a township with the mouse updates React state
// through onTxSelect; clicking a KPI card does the same through the raw tag's `ontx-select`.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltExample, type BuiltExample } from './built-example.ts';
import { drawnShare, type Watched } from './page.ts';

let example: BuiltExample;
let browser: Browser;
let app: Watched;

beforeAll(async () => {
  // tsc --noEmit (checked tags and events), then vite build.
  example = await openBuiltExample('react');
  ({ browser, app } = example);
});

afterAll(async () => {
  await example?.close();
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
