/**
 * Where one mount's script time goes: a CPU profile (unminified page) over a few mounts of an
 * element, as inclusive time per function (each function counted once per sample, however deep
 * it recurses), per mount. A tool for profiling, not a benchmark with a target.
 *
 *   npx tsx bench/profile-mount.ts [tag] [mounts] [filter regexp on "function @ module"]
 */
import { openBenchPage } from './lib/browser.ts';
import { WUXUAN_SPECS, inlineSpec } from './lib/specs.ts';

type Tag = keyof typeof WUXUAN_SPECS;
const tag = (process.argv[2] ?? 'tx-fund-chart') as Tag;
const mounts = Number(process.argv[3] ?? 20);
const filter = new RegExp(process.argv[4] ?? '.');

interface Node { id: number; parent?: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }

const bench = await openBenchPage({ entry: 'bench-page.ts', reducedMotion: true, profiling: true });
const { page, cdp } = bench;
try {
  await page.evaluate(([key, s]) => window.bench.setSpec(key, s), [tag, inlineSpec(WUXUAN_SPECS[tag])] as const);
  for (let i = 0; i < 5; i++) await page.evaluate((t) => window.bench.mountElement(t as never, t), tag);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < mounts; i++) await page.evaluate((t) => window.bench.mountElement(t as never, t), tag);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} @ ${(n.callFrame.url && bench.locate(n.callFrame.url, n.callFrame.lineNumber)) || n.callFrame.url.split('/').pop() || '(native)'}`;
  const labels = new Map(profile.nodes.map((n) => [n.id, label(n)]));
  const total = new Map<string, number>();
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(profile.samples[i])!;
    if (['(idle)', '(program)', '(garbage collector)'].includes(leaf.callFrame.functionName)) continue;
    busy += ms;
    const seen = new Set<string>();
    for (let n: Node | undefined = leaf; n; n = n.parent === undefined ? undefined : byId.get(n.parent)) {
      const l = labels.get(n.id)!;
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  console.log(`${tag}: ${(busy / mounts).toFixed(2)} ms busy per mount (GC, idle and program left out); inclusive per mount:`);
  for (const [l, t] of [...total].filter(([l]) => filter.test(l)).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${(t / mounts).toFixed(2).padStart(7)} ms  ${l}`);
} finally {
  await bench.close();
}
