/**
 * Dashboard: the 武宣 dashboard (data/wuxuan/dashboard.json, datasets inline) as `<tx-dashboard>`
 * against a plain hand-written page of the same charts (pages/hand-written.ts: CSS grid, one
 * ECharts instance per chart, HTML KPI cards, a click handler that filters the trend's records and
 * calls setOption). Interleaved in one page, order shuffled per round, warm-up discarded,
 * reduced motion on both sides, 1920×1080.
 *
 * - mount: append → every view drawn (tx-render of each view / `finished` of each chart)
 * - select → linked trend redrawn: from where a click handler starts (the map view's tx-select /
 *   the hand page's handler; ECharts' hit testing is the same on both sides and not timed) to the
 *   trend's `finished`; also which views the dashboard redrew (only the trend should)
 * - mount in a fresh page: each side once in a page of its own (`coldMounts`), to the first frame
 *   after every view drew: the big screen's first picture, before anything on the page is warm
 *
 *   npx tsx bench/dashboard.ts [rounds]
 */
import { openBenchPage, type BenchPage } from './lib/browser.ts';
import { createRandom } from './lib/random.ts';
import { isMain, saveResult, type Row } from './lib/report.ts';
import { inlineSpec } from './lib/specs.ts';
import { ms, spread, summarize } from './lib/stats.ts';

const MOUNT_TARGET = 1.2;
const SELECT_TARGET = 1.3;
const WARMUP = 3;
/** 东乡镇 and 桐岭镇: townships with activities. */
const TOWNSHIPS = [['451323102', '东乡镇'], ['451323101', '桐岭镇']] as const;

type Side = 'dashboard' | 'hand';
interface Sample { toEvent: number; toFrame: number }

export async function runDashboard(rounds = Number(process.argv[2] ?? 20)): Promise<Row[]> {
  const started = Date.now();
  const bench = await openBenchPage({ entry: 'dashboard-page.ts', reducedMotion: true, viewport: { width: 1920, height: 1080 } });
  const { page } = bench;
  const samples: Record<Side, { mount: Sample[]; select: Sample[] }> = { dashboard: { mount: [], select: [] }, hand: { mount: [], select: [] } };
  const redrawn = new Map<string, number>();
  let cold: Record<Side, number[]> | undefined;
  try {
    await page.evaluate((spec) => window.dashboardBench.setSpec(spec as never), inlineSpec('data/wuxuan/dashboard.json') as unknown);
    const random = createRandom('tongxin-bench-dashboard');
    for (let round = 0; round < WARMUP + rounds; round++) {
      const sides: Side[] = random() < 0.5 ? ['dashboard', 'hand'] : ['hand', 'dashboard'];
      for (const side of sides) {
        const mount = await page.evaluate((s) => (s === 'dashboard' ? window.dashboardBench.mountDashboard() : window.dashboardBench.mountHand()), side);
        const [code, name] = TOWNSHIPS[round % TOWNSHIPS.length];
        const select = await page.evaluate(([c, n]) => window.dashboardBench.select(c, n), [code, name] as const);
        await page.evaluate(() => window.dashboardBench.clear());
        if (round < WARMUP) continue;
        samples[side].mount.push(mount);
        samples[side].select.push(select);
        if (side === 'dashboard') {
          const key = [...select.redrawn].sort().join(', ') || '(none)';
          redrawn.set(key, (redrawn.get(key) ?? 0) + 1);
        }
      }
    }
    await page.evaluate(() => window.dashboardBench.unmount());
    cold = await coldMounts(bench, rounds >= 20 ? 8 : 4);
  } finally {
    await bench.close();
  }
  const rows: Row[] = [];
  for (const [what, target, label] of [['mount', MOUNT_TARGET, 'wuxuan dashboard mount (to every view drawn)'], ['select', SELECT_TARGET, 'select a township → linked trend redrawn']] as const) {
    const element = summarize(samples.dashboard[what].map((s) => s.toEvent));
    const plain = summarize(samples.hand[what].map((s) => s.toEvent));
    const ratio = element.median / plain.median;
    console.log(`${label}: <tx-dashboard> ${ms(element.median)} (${spread(element)}), hand-written page ${ms(plain.median)} (${spread(plain)}): ${ratio.toFixed(2)}×`);
    rows.push({
      area: 'dashboard',
      measure: `${label} / plain hand-written page`,
      value: `${ratio.toFixed(2)}×`,
      detail: `${ms(element.median)} [${spread(element)}] vs ${ms(plain.median)} [${spread(plain)}]${what === 'select' ? `; views redrawn: ${[...redrawn].map(([k, n]) => `${k} ×${n}`).join('; ')}` : ''}`,
      target: `≤ ${target.toFixed(2)}×`,
      met: ratio <= target,
    });
  }
  if (cold) {
    const [element, plain] = [summarize(cold.dashboard), summarize(cold.hand)];
    console.log(`mount in a fresh page: <tx-dashboard> ${ms(element.median)} (${spread(element)}), hand-written page ${ms(plain.median)} (${spread(plain)})`);
    rows.push({ area: 'dashboard', measure: 'wuxuan dashboard first frame in a fresh page / plain hand-written page', value: `${(element.median / plain.median).toFixed(2)}×`, detail: `${ms(element.median)} [${spread(element)}] vs ${ms(plain.median)} [${spread(plain)}]; n=${cold.dashboard.length} pages each` });
  }
  saveResult({ name: 'dashboard', startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, rows, extra: { chromium: bench.chromiumVersion, rounds, samples, redrawn: Object.fromEntries(redrawn), cold } });
  return rows;
}

/**
 * Each side mounted once in a page of its own (a new page per sample: its own renderer process),
 * sides interleaved; to the first frame after every view drew. No target: the issue's is the warm mount.
 */
async function coldMounts(bench: BenchPage, samplesPerSide: number): Promise<Record<Side, number[]>> {
  const spec = inlineSpec('data/wuxuan/dashboard.json') as unknown;
  const samples: Record<Side, number[]> = { dashboard: [], hand: [] };
  for (let i = 0; i < samplesPerSide; i++) {
    for (const side of (i % 2 === 0 ? ['dashboard', 'hand'] : ['hand', 'dashboard']) as Side[]) {
      const page = await bench.freshPage();
      try {
        await page.evaluate((s) => window.dashboardBench.setSpec(s as never), spec);
        const mount = await page.evaluate((s) => (s === 'dashboard' ? window.dashboardBench.mountDashboard() : window.dashboardBench.mountHand()), side);
        samples[side].push(mount.toFrame);
      } finally {
        await page.close();
      }
    }
  }
  return samples;
}

if (isMain(import.meta.url)) {
  const { markdownTable } = await import('./lib/report.ts');
  console.log(markdownTable(await runDashboard()));
}
