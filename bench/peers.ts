/**
 * Peers: the 3-bar fund chart and the 10-township county map as the Tongxin element, as plain
 * hand-written ECharts (pages/hand-written.ts) and with vega-embed 7 (Vega-Lite 6, canvas), the
 * same data, interleaved in one page (order shuffled per round, warm-up discarded, reduced
 * motion). Each from append to its first drawing (tx-render / ECharts `finished` / vega-embed's
 * promise, which resolves once the view has rendered), compared at the next frame too.
 *
 *   npx tsx bench/peers.ts [rounds]
 */
import { openBenchPage } from './lib/browser.ts';
import { createRandom } from './lib/random.ts';
import { isMain, saveResult, type Row } from './lib/report.ts';
import { inlineSpec } from './lib/specs.ts';
import { ms, spread, summarize } from './lib/stats.ts';

const WARMUP = 3;
const CHARTS = { bar: 'data/wuxuan/funds.json', map: 'data/wuxuan/map.json' } as const;
const SIDES = ['tongxin', 'echarts', 'vega'] as const;
type Chart = keyof typeof CHARTS;
type Side = (typeof SIDES)[number];

export async function runPeers(rounds = Number(process.argv[2] ?? 20)): Promise<Row[]> {
  const started = Date.now();
  const bench = await openBenchPage({ entry: 'peers-page.ts', reducedMotion: true });
  const { page } = bench;
  const samples: Record<string, number[]> = {};
  try {
    for (const [chart, file] of Object.entries(CHARTS)) await page.evaluate(([c, s]) => window.peersBench.setSpec(c as Chart, s as never), [chart, inlineSpec(file) as unknown] as const);
    const random = createRandom('tongxin-bench-peers');
    for (let round = 0; round < WARMUP + rounds; round++) {
      const jobs = (Object.keys(CHARTS) as Chart[]).flatMap((chart) => SIDES.map((side) => [chart, side] as const)).map((job) => ({ job, key: random() })).sort((a, b) => a.key - b.key);
      for (const { job: [chart, side] } of jobs) {
        const sample = await page.evaluate(([c, s]) => window.peersBench.mount(c, s), [chart, side] as [Chart, Side]);
        if (round >= WARMUP) (samples[`${chart} ${side}`] ??= []).push(sample.toFrame);
      }
    }
  } finally {
    await bench.close();
  }
  const rows: Row[] = [];
  for (const chart of Object.keys(CHARTS) as Chart[]) {
    const [tongxin, echarts, vega] = SIDES.map((side) => summarize(samples[`${chart} ${side}`]));
    const name = chart === 'bar' ? '3-bar fund chart' : '10-township county map';
    console.log(`${name}, to the next frame: Tongxin ${ms(tongxin.median)} (${spread(tongxin)}), plain ECharts ${ms(echarts.median)} (${spread(echarts)}), vega-embed ${ms(vega.median)} (${spread(vega)})`);
    rows.push({ area: 'peers', measure: `${name}: Tongxin / plain hand-written ECharts`, value: `${(tongxin.median / echarts.median).toFixed(2)}×`, detail: `${ms(tongxin.median)} [${spread(tongxin)}] vs ${ms(echarts.median)} [${spread(echarts)}]` });
    rows.push({ area: 'peers', measure: `${name}: vega-embed / plain hand-written ECharts`, value: `${(vega.median / echarts.median).toFixed(2)}×`, detail: `${ms(vega.median)} [${spread(vega)}]; Tongxin / vega-embed ${(tongxin.median / vega.median).toFixed(2)}×` });
  }
  saveResult({ name: 'peers', startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, rows, extra: { chromium: bench.chromiumVersion, rounds, samples } });
  return rows;
}

if (isMain(import.meta.url)) {
  const { markdownTable } = await import('./lib/report.ts');
  console.log(markdownTable(await runPeers()));
}
