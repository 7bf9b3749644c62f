/**
 * The spec playground as a designer uses it: break the spec and the problem appears with
 * its JSON path; fix it and the chart draws again.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const STATIC_DIR = resolve(import.meta.dirname, '../../storybook-static');

let server: StaticServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(STATIC_DIR);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(`${msg.text()} ${msg.location()?.url ?? ''}`.trim()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __rendered: string[] };
    w.__rendered = [];
    window.addEventListener('tx-render', (e) => w.__rendered.push((e.target as Element).localName), true);
  });
  await page.goto(`${server.origin}/iframe.html?id=playground--playground&viewMode=story&globals=locale:en`);
  await page.waitForSelector('#tx-playground-spec');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function editSpec(edit: (spec: Record<string, unknown>) => void): Promise<void> {
  const text = await page.inputValue('#tx-playground-spec');
  const spec = JSON.parse(text) as Record<string, unknown>;
  edit(spec);
  await page.fill('#tx-playground-spec', JSON.stringify(spec, null, 2));
}

const status = () => page.textContent('.validation-status');
const problems = () => page.$$eval('.validation-errors li', (items) => items.map((li) => li.textContent?.trim() ?? ''));

describe('spec playground', () => {
  it('starts with a valid spec drawn by its element', async () => {
    await page.waitForFunction(() => (window as unknown as { __rendered: string[] }).__rendered.includes('tx-fund-chart'));
    await expect.poll(status).toBe('The spec is valid');
    expect(await problems()).toEqual([]);
  });

  it('names the JSON path of a bad value', async () => {
    await editSpec((spec) => (spec.mode = 'pie'));
    await expect.poll(status).toBe('1 problem');
    const [problem] = await problems();
    expect(problem).toMatch(/^\/mode\b/);
    expect(problem).toContain('"pie"');
  });

  it('reports malformed JSON without losing the chart', async () => {
    await page.fill('#tx-playground-spec', '{ "version": 1, ');
    await expect.poll(status).toBe('JSON syntax error');
    expect(await page.$('.stage tx-fund-chart')).not.toBeNull();
  });

  it('draws again when the spec is fixed, and switches element with the kind', async () => {
    await page.selectOption('select[name="preset"]', 'kpi');
    await expect.poll(status).toBe('The spec is valid');
    await page.waitForFunction(() => (window as unknown as { __rendered: string[] }).__rendered.includes('tx-kpi'));
    expect(await page.$('.stage tx-fund-chart')).toBeNull();
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
