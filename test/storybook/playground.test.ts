/**
 * The spec playground as a designer uses it, through its CodeMirror editor: type a bad value
 * and the problem appears, marked in the text at its JSON pointer; fix it and the chart draws
 * again; property names and values are offered from the schema; CodeMirror loads only here.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltStorybook } from './built-storybook.ts';

const storybook = useBuiltStorybook();
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  page = await storybook.context.newPage();
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(`${msg.text()} ${msg.location()?.url ?? ''}`.trim()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __rendered: string[] };
    w.__rendered = [];
    window.addEventListener('tx-render', (e) => w.__rendered.push((e.target as Element).localName), true);
  });
  await page.goto(`${storybook.server.origin}/iframe.html?id=playground--playground&viewMode=story&globals=locale:en`);
  await page.waitForSelector('#tx-playground-spec .cm-editor .cm-content');
});

const status = () => page.textContent('.validation-status');
const problems = () => page.$$eval('.validation-errors li', (items) => items.map((li) => li.textContent?.trim() ?? ''));
const rendered = () => page.evaluate(() => (window as unknown as { __rendered: string[] }).__rendered.length);
/** The editor's text as it shows (every line of these short specs is drawn). */
const editorText = () => page.$$eval('#tx-playground-spec .cm-line', (lines) => lines.map((line) => line.textContent).join('\n'));
const completions = () => page.$$eval('.cm-tooltip-autocomplete li .cm-completionLabel', (labels) => labels.map((l) => l.textContent ?? ''));
/** The option Enter would take. */
const selectedCompletion = () => page.$eval('.cm-tooltip-autocomplete li[aria-selected] .cm-completionLabel', (l) => l.textContent).catch(() => null);

/** Accept the selected completion. CodeMirror ignores Enter for 75 ms after the list changes (its `interactionDelay`), as a person's key would come later. */
async function acceptCompletion(): Promise<void> {
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
}
const line = (text: string) => page.locator('#tx-playground-spec .cm-line', { hasText: text });

/** Where the middle of `part` is drawn, in the first editor line holding it. */
async function pointAt(part: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((part) => {
    for (const line of document.querySelectorAll('#tx-playground-spec .cm-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const index = node.data.indexOf(part);
        if (index < 0) continue;
        const range = document.createRange();
        const middle = index + Math.floor(part.length / 2);
        range.setStart(node, middle);
        range.setEnd(node, middle + 1);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    return undefined;
  }, part);
  if (!point) throw new Error(`${part} is not in the editor`);
  return point;
}

/** Put the cursor at the end of the line holding `text`. */
async function cursorAtEndOf(text: string): Promise<void> {
  await line(text).click();
  await page.keyboard.press('End');
}

/** Replace the whole text by typing it (as a paste would). */
async function replaceText(text: string): Promise<void> {
  await page.click('#tx-playground-spec .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

describe('spec playground', () => {
  it('starts with a valid spec drawn by its element, in a CodeMirror editor with no marks', async () => {
    await page.waitForFunction(() => (window as unknown as { __rendered: string[] }).__rendered.includes('tx-fund-chart'));
    await expect.poll(status).toBe('The spec is valid');
    expect(await problems()).toEqual([]);
    expect(await page.$$('.cm-lintRange-error')).toHaveLength(0);
    expect(await editorText()).toContain('"kind": "fund-chart"');
  });

  it('describes a property from the schema on hover', async () => {
    const kind = await pointAt('"kind"');
    await page.mouse.move(kind.x, kind.y);
    const help = page.locator('.cm-schema-help');
    await help.waitFor();
    expect(await help.textContent()).toMatch(/^\/kind\b.*What this is/);
    await page.mouse.move(0, 0);
  });

  it('offers property names and enum values while typing, and marks a bad value at its JSON path', async () => {
    await cursorAtEndOf('"kind": "fund-chart"');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"mo');
    await expect.poll(completions).toContain('mode');
    await expect.poll(selectedCompletion).toBe('mode');
    await acceptCompletion();
    expect(await editorText()).toMatch(/"mode": $/m);
    await page.keyboard.type('"');
    await expect.poll(async () => (await completions()).sort()).toEqual(['"bar"', '"cumulative"', '"progress"']);
    await page.keyboard.type('pie",');
    await page.keyboard.press('Escape');

    await expect.poll(status).toBe('1 problem');
    const [problem] = await problems();
    expect(problem).toMatch(/^\/mode\b/);
    expect(problem).toContain('"pie"');
    // The same problem, marked where it is: on "pie", with its pointer and message on hover.
    const marks = page.locator('.cm-lintRange-error');
    await expect.poll(() => marks.count()).toBe(1);
    expect(await marks.textContent()).toBe('"pie"');
    await marks.hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/^\/mode\b.*"pie"/);
    await page.mouse.move(0, 0);
  });

  it('draws again when the value is fixed, and the mark goes', async () => {
    const before = await rendered();
    const pie = await pointAt('pie');
    await page.mouse.dblclick(pie.x, pie.y);
    await page.keyboard.type('progress');
    await page.keyboard.press('Escape');
    await expect.poll(status).toBe('The spec is valid');
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBe(0);
    await expect.poll(rendered).toBeGreaterThan(before);
    expect(await page.$('.stage tx-fund-chart')).not.toBeNull();
  });

  it('reports malformed JSON, marked where it breaks, without losing the chart', async () => {
    await replaceText('{ "version": 1, ');
    await expect.poll(status).toBe('JSON syntax error');
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBe(1);
    expect(await page.$('.stage tx-fund-chart')).not.toBeNull();
  });

  it('offers `kind` in a view object, then only view kinds as its value', async () => {
    await replaceText('{\n  "version": 1,\n  "kind": "dashboard",\n  "views": [\n    { "id": "a", ');
    await page.keyboard.type('"ki');
    await expect.poll(completions).toEqual(['kind']);
    await expect.poll(selectedCompletion).toBe('kind');
    await acceptCompletion();
    expect(await editorText()).toMatch(/\{ "id": "a", "kind": $/m);
    await page.keyboard.type('"');
    await expect.poll(completions).toContain('"fund-chart"');
    const kinds = await completions();
    expect(kinds).not.toContain('"dashboard"');
    expect(kinds.sort()).toEqual(['"activity-trend"', '"county-map"', '"fund-chart"', '"kpi"', '"station-coverage"']);
    await page.keyboard.press('Escape');
  });

  it('switches element with the preset', async () => {
    await page.selectOption('select[name="preset"]', 'kpi');
    await expect.poll(status).toBe('The spec is valid');
    await page.waitForFunction(() => (window as unknown as { __rendered: string[] }).__rendered.includes('tx-kpi'));
    expect(await page.$('.stage tx-fund-chart')).toBeNull();
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe('the editor is lazy', () => {
  it('loads no CodeMirror code in another story', async () => {
    const other = await storybook.context.newPage();
    const scripts: Array<Promise<string>> = [];
    other.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
    });
    await other.goto(`${storybook.server.origin}/iframe.html?id=elements-fund-chart--wuxuan&viewMode=story`);
    await other.waitForSelector('tx-fund-chart');
    await other.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(0);
    // `cm-lintRange` is a class name only CodeMirror's lint code carries.
    expect(bodies.filter((body) => body.includes('cm-lintRange'))).toEqual([]);
    await other.close();
  });
});
