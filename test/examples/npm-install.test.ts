// A portal app that installs the elements with npm from the packed tarballs: its ECharts and
// zrender come from the registry, without the repository's patches/. Reported: on such a page a
// fund campaign named "__proto__" left `prev`/`next` on Object.prototype (zrender's text-width
// cache), and a trend kind named "hasOwnProperty" threw in ECharts' palette lookup. The page is
// built by Vite from the installed packages, as the app's own build would, and checked in Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../storybook/chromium.ts';
import { ROOT } from './built-example.ts';
import { watch, type Watched } from './page.ts';
import { serve, type Served } from './serve.ts';

const PACKAGES = ['spec', 'geo', 'core', 'elements'];
const HOSTILE = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];

/** The app's entry: the tags, and a probe that mounts one view and reports what the page then holds. */
const MAIN = `
import '@tongxin/elements/define.js';
import { getInstanceByDom } from '@tongxin/elements/echarts.js';
const BUILT_IN = Object.getOwnPropertyNames(Object.prototype);
window.mountView = (tag, spec) => new Promise((done) => {
  const el = document.createElement(tag);
  el.style.cssText = 'display:block;width:640px;height:360px';
  const report = (event) => {
    const chart = getInstanceByDom(el.shadowRoot.querySelector('[part="chart"]'));
    const texts = chart ? chart.getZr().storage.getDisplayList(true).map((d) => d.style && d.style.text).filter((t) => typeof t === 'string') : [];
    const enumerable = [];
    for (const key in {}) enumerable.push(key);
    done({ event: event.type, texts, addedToObjectPrototype: Object.getOwnPropertyNames(Object.prototype).filter((k) => !BUILT_IN.includes(k)), enumerable });
  };
  el.addEventListener('tx-render', report, { once: true });
  el.addEventListener('tx-error', report, { once: true });
  el.spec = spec;
  document.body.append(el);
});
`;

let project: string;
let server: Served;
let browser: Browser;
let app: Watched;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'tongxin-npm-app-'));
  const packed = PACKAGES.map((name) => {
    const output = execFileSync('npx', ['-y', 'pnpm@10.34.9', 'pack', '--pack-destination', project], { cwd: resolve(ROOT, 'packages', name), encoding: 'utf8' });
    return output.trim().split('\n').filter((l) => l.endsWith('.tgz')).pop()!;
  });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'portal-app', private: true, type: 'module' }));
  // All at once, so npm takes @tongxin/* from these tarballs and everything else from the registry.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packed], { cwd: project, stdio: 'pipe' });
  writeFileSync(join(project, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>\n');
  writeFileSync(join(project, 'main.js'), MAIN);
  await build({ root: project, configFile: false, logLevel: 'silent', build: { outDir: join(project, 'dist'), chunkSizeWarningLimit: 5000 } });
  server = await serve({ '/': join(project, 'dist') });
  browser = await launchChromium();
  app = await watch(browser);
  await app.page.goto(`${server.origin}/`);
  await app.page.waitForFunction(() => typeof (window as unknown as { mountView?: unknown }).mountView === 'function');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

interface Mounted { event: string; texts: string[]; addedToObjectPrototype: string[]; enumerable: string[] }
const mountView = (tag: string, spec: unknown) => app.page.evaluate(([t, s]) => (window as unknown as { mountView(t: string, s: unknown): Promise<Mounted> }).mountView(t, s), [tag, spec] as const);

describe('the elements installed with npm (ECharts and zrender unpatched)', () => {
  it('the installed zrender is the registry one, its caches plain objects (what this test is about)', () => {
    expect(readFileSync(join(project, 'node_modules/zrender/lib/core/LRU.js'), 'utf8')).toContain('this._map = {};');
  });

  it('a fund chart with campaigns named like Object.prototype members draws them and leaves Object.prototype as it was', async () => {
    const spec = {
      version: 1, kind: 'fund-chart', id: 'funds', title: '募集',
      sources: { s: { title: '来源', url: 'https://example.org/a' } },
      datasets: { funds: { values: HOSTILE.map((campaign, i) => ({ campaign, amount: (i + 1) * 1_000_000, qualifier: 'over', source: 's' })) } },
      data: 'funds',
    };
    const result = await mountView('tx-fund-chart', spec);
    expect(result.event).toBe('tx-render');
    for (const name of HOSTILE) expect(result.texts, `“${name}” drawn`).toContain(name);
    expect(result.addedToObjectPrototype).toEqual([]);
    expect(result.enumerable).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('a trend and a fund progress bar with series named like members draw without an error', async () => {
    const trend = {
      version: 1, kind: 'activity-trend', id: 'trend', title: '活动',
      datasets: { a: { values: HOSTILE.flatMap((kind, i) => [{ period: '2023', kind, value: i + 1 }, { period: '2024', kind, value: i + 3 }]) } },
      data: 'a',
    };
    const progress = {
      version: 1, kind: 'fund-chart', id: 'progress', title: '募集进度', mode: 'progress',
      sources: { s: { title: '来源', url: 'https://example.org/a' } },
      datasets: { funds: { values: HOSTILE.map((campaign, i) => ({ campaign, amount: (i + 1) * 1_000_000, source: 's' })) } },
      data: 'funds',
    };
    for (const [tag, spec] of [['tx-activity-trend', trend], ['tx-fund-chart', progress]] as const) {
      const result = await mountView(tag, spec);
      expect(result.event, tag).toBe('tx-render');
      for (const name of HOSTILE) expect(result.texts, `${tag}: “${name}” in the legend`).toContain(name);
      expect(result.addedToObjectPrototype, tag).toEqual([]);
    }
    // ECharts' palette lookup runs in a later task than the first frame: give it one.
    await app.page.waitForTimeout(300);
    expect(app.errors).toEqual([]);
  });
});
