// examples/portal.html as a portal serves it: the single-file tongxin.js by <script type="module" src>,
// the specs from data/, under the strict Content-Security-Policy header
//   default-src 'self'; script-src 'self'; style-src 'self'
// (no 'unsafe-eval', no inline scripts, no style elements or attributes). A portal developer checks:
// nothing refused, nothing red in the console, every chart drawn, clicking a township works.
// Tongxin needs no relaxation: its elements set styles through the CSSOM (Lit's styleMap, ECharts'
// style.cssText) and adoptedStyleSheets, and its tooltip HTML carries no style attributes.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../storybook/chromium.ts';
import { PORTAL_CSP } from './csp-policy.ts';
import { drawnShare, watch, type Watched } from './page.ts';
import { serve, type Served } from './serve.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CDN = resolve(ROOT, 'packages/elements/dist/cdn');

/** tag#viewId → how many tx-render events at least: the page's own elements and the qianwei dashboard's views. */
const EXPECTED_RENDERS: Record<string, number> = {
  'tx-kpi#kpi': 2, // page + dashboard
  'tx-county-map#map': 1,
  'tx-station-coverage#map': 2, // page + dashboard
  'tx-activity-trend#trend': 2, // page + dashboard
  'tx-activity-trend#activity': 1, // dashboard
  'tx-fund-chart#funds': 2, // page + dashboard
};
const PAGE_TAGS = ['tx-kpi', 'tx-county-map', 'tx-station-coverage', 'tx-activity-trend', 'tx-fund-chart', 'tx-dashboard'];

let browser: Browser;

async function openPortal(policy: string): Promise<{ server: Served; portal: Watched }> {
  const server = await serve({
    '/examples/': resolve(ROOT, 'examples'),
    '/cdn/': CDN,
    '/data/': resolve(ROOT, 'data'),
  }, { 'content-security-policy': policy });
  const portal = await watch(browser);
  const response = await portal.page.goto(`${server.origin}/examples/portal.html`);
  expect(response?.headers()['content-security-policy']).toBe(policy);
  await portal.page.waitForFunction((expected) => {
    const counts: Record<string, number> = {};
    for (const r of window.__renders) counts[r] = (counts[r] ?? 0) + 1;
    return Object.entries(expected).every(([key, n]) => (counts[key] ?? 0) >= n) || window.__txErrors.length > 0;
  }, EXPECTED_RENDERS, { timeout: 60_000 });
  return { server, portal };
}

