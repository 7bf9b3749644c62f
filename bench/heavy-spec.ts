/**
 * Heavy specs (issue 11): a ~50 MB spec of 1,000,000 inline fund records, served over HTTP and
 * loaded into <tx-fund-chart> in headless Chromium. Prints, per mode, the longest main-thread
 * task (PerformanceObserver 'longtask'), the longest gap between animation frames, the long-task
 * count and blocking time, and append → tx-render:
 *   before    core's loadSpec on the page (what the elements did before), then `loaded`
 *   worker    `src`: the load-spec worker, records back in chunks (the default for heavy specs)
 *   fallback  `src` with Worker deleted: the page loads, yielding between steps
 * Also: structured-clone cost of the records (whole / per 10,000-record chunk), the worker round
 * trip against the page for small specs (the threshold), and the worker bundle's size.
 *
 *   npx tsx bench/heavy-spec.ts [--quick] [--skip-slow]   (--quick: 200,000 records; --skip-slow: without
 *   the page-side element runs, fallback and before, which take minutes on 1,000,000 records)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { openBenchPage, publish, type BenchPage } from './lib/browser.ts';
import { OUT } from './lib/paths.ts';
import { isMain, saveResult, type Row } from './lib/report.ts';
import { ms } from './lib/stats.ts';

const TARGET_TASK = 200;
const CAMPAIGNS = ['委员捐赠', '捐种一棵大树', '助学金', '乡村道路', '饮水工程', '产业帮扶', '危房改造', '医疗救助'];

/** A fund-chart spec with `records` inline records (~50 bytes each). */
export function heavyFundSpecText(records: number): string {
  const values = new Array(records);
  for (let i = 0; i < records; i++) {
    values[i] = { campaign: CAMPAIGNS[i % CAMPAIGNS.length], amount: 1000 + (i % 97) * 10, donor: `委员${i % 997}`, qualifier: 'over' };
  }
  return JSON.stringify({ version: 1, kind: 'fund-chart', id: 'funds', title: '捐赠（百万条）', datasets: { funds: { values } }, data: 'funds', by: 'campaign' });
}

