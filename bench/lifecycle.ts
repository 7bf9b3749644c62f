/**
 * Long run, mount/unmount: 1,000 cycles of mounting the 武宣 dashboard
 * (<tx-dashboard> when the package has it, else the five chart elements side
 * by side), waiting until every view has drawn, and removing it. Every 100
 * cycles, after a forced GC: JS heap, DOM nodes (CDP Memory.getDOMCounters),
 * ECharts instances still registered (getInstanceById of every id seen), and
 * charts/elements still reachable (WeakRef). A leak shows as growth in any.
 *
 *   npx tsx bench/lifecycle.ts [cycles]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openBenchPage } from './lib/browser.ts';
import { OUT, ROOT } from './lib/paths.ts';
import { isMain, saveResult, type Row } from './lib/report.ts';
import { WUXUAN_SPECS, inlineSpec } from './lib/specs.ts';
import { mb, ms, summarize } from './lib/stats.ts';

const HEAP_TARGET_MB = 5;
const EVERY = 100;
const DASHBOARD_DEFINE = resolve(ROOT, 'packages/elements/src/dashboard/define.ts');

export async function runLifecycle(cycles = Number(process.argv[2] ?? 1000)): Promise<Row[]> {
  const started = Date.now();
  const dashboard = existsSync(DASHBOARD_DEFINE);
  // A page entry that registers <tx-dashboard> too, when it exists.
  const entry = resolve(OUT, 'pages-src', 'lifecycle-page.ts');
  mkdirSync(resolve(entry, '..'), { recursive: true });
  writeFileSync(entry, `${dashboard ? `import '${DASHBOARD_DEFINE}';\n` : ''}import '${resolve(ROOT, 'bench/pages/bench-page.ts')}';\n`);
  const bench = await openBenchPage({ entry, reducedMotion: true, viewport: { width: 1920, height: 1080 } });
  const { page, cdp } = bench;
  const samples: { cycle: number; heapMB: number; nodes: number; liveInstances: number; reachableCharts: number; reachableElements: number; chartsCreated: number; reachableCycles: number[] }[] = [];
  const mountMs: number[] = [];
  let what: string;
  try {
    const jobs: { tag: string; key: string; views: number }[] = [];
    if (dashboard) {
      const spec = inlineSpec('data/wuxuan/dashboard.json');
      await page.evaluate(([k, s]) => window.bench.setSpec(k, s), ['dashboard', spec] as const);
      jobs.push({ tag: 'tx-dashboard', key: 'dashboard', views: (spec as { views: unknown[] }).views.length });
      what = '<tx-dashboard> (武宣 dashboard.json, inline data)';
    } else {
      for (const [tag, file] of Object.entries(WUXUAN_SPECS)) {
        await page.evaluate(([k, s]) => window.bench.setSpec(k, s), [tag, inlineSpec(file)] as const);
        jobs.push({ tag, key: tag, views: 1 });
      }
      what = 'the five chart elements (no <tx-dashboard> yet)';
    }
    const sample = async (cycle: number) => {
      const stats = await page.evaluate(() => window.bench.lifecycleStats());
      const { nodes } = (await cdp.send('Memory.getDOMCounters' as never)) as unknown as { nodes: number };
      samples.push({ cycle, heapMB: stats.heap / 1048576, nodes, ...stats });
      console.log(`${String(cycle).padStart(5)} cycles: heap ${(stats.heap / 1048576).toFixed(2)} MB, DOM nodes ${nodes}, ECharts instances registered ${stats.liveInstances}/${stats.chartsCreated}, reachable charts ${stats.reachableCharts}, reachable elements ${stats.reachableElements}${stats.reachableElements ? ` (mount no. ${stats.reachableCycles.slice(-5).join(", ")})` : ''}`);
    };
    // Warm-up cycles fill caches (compiled styles, fonts, ICU) before the baseline.
    for (let i = 0; i < 10; i++) for (const job of jobs) await page.evaluate(({ tag, key, views }) => window.bench.mountCycle(tag, key, views), job);
    await sample(0);
    for (let cycle = 1; cycle <= cycles; cycle++) {
      let total = 0;
      for (const job of jobs) total += await page.evaluate(({ tag, key, views }) => window.bench.mountCycle(tag, key, views), job);
      mountMs.push(total);
      if (cycle % EVERY === 0) await sample(cycle);
    }
    // Settled: pending timers and microtasks of the last mount have had time to finish.
    await page.waitForTimeout(2000);
    await sample(cycles);
  } finally {
    await bench.close();
  }
  const first = samples[0];
  const last = samples[samples.length - 1];
  const growth = last.heapMB - first.heapMB;
  const mount = summarize(mountMs);
  const rows: Row[] = [
    { area: 'long run', measure: `mount/unmount ×${cycles}: JS heap growth`, value: `${growth >= 0 ? '+' : ''}${mb(growth * 1048576)}`, detail: `${first.heapMB.toFixed(2)} → ${last.heapMB.toFixed(2)} MB; ${what!}`, target: `≤ ${HEAP_TARGET_MB} MB`, met: growth <= HEAP_TARGET_MB },
    { area: 'long run', measure: `mount/unmount ×${cycles}: ECharts instances left`, value: `${last.liveInstances} registered, ${last.reachableCharts} reachable`, detail: `of ${last.chartsCreated} created (after GC)`, target: '0', met: last.liveInstances === 0 && last.reachableCharts === 0 },
    { area: 'long run', measure: `mount/unmount ×${cycles}: DOM nodes`, value: `${first.nodes} → ${last.nodes}`, detail: `elements still reachable: ${last.reachableElements}${last.reachableElements ? ` (mount no. ${last.reachableCycles.join(', ')})` : ''}; one mount ${ms(mount.median)}` },
  ];
  saveResult({ name: 'lifecycle', startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, rows, extra: { what: what!, samples, mount } });
  return rows;
}

if (isMain(import.meta.url)) {
  const { markdownTable } = await import('./lib/report.ts');
  console.log(markdownTable(await runLifecycle()));
}
