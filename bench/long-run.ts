// Long-run memory benchmark of <tx-dashboard>: `npx tsx bench/long-run.ts [cycles] [intervalMs]`.
//
// Serves the 武宣 dashboard with `refresh: 5s` on a clock 250× faster, so a refresh every 20 ms (Vite dev server on 127.0.0.1),
// its fund figures changing on every request (so every cycle redraws a chart) and the rest
// of the data unchanged, opens it in headless Chromium and prints the JS heap after a forced
// GC every 1,000 refresh cycles, with the dashboard's timers, fetches in flight and canvases.
// A cycle is one request for the fund figures (each URL is fetched once per cycle).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Plugin } from 'vite';
import { chromium } from 'playwright-core';

const cycles = Number(process.argv[2] ?? 10_000);
const intervalMs = Number(process.argv[3] ?? 20);
const every = 1000;
/** The spec's refresh: the shortest a spec may ask for (MIN_REFRESH_MS). */
const REFRESH_MS = 5000;
const root = fileURLToPath(new URL('..', import.meta.url));

let fundRequests = 0;
const benchData: Plugin = {
  name: 'bench-data',
  configureServer(server) {
    server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
      if (req.url === '/bench-data/dashboard.json') {
        const spec = JSON.parse(readFileSync(`${root}data/wuxuan/dashboard.json`, 'utf8'));
        // The shortest refresh a spec may ask for; the page's clock runs faster (long-run.html).
        spec.refresh = `${REFRESH_MS / 1000}s`;
        // The longest fetchTimeout (5 min on the fast clock: 1.2 s real at 250×), so a request slowed
        // by other benchmarks running beside this one is not counted as a failure.
        spec.fetchTimeout = '5m';
        for (const dataset of Object.values(spec.datasets) as Array<{ url?: string }>) {
          if (dataset.url) dataset.url = `/data/wuxuan/${dataset.url}`;
        }
        spec.datasets.funds.url = '/bench-data/funds.json';
        return send(res, spec);
      }
      if (req.url === '/bench-data/funds.json') {
        fundRequests++;
        const funds = JSON.parse(readFileSync(`${root}data/wuxuan/fund-figures.json`, 'utf8')) as Array<{ amount: number }>;
        // Vary one figure so the chart really redraws each cycle.
        funds[0].amount += (fundRequests % 10) * 10_000;
        return send(res, funds);
      }
      next();
    });
  },
};

function send(res: ServerResponse, body: unknown): void {
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: 5177, strictPort: false },
  plugins: [benchData],
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5177/';

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const started = Date.now();
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
  // The dashboard's clock runs REFRESH_MS / intervalMs times faster: a refresh every intervalMs.
  await page.goto(`${base}bench/long-run.html?speed=${REFRESH_MS / intervalMs}`);
  await page.waitForFunction(() => ((window as unknown as { benchStats?: () => { canvases: number } }).benchStats?.().canvases ?? 0) >= 3, undefined, { timeout: 60_000 });
  console.log(`refresh every ${intervalMs} ms, ${cycles} cycles; heap after GC (MB) every ${every} cycles`);
  console.log('cycles\theapMB\ttimers\tinFlight\tcanvases\tfailures\tseconds');
  const sample = async () => {
    const s: Record<string, number> = await page.evaluate(() => {
      (window as unknown as { gc?: () => void }).gc?.();
      const memory = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory;
      return { heap: memory.usedJSHeapSize, ...(window as unknown as { benchStats: () => Record<string, number> }).benchStats() };
    });
    console.log([fundRequests, (s.heap / 1048576).toFixed(2), s.timersPending, s.inFlight, s.canvases, s.failures,
      ((Date.now() - started) / 1000).toFixed(0)].join('\t'));
  };
  await sample();
  for (let next = every; next <= cycles; next += every) {
    while (fundRequests < next) await new Promise((resolve) => setTimeout(resolve, 50));
    await sample();
  }
  // Removing the dashboard must stop all fetching.
  await page.evaluate(() => document.getElementById('dashboard')!.remove());
  // Let a request already on the wire arrive, then count for 2 s.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const before = fundRequests;
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const after = await page.evaluate(() => (window as unknown as { benchStats: () => Record<string, number> }).benchStats());
  console.log(`after removal: ${fundRequests - before} fetches in 2 s; timers ${after.timersPending}, in flight ${after.inFlight}, other timers ${after.otherTimers}`);
} finally {
  await browser.close();
  await server.close();
}
