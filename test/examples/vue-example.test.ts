// examples/vue: a Vue 3 app (Vite + SFC, isCustomElement) using the raw tags, typed by
// @tongxin/elements/vue. The user's checks: `pnpm build` (vue-tsc + vite) passes; the page shows the
// map, the fund chart and the KPI cards without errors; a mouse click on a township reaches Vue
// state through `@tx-select`; the reactive locale and theme reach the elements; replacing the spec
// object (`:spec.prop`) redraws. And vue-tsc rejects every deliberate mistake in
// examples/vue/typecheck/Mistakes.vue — each one on its own line.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltExample, ROOT, type BuiltExample } from './built-example.ts';
import { drawnShare, type Watched } from './page.ts';

const EXAMPLE = resolve(ROOT, 'examples/vue');
const VUE_TSC = resolve(EXAMPLE, 'node_modules/.bin/vue-tsc');

let example: BuiltExample;
let browser: Browser;
let app: Watched;

type Element = HTMLElement & { locale?: string; theme?: string; spec?: { mode?: string }; option?: unknown; pointOf(k: string): { x: number; y: number } | undefined };

beforeAll(async () => {
  // vue-tsc --noEmit (tags, props, events), then vite build.
  example = await openBuiltExample('vue');
  ({ browser, app } = example);
});

afterAll(async () => {
  await example?.close();
});

describe('examples/vue', () => {
  it('draws the map, the fund chart (from the :spec.prop object) and the KPI cards; @tx-render reached Vue', async () => {
    expect(await app.txErrors()).toEqual([]);
    for (const tag of ['tx-county-map', 'tx-fund-chart', 'tx-kpi']) {
      const drawn = await drawnShare(browser, app.page.locator(tag));
      expect(drawn.share, tag).toBeGreaterThan(0.05);
    }
    await expect.poll(() => app.page.getByTestId('renders').textContent()).toMatch(/tx-render × [1-9]/);
    // The property got the plain object, not a string attribute.
    expect(await app.page.locator('tx-fund-chart').evaluate((el) => typeof (el as Element).spec)).toBe('object');
  });

  it('a real click on 武宣镇 updates Vue state through @tx-select', async () => {
    const { page } = app;
    const map = page.locator('tx-county-map');
    await map.scrollIntoViewIfNeeded();
    const point = await map.evaluate((el) => (el as Element).pointOf('451323100'));
    expect(point).toBeTruthy();
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.getByTestId('selected').textContent()).toContain('已选择：武宣镇（451323100）');
  });

  it('replacing the spec object redraws the fund chart in the new mode', async () => {
    const { page } = app;
    const fund = page.locator('tx-fund-chart');
    const before = await fund.evaluate((el) => JSON.stringify((el as Element).option));
    const renders = await page.getByTestId('renders').textContent();
    await page.getByTestId('progress').click();
    await expect.poll(() => fund.evaluate((el) => (el as Element).spec?.mode)).toBe('progress');
    await expect.poll(() => page.getByTestId('renders').textContent()).not.toBe(renders);
    const after = await fund.evaluate((el) => JSON.stringify((el as Element).option));
    expect(after).not.toBe(before);
    expect(await app.txErrors()).toEqual([]);
  });

  it('the reactive locale and theme reach every element', async () => {
    const { page } = app;
    const tags = ['tx-county-map', 'tx-fund-chart', 'tx-kpi'];
    const state = () => page.evaluate((ts) => ts.map((t) => { const el = document.querySelector(t) as Element; return `${el.locale}/${el.theme}`; }), tags);
    expect(await state()).toEqual(tags.map(() => 'zh-CN/portal'));
    const mapText = () => page.locator('tx-county-map').evaluate((el) => el.shadowRoot!.textContent ?? '');
    expect(await mapText()).not.toMatch(/Illustrative/i);
    await page.getByTestId('locale').click();
    await page.getByTestId('theme').click();
    await expect.poll(state).toEqual(tags.map(() => 'en/bigscreen'));
    // Drawn in English: the illustrative-regions badge speaks the new locale.
    await expect.poll(mapText).toMatch(/Illustrative/i);
  });

  it('no console error', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('@tongxin/elements/vue typings (vue-tsc)', () => {
  const mistakes = resolve(EXAMPLE, 'typecheck/Mistakes.vue');
  const vueTsc = () => {
    try {
      execFileSync(VUE_TSC, ['-p', resolve(EXAMPLE, 'tsconfig.json'), '--noEmit'], { cwd: EXAMPLE, encoding: 'utf8', stdio: 'pipe' });
      return '';
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error);
    }
  };

  it('the example and every @vue-expect-error case type-check (an unused marker is an error itself)', () => {
    expect(vueTsc()).toBe('');
  });

  it('each deliberate mistake is an error on its own line (markers stripped)', () => {
    const text = readFileSync(mistakes, 'utf8');
    const lines = text.split('\n');
    const cases = lines.flatMap((line, i) => (/^\s*<!-- @vue-expect-error/.test(line) ? [i + 2] : []));
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const stripped = resolve(EXAMPLE, 'typecheck/Stripped.vue');
    writeFileSync(stripped, text.replaceAll('<!-- @vue-expect-error', '<!-- case'));
    try {
      const out = vueTsc();
      const errorLines = new Set([...out.matchAll(/Stripped\.vue\((\d+),\d+\): error/g)].map((m) => Number(m[1])));
      expect([...errorLines].sort((a, b) => a - b)).toEqual(cases);
    } finally {
      rmSync(stripped, { force: true });
    }
  });
});
