/**
 * Screenshots of every element in both themes, for a person to look at:
 * `npx tsx scripts/screenshots.ts [county]` → screenshots/<tag>-<theme>.png (git-ignored).
 * Serves the repository with Vite and drives Debian's Chromium with playwright-core.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'screenshots');
const county = process.argv[2] ?? 'wuxuan';
mkdirSync(out, { recursive: true });

// The page: one element, its spec by src, the page background of the theme.
writeFileSync(resolve(out, 'page.html'), `<!doctype html><html><head><meta charset="utf-8">
<style>body{margin:0;padding:16px;font-family:sans-serif} body.bigscreen{background:#020b1c}</style>
<script>window.process = { env: { NODE_ENV: 'production' } };</script>
<script type="module">
  import '/packages/elements/src/define.ts';
  const q = new URLSearchParams(location.search);
  document.body.className = q.get('theme');
  const el = document.createElement(q.get('tag'));
  el.setAttribute('src', q.get('src'));
  el.setAttribute('theme', q.get('theme'));
  if (q.get('locale')) el.setAttribute('locale', q.get('locale'));
  el.style.width = q.get('width') + 'px';
  el.addEventListener('tx-render', () => setTimeout(() => (window.__done = 'render'), 300));
  el.addEventListener('tx-error', (e) => (window.__done = 'error: ' + JSON.stringify(e.detail)));
  document.body.append(el);
</script></head><body></body></html>`);

const shots: { tag: string; file: string; width: number; county?: string; locale?: string; name?: string }[] = [
  { tag: 'tx-county-map', file: 'map', width: 720 },
  { tag: 'tx-station-coverage', file: 'coverage', width: 720 },
  { tag: 'tx-activity-trend', file: 'trend', width: 720 },
  { tag: 'tx-fund-chart', file: 'funds', width: 720 },
  { tag: 'tx-kpi', file: 'kpi', width: 720 },
  { tag: 'tx-county-map', file: 'map', width: 720, county: 'laibin', name: 'tx-county-map-laibin' },
  { tag: 'tx-fund-chart', file: 'funds', width: 720, locale: 'en', name: 'tx-fund-chart-en' },
  { tag: 'tx-county-map', file: 'no-such-spec', width: 720, name: 'tx-county-map-404' },
  { tag: 'tx-kpi', file: 'no-such-spec', width: 720, name: 'tx-kpi-404' },
];

const server = await createServer({ root, logLevel: 'error', server: { port: 5199, strictPort: false }, configFile: false });
await server.listen();
const base = server.resolvedUrls!.local[0];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 760, height: 1000 }, deviceScaleFactor: 1 });
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  for (const theme of ['portal', 'bigscreen']) {
    for (const shot of shots) {
      const src = `/data/${shot.county ?? county}/${shot.file}.json`;
      const url = `${base}screenshots/page.html?tag=${shot.tag}&theme=${theme}&width=${shot.width}&src=${encodeURIComponent(src)}${shot.locale ? `&locale=${shot.locale}` : ''}`;
      await page.goto(url);
      const done = await page.waitForFunction(() => (window as unknown as { __done?: string }).__done, undefined, { timeout: 30000 });
      const result = await done.jsonValue();
      const element = page.locator(shot.tag);
      const path = resolve(out, `${shot.name ?? shot.tag}-${theme}.png`);
      await element.screenshot({ path });
      console.log(`${path}: ${result}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
