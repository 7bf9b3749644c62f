// A heavy spec (50,000 inline fund records) on a portal page under the strict policy
//   default-src 'self'; script-src 'self'; style-src 'self'
// with the single-file tongxin.js: the element loads it in dist/cdn/load-spec-worker.js (same
// origin, allowed by script-src 'self'), says what it does, draws, and nothing is refused.
// With `worker-src 'none'` added, the worker is refused and the page loads the spec itself.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../storybook/chromium.ts';
import { PORTAL_CSP } from './csp-policy.ts';
import { watch } from './page.ts';
import { serve } from './serve.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CDN = resolve(ROOT, 'packages/elements/dist/cdn');
const RECORDS = 50_000;

let browser: Browser;
let site: string;

beforeAll(async () => {
  // As portal-csp.test.ts: the CDN build from `pnpm build`, built here only when missing.
  if (!existsSync(resolve(CDN, 'tongxin.js')) || !existsSync(resolve(CDN, 'load-spec-worker.js'))) {
    const { buildCdn } = await import('../../scripts/build-cdn.ts');
    await buildCdn();
  }
  browser = await launchChromium();
  site = mkdtempSync(join(tmpdir(), 'tx-heavy-'));
  const values = Array.from({ length: RECORDS }, (_, i) => ({ campaign: ['委员捐赠', '捐种一棵大树', '助学金'][i % 3], amount: 1000 + (i % 7) }));
  writeFileSync(join(site, 'heavy.json'), JSON.stringify({ version: 1, kind: 'fund-chart', id: 'funds', title: '捐赠', datasets: { funds: { values } }, data: 'funds' }));
  writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>heavy</title><link rel="icon" href="/site/favicon.svg">'
    + '<script type="module" src="/cdn/tongxin.js"></script><script type="module" src="/site/page.js"></script></head><body></body></html>');
  // The page's own script records what the loading state says (no inline script: the CSP forbids it).
  writeFileSync(join(site, 'page.js'), `window.__loading = [];
const el = document.createElement('tx-fund-chart');
el.setAttribute('src', '/site/heavy.json');
document.body.append(el);
const seen = () => { const t = el.shadowRoot?.querySelector('[part~="loading"]')?.textContent?.trim(); if (t && window.__loading.at(-1) !== t) window.__loading.push(t); };
new MutationObserver(seen).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function open(policy: string) {
  const server = await serve({ '/cdn/': CDN, '/site/': site }, { 'content-security-policy': policy });
  const page = await watch(browser);
  await page.page.goto(`${server.origin}/site/`);
  await page.page.waitForFunction(() => window.__renders.includes('tx-fund-chart#funds') || window.__txErrors.length > 0, undefined, { timeout: 60_000 });
  const loading = await page.page.evaluate(() => (window as unknown as { __loading: string[] }).__loading);
  return { server, page, loading };
}

describe(`a heavy spec under ${PORTAL_CSP}`, () => {
  it('loads in cdn/load-spec-worker.js, says what it does, draws; nothing refused', async () => {
    const { server, page, loading } = await open(PORTAL_CSP);
    try {
      expect(await page.txErrors()).toEqual([]);
      expect(server.requests).toContain('/cdn/load-spec-worker.js');
      expect(loading).toContain(`正在校验 ${RECORDS.toLocaleString('en')} 条记录…`);
      expect(loading.some((t) => t.startsWith('正在接收数据…'))).toBe(true);
      expect(await page.violations()).toEqual([]);
      expect(page.errors).toEqual([]);
    } finally {
      await page.page.close();
      await server.close();
    }
  });

  it("with worker-src 'none' the worker is refused and the page loads the spec itself", async () => {
    const { server, page, loading } = await open(`${PORTAL_CSP}; worker-src 'none'`);
    try {
      expect(await page.txErrors()).toEqual([]);
      expect(await page.renders()).toContain('tx-fund-chart#funds');
      expect((await page.violations()).map((v) => v.directive)).toEqual(['worker-src']);
      expect(loading).toContain(`正在校验 ${RECORDS.toLocaleString('en')} 条记录…`);
      expect(loading.some((t) => t.startsWith('正在接收数据…'))).toBe(false);
    } finally {
      await page.page.close();
      await server.close();
    }
  });
});