beforeAll(async () => {
  if (!existsSync(resolve(CDN, 'tongxin.js'))) {
    const { buildCdn } = await import('../../scripts/build-cdn.ts');
    await buildCdn();
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe(`examples/portal.html with ${PORTAL_CSP}`, () => {
  let server: Served;
  let portal: Watched;
  beforeAll(async () => ({ server, portal } = await openPortal(PORTAL_CSP)));
  afterAll(async () => server?.close());

  it('loads tongxin.js as one file, then only the specs and data the page names', () => {
    const scripts = server.requests.filter((p) => p.endsWith('.js'));
    expect(scripts.sort()).toEqual(['/cdn/tongxin.js', '/examples/portal.js']);
    const html = readFileSync(resolve(ROOT, 'examples/portal.html'), 'utf8');
    for (const src of html.matchAll(/ src="(\/data\/[^"]+)"/g)) expect(server.requests).toContain(src[1]);
    expect(server.requests.filter((p) => !/^\/(data|cdn|examples)\//.test(p))).toEqual([]);
  });

  it('every element and every dashboard view draws, with no tx-error', async () => {
    expect(await portal.txErrors()).toEqual([]);
    for (const tag of PAGE_TAGS) {
      const element = portal.page.locator(tag).first();
      await element.scrollIntoViewIfNeeded();
      const drawn = await drawnShare(browser, element);
      expect(drawn.width * drawn.height, `${tag} has a size`).toBeGreaterThan(300 * 100);
      expect(drawn.share, `${tag}: share of pixels drawn`).toBeGreaterThan(0.05);
      expect(drawn.colours, `${tag}: colours`).toBeGreaterThan(8);
    }
    // The big screen is scaled to the column with one transform, set through the CSSOM.
    const stage = await portal.page.locator('tx-dashboard').evaluate((el) => {
      const s = el.shadowRoot!.querySelector<HTMLElement>('[part="stage"]')!;
      return { transform: getComputedStyle(s).transform, width: s.getBoundingClientRect().width, host: el.getBoundingClientRect().width };
    });
    expect(stage.transform).toMatch(/^matrix\(/);
    expect(stage.width).toBeLessThanOrEqual(stage.host + 1);
  });

  it('a real pointer over a township shows the tooltip; a click reaches the page as tx-select', async () => {
    const { page } = portal;
    const map = page.locator('tx-county-map');
    await map.scrollIntoViewIfNeeded();
    // 武宣镇, the first township of data/wuxuan/townships.topo.json.
    const point = await map.evaluate((el) => (el as HTMLElement & { pointOf(k: string): { x: number; y: number } | undefined }).pointOf('451323100'));
    expect(point).toBeTruthy();
    await page.mouse.move(point!.x, point!.y, { steps: 5 });
    await page.waitForFunction(() => {
      const root = document.querySelector('tx-county-map')!.shadowRoot!;
      return [...root.querySelectorAll('[part="chart"] div')].some((d) => d.textContent?.includes('武宣镇') && getComputedStyle(d).display !== 'none' && d.getBoundingClientRect().width > 0);
    }, undefined, { timeout: 10_000 });
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.locator('#selection').textContent()).toContain('已选择：武宣镇');
  });

  it('a spec with a mistake loads the full validator from tongxin.js\'s own chunk and names the mistake as everywhere else', async () => {
    const detail = await portal.page.evaluate(() => new Promise<unknown>((done) => {
      const chart = document.createElement('tx-fund-chart') as HTMLElement & { spec: unknown };
      chart.addEventListener('tx-error', (event) => {
        done((event as CustomEvent).detail);
        chart.remove();
      }, { once: true });
      chart.spec = { version: 1, id: 'funds', kind: 'fund-chart', data: 'funds', by: 'campaign', mode: 'pie', datasets: { funds: { values: [{ campaign: '助学', amount: 780000 }] } } };
      document.body.append(chart);
    }));
    const { kind, errors } = detail as { kind: string; errors: Array<{ code: string; path: string }> };
    expect(kind).toBe('invalid-spec');
    expect(errors.map((e) => [e.code, e.path])).toEqual([['not-allowed-value', '/mode']]);
    expect(server.requests.filter((p) => /^\/cdn\/chunks\/tongxin-check-spec-[\w-]+\.js$/.test(p))).toHaveLength(1);
  });

  it('no CSP violation and no console error, after drawing and interacting', async () => {
    await portal.page.waitForTimeout(300);
    const violations = await portal.violations();
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    expect(portal.errors).toEqual([]);
  });
});

describe('examples/one-tag.html: one per-element entry (cdn/county-map.js) under the same policy', () => {
  it('draws the map, defines only its tag, loads only its chunks, refuses nothing', async () => {
    const server = await serve({ '/examples/': resolve(ROOT, 'examples'), '/cdn/': CDN, '/data/': resolve(ROOT, 'data') }, { 'content-security-policy': PORTAL_CSP });
    try {
      const page = await watch(browser);
      await page.page.goto(`${server.origin}/examples/one-tag.html`);
      await page.page.waitForFunction(() => window.__renders.includes('tx-county-map#map') || window.__txErrors.length > 0, undefined, { timeout: 60_000 });
      expect(await page.txErrors()).toEqual([]);
      const drawn = await drawnShare(browser, page.page.locator('tx-county-map'));
      expect(drawn.share).toBeGreaterThan(0.05);
      const defined = await page.page.evaluate(() => ['tx-county-map', 'tx-station-coverage', 'tx-activity-trend', 'tx-fund-chart', 'tx-kpi', 'tx-dashboard'].filter((t) => customElements.get(t)));
      expect(defined).toEqual(['tx-county-map']);
      const scripts = server.requests.filter((p) => p.endsWith('.js'));
      expect(scripts[0]).toBe('/cdn/county-map.js');
      expect(scripts.slice(1).every((p) => p.startsWith('/cdn/chunks/'))).toBe(true);
      expect(scripts).not.toContain('/cdn/tongxin.js');
      expect(await page.violations()).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.page.close();
    } finally {
      await server.close();
    }
  });
});
