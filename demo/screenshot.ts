// Screenshots of the demo for a person to look at: `npx tsx demo/screenshot.ts [county…]`.
// Starts the demo's Vite server, opens headless Chromium at 1920×1080 and 3840×2160
// (device pixel ratio 1: the dashboard itself scales ×2 on 4K) and writes
// screenshots/<county>-<theme>-<width>x<height>.png. Console errors are printed.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}screenshots`;
mkdirSync(outDir, { recursive: true });

const counties = process.argv.slice(2).length ? process.argv.slice(2) : ['wuxuan'];
const theme = process.env.THEME ?? 'bigscreen';
const locale = process.env.LOCALE ?? 'zh-CN';
const sizes: Array<[number, number]> = [[1920, 1080], [3840, 2160]];

const server = await createServer({ configFile: `${root}demo/vite.config.ts`, server: { port: 5188, strictPort: false }, logLevel: 'warn' });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5188/';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const county of counties) {
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') console.log(`[${county} ${width}] ${message.type()}: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) console.log(`[${county} ${width}] HTTP ${response.status()} ${response.url()}`);
      });
      page.on('pageerror', (error) => console.log(`[${county} ${width}] pageerror: ${error.message}`));
      await page.goto(`${base}?county=${county}&theme=${theme}&locale=${locale}&controls=0`);
      // Wait until every view has drawn (tx-render) or 15 s, then for animations to settle.
      await page.waitForFunction(() => {
        const dashboard = document.querySelector('tx-dashboard');
        const cells = dashboard?.shadowRoot?.querySelectorAll('.cell > *') ?? [];
        return cells.length > 0 && [...cells].every((cell) => cell.shadowRoot?.querySelector('.chart canvas, .cards'));
      }, undefined, { timeout: 15_000 }).catch(() => console.log(`[${county} ${width}] not every view drew within 15 s`));
      await page.waitForTimeout(2500);
      const file = `${outDir}/${county}-${theme}-${locale}-${width}x${height}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      if (width > 1920) {
        // A 1:1 crop of the 4K shot: is the text sharp at ×2?
        const detail = file.replace('.png', '-detail.png');
        await page.screenshot({ path: detail, clip: { x: width - 1500, y: 0, width: 1500, height: 800 } });
        console.log(detail);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
