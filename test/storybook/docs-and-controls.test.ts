/**
 * What a designer sees around the stories in the built Storybook (storybook-static/):
 * the Introduction's tables render as tables (GitHub-flavoured markdown in MDX), the sidebar has
 * no "get started" onboarding checklist, and the fund chart's mode is switched from a control
 * (the story's args, as the Controls panel sets them) between bar, progress and cumulative.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltStorybook } from './built-storybook.ts';

const storybook = useBuiltStorybook();

describe('Storybook around the stories', () => {
  it('the Introduction’s markdown table renders as a table, not as text with pipes', async () => {
    const page = await storybook.context.newPage();
    await page.goto(`${storybook.server.origin}/iframe.html?id=introduction--docs&viewMode=docs`);
    const table = page.locator('#storybook-docs table').first();
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    expect(await table.locator('th').first().textContent()).toBe('story');
    const text = await page.locator('#storybook-docs').textContent();
    expect(text).not.toContain('|---|');
    await page.close();
  });

  it('the sidebar shows no onboarding checklist', async () => {
    const page = await storybook.context.newPage();
    await page.goto(`${storybook.server.origin}/?path=/docs/introduction--docs`);
    await page.locator('#storybook-explorer-tree').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    // What is on screen (innerText: no <style> text), the sidebar and the menu.
    const shown = await page.locator('body').innerText();
    expect(shown).toContain('Introduction');
    expect(shown).not.toMatch(/checklist|Get started|Onboarding guide/i);
    await page.close();
  });

  for (const mode of ['bar', 'progress', 'cumulative'] as const) {
    it(`the fund chart's mode control draws ${mode}`, async () => {
      const page = await storybook.context.newPage();
      await page.goto(`${storybook.server.origin}/iframe.html?id=elements-fund-chart--modes&viewMode=story`);
      await page.locator('tx-fund-chart').waitFor({ state: 'attached', timeout: 30_000 });
      // What the Controls panel sends when the designer picks a mode in its menu.
      await page.evaluate((m) => {
        const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { channel: { emit(event: string, data: unknown): void } } }).__STORYBOOK_PREVIEW__;
        preview.channel.emit('updateStoryArgs', { storyId: 'elements-fund-chart--modes', updatedArgs: { mode: m } });
      }, mode);
      await page.waitForFunction((m) => {
        const el = document.querySelector('tx-fund-chart') as (HTMLElement & { option?: unknown }) | null;
        return el?.getAttribute('mode') === m && Boolean(el.option);
      }, mode, { timeout: 30_000 });
      const chart = page.locator('tx-fund-chart');
      expect(await chart.getAttribute('mode')).toBe(mode);
      const series = await chart.evaluate((el) => JSON.stringify((el as HTMLElement & { option?: { series?: unknown } }).option?.series));
      if (mode === 'progress') expect(series).toContain('markLine');
      else expect(series).not.toContain('markLine');
      await page.close();
    });
  }
});