export async function runHeavySpec(quick = false, skipSlow = false): Promise<Row[]> {
  const started = Date.now();
  const records = quick ? 200_000 : 1_000_000;
  const text = heavyFundSpecText(records);
  const src = publish(`heavy/funds-${records}.json`, text);
  const small = [1_000, 5_000, 20_000].map((n) => ({ n, src: publish(`heavy/funds-${n}.json`, heavyFundSpecText(n)), chars: heavyFundSpecText(n).length }));
  console.log(`spec: ${records.toLocaleString('en')} records, ${(text.length / 1e6).toFixed(1)} MB of JSON`);

  const rows: Row[] = [];
  const extra: Record<string, unknown> = {};
  /** Each measurement in a fresh browser: a crash (out of memory) of one never hides the others. */
  const inPage = async <T>(name: string, run: (bench: BenchPage) => Promise<T>): Promise<T | undefined> => {
    const bench = await openBenchPage({ entry: 'heavy-page.ts', viewport: { width: 1280, height: 900 } });
    try {
      return await run(bench);
    } catch (error) {
      const reason = String((error as Error).message ?? error).split('\n')[0];
      console.log(`${name}: failed: ${reason}`);
      rows.push({ area: 'heavy spec', measure: `${records.toLocaleString('en')} records, ${name}`, value: 'failed', detail: reason.slice(0, 120) });
      return undefined;
    } finally {
      await bench.close();
    }
  };
  const labels = { before: 'before (loadSpec on the page, then `loaded`)', worker: 'worker (default)', fallback: 'fallback (no Worker)' };
  const element = async (mode: 'before' | 'worker' | 'fallback') => {
    const m = await inPage(`element, ${mode}`, ({ page }) => page.evaluate(([mode, src]) => window.heavy.load(mode, src), [mode, src] as const));
    if (!m) return;
    extra[mode] = m;
    console.log(`element ${mode.padEnd(8)}: longest task ${ms(m.longestTask)}, longest frame gap ${ms(m.longestFrameGap)}, ${m.longTasks} long tasks, blocking ${ms(m.blocking)}, append → tx-render ${ms(m.total)}`);
    if (m.texts.length) console.log(`         loading state: ${m.texts.slice(0, 4).join(' | ')}${m.texts.length > 4 ? ` … (${m.texts.length})` : ''}`);
    rows.push({ area: 'heavy spec', measure: `${records.toLocaleString('en')} records in tx-fund-chart, ${labels[mode]}: longest main-thread task`, value: ms(m.longestTask), detail: `frame gap ${ms(m.longestFrameGap)}, ${m.longTasks} long tasks, append → tx-render ${ms(m.total)}` });
  };
  const loadOnly = async (mode: 'before' | 'worker') => {
    const m = await inPage(`steps 1–5, ${mode}`, ({ page }) => page.evaluate(([mode, src]) => window.heavy.loadOnly(mode, src), [mode, src] as const));
    if (!m) return;
    extra[`${mode}LoadOnly`] = m;
    console.log(`steps 1–5 ${mode.padEnd(6)}: longest task ${ms(m.longestTask)}, longest frame gap ${ms(m.longestFrameGap)}, ${m.longTasks} long tasks, load ${ms(m.total)} (${m.records} records)`);
    rows.push({ area: 'heavy spec', measure: `${records.toLocaleString('en')} records, steps 1–5 only, ${mode === 'before' ? 'loadSpec on the page' : 'loadSpecOffThread (worker)'}: longest main-thread task`, value: ms(m.longestTask), detail: `frame gap ${ms(m.longestFrameGap)}, load ${ms(m.total)}`, ...(mode === 'worker' ? { target: `≤ ${TARGET_TASK} ms`, met: m.longestTask <= TARGET_TASK && m.records === records } : {}) });
  };
  await loadOnly('worker');
  await element('worker');
  await loadOnly('before');
  const clone = await inPage('structuredClone', ({ page }) => page.evaluate(([src]) => window.heavy.cloneCost(src, 10_000), [src] as const));
  if (clone) {
    extra.clone = clone;
    console.log(`structuredClone of ${clone.records.toLocaleString('en')} records: ${ms(clone.whole)}; of 10,000: ${ms(clone.perChunk)}`);
    rows.push({ area: 'heavy spec', measure: `structuredClone, ${clone.records.toLocaleString('en')} records (one message) / 10,000 (one chunk)`, value: ms(clone.whole), detail: ms(clone.perChunk) });
  }
  await inPage('threshold', async ({ page }) => {
    for (const { n, src: smallSrc, chars } of small) {
      const trip = await page.evaluate(([s]) => window.heavy.roundTrip(s, 5), [smallSrc] as const);
      extra[`roundTrip${n}`] = trip;
      console.log(`${n.toLocaleString('en')} records (${(chars / 1000).toFixed(0)} k chars): page ${ms(trip.page)}, worker ${ms(trip.worker)}`);
      rows.push({ area: 'heavy spec', measure: `${n.toLocaleString('en')} records (${(chars / 1000).toFixed(0)} k chars): load on the page / in the worker`, value: ms(trip.page), detail: ms(trip.worker) });
    }
  });
  if (!skipSlow) {
    await element('fallback');
    await element('before');
  }
  const worker = readFileSync(resolve(OUT, 'pages/heavy-page', 'load-spec-worker.js'));
  const size = `${(worker.length / 1024).toFixed(1)} KiB min, ${(gzipSync(worker).length / 1024).toFixed(1)} KiB gzip`;
  console.log(`worker bundle: ${size}`);
  rows.push({ area: 'heavy spec', measure: 'load-spec-worker.js', value: size });
  saveResult({ name: 'heavy-spec', startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, rows, extra });
  return rows;
}

if (isMain(import.meta.url)) {
  await runHeavySpec(process.argv.includes('--quick'), process.argv.includes('--skip-slow'));
}
