/**
 * Where one mount's time goes, by what the browser did: a DevTools trace over a few mounts of
 * an element and of the plain hand-written page, summed by trace event (style recalc, layout,
 * script, paint…), per mount. A tool for profiling, not a benchmark with a target.
 *
 *   npx tsx bench/trace-mount.ts [tag] [mounts]
 */
import { openBenchPage } from './lib/browser.ts';
import { WUXUAN_SPECS, inlineSpec } from './lib/specs.ts';

type Tag = keyof typeof WUXUAN_SPECS;
const tag = (process.argv[2] ?? 'tx-fund-chart') as Tag;
const mounts = Number(process.argv[3] ?? 10);

interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; ts: number; args?: { data?: { url?: string; functionName?: string } } }

const bench = await openBenchPage({ entry: 'bench-page.ts', reducedMotion: true });
const { page, cdp } = bench;
try {
  await page.evaluate(([key, s]) => window.bench.setSpec(key, s), [tag, inlineSpec(WUXUAN_SPECS[tag])] as const);
  await page.evaluate((t) => window.bench.prepareRaw(t as never, t), tag);
  for (let i = 0; i < 5; i++) {
    await page.evaluate((t) => window.bench.mountElement(t as never, t), tag);
    await page.evaluate((t) => window.bench.mountPlain(t as never, t), tag);
  }
  for (const side of ['element', 'plain'] as const) {
    const events: TraceEvent[] = [];
    const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink', transferMode: 'ReportEvents' });
    const times: number[] = [];
    for (let i = 0; i < mounts; i++) {
      const s = side === 'element' ? await page.evaluate((t) => window.bench.mountElement(t as never, t), tag) : await page.evaluate((t) => window.bench.mountPlain(t as never, t), tag);
      times.push(s.toEvent);
    }
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    const main = events.find((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript');
    const byName = new Map<string, number>();
    const counts = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || (main && e.tid !== main.tid) || /GC/.test(e.name)) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
      counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    }
    times.sort((a, b) => a - b);
    console.log(`\n${tag} ${side}: median to event ${times[times.length >> 1].toFixed(2)} ms; per mount (inclusive, nested events overlap), and how many times:`);
    for (const [name, total] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(total / mounts).toFixed(2).padStart(7)} ms ${(counts.get(name)! / mounts).toFixed(1).padStart(5)}×  ${name}`);
  }
} finally {
  await bench.close();
}
