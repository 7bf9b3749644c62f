/**
 * Province scale: a generated province of 1,200 township regions with 10,000
 * and then 100,000 stations (bench/lib/province.ts, seeded). Each element is
 * mounted from a spec URL (datasets fetched from 127.0.0.1, as a portal would)
 * on a 1920×1200 page, chart 1200×800, without animation (reduced motion).
 * Measures: first render (append → tx-render), the same option drawn by hand,
 * hover (real mouse moves → the tooltip DOM shows the township), selection
 * (click → tx-select), JS heap after GC and DOM nodes. The slowest case is
 * CPU-profiled (unminified page) to say what breaks first and why.
 *
 *   npx tsx bench/province.ts [--quick] [--10k] [--profile-100k]   (--10k: the 10,000-station scale only)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openBenchPage, publish, type BenchPage } from './lib/browser.ts';
import { OUT } from './lib/paths.ts';
import { formatTop, startProfile, stopProfile } from './lib/profile.ts';
import { generateProvince, type Province } from './lib/province.ts';
import { createRandom } from './lib/random.ts';
import { isMain, saveResult, type Row } from './lib/report.ts';
import { provinceSpecs } from './lib/specs.ts';
import { mb, ms, spread, summarize } from './lib/stats.ts';

const TOWNSHIPS = 1200;
const FIRST_RENDER_TARGET = 1500;
const HOVER_TARGET = 50;
const VIEWPORT = { width: 1920, height: 1200 };
const CHART = { width: 1200, height: 800 };

interface Scale {
  stations: number;
  renders: number;
  hovers: number;
  selects: number;
  /** Also draw the option by hand, as is, after each render but the last. */
  byHand: boolean;
}

/** Generate (or reuse) the province and publish its files and specs under bench/.out/province/. */
function publishProvince(stations: number): { coverage: string; map: string; province: Province } {
  const dir = `province/${TOWNSHIPS}-${stations}`;
  const cached = resolve(OUT, dir, 'province.json');
  const province: Province = existsSync(cached)
    ? JSON.parse(readFileSync(cached, 'utf8'))
    : generateProvince({ townships: TOWNSHIPS, stations });
  if (!existsSync(cached)) publish(`${dir}/province.json`, province);
  publish(`${dir}/townships.geo.json`, province.regions);
  publish(`${dir}/stations.json`, province.stations);
  publish(`${dir}/township-stats.json`, province.townshipStats);
  const specs = provinceSpecs({ regions: 'townships.geo.json', stations: 'stations.json', stats: 'township-stats.json' });
  return { coverage: publish(`${dir}/coverage.json`, specs.coverage), map: publish(`${dir}/map.json`, specs.map), province };
}

async function domNodes(bench: BenchPage): Promise<number> {
  const counters = (await bench.cdp.send('Memory.getDOMCounters' as never)) as unknown as { nodes: number };
  return counters.nodes;
}

interface Measured {
  tag: string;
  stations: number;
  render: ReturnType<typeof summarize>;
  raw: ReturnType<typeof summarize>;
  /** The same option with `large: true` on the scatter series, drawn by hand. */
  largeScatter?: number;
  /** The element again, with ECharts resize() skipped when the size is unchanged (simulated fix). */
  noSameSizeResize?: number;
  hover: ReturnType<typeof summarize>;
  hoverPainted: ReturnType<typeof summarize>;
  select: ReturnType<typeof summarize>;
  heapMB: number;
  domNodes: number;
  /** ECharts calls from append to tx-render (last mount). */
  calls: Record<string, number>;
}

async function measure(bench: BenchPage, tag: 'tx-station-coverage' | 'tx-county-map', src: string, province: Province, scale: Scale): Promise<Measured> {
  const { page } = bench;
  const renders: number[] = [];
  const raws: number[] = [];
  let heapMB = NaN;
  let nodes = NaN;
  let calls: Record<string, number> = {};
  for (let i = 0; i < scale.renders; i++) {
    const r = await page.evaluate(([t, s, w, h]) => window.bench.mountSrc(t as never, s, w, h), [tag, src, CHART.width, CHART.height] as const);
    renders.push(r.toEvent);
    calls = r.calls;
    heapMB = (r.heapAfter - r.heapBefore) / 1048576;
    nodes = await domNodes(bench);
    if (i < scale.renders - 1 && scale.byHand) {
      raws.push((await page.evaluate(() => window.bench.mountRawFromElement())).toEvent);
      await page.evaluate(() => window.bench.unmount());
    }
  }

  // Simulated fix: the element with same-size resizes ignored (10k only: at 100k one mount takes too long).
  let noSameSizeResize: number | undefined;
  if (scale.byHand) {
    noSameSizeResize = (await page.evaluate(([t, s, w, h]) => window.bench.mountSrc(t as never, s, w, h, true), [tag, src, CHART.width, CHART.height] as const)).toEvent;
  }
  // The last mount stays for the interaction measurements.
  const random = createRandom(`province-hover-${tag}-${scale.stations}`);
  const pick = () => province.regions.features[Math.floor(random() * province.regions.features.length)].properties;
  const hovers: number[] = [];
  const painted: number[] = [];
  let misses = 0;
  while (hovers.length < scale.hovers && misses < scale.hovers) {
    const township = pick();
    const point = await page.evaluate((code) => window.bench.pointOf(code), township.code);
    if (!point || point.x < 0 || point.y < 0 || point.x > VIEWPORT.width || point.y > VIEWPORT.height) {
      misses++;
      continue;
    }
    await page.mouse.move(2, 2);
    await page.waitForTimeout(250); // the tooltip hides after its hideDelay
    await page.evaluate((name) => window.bench.armTooltip(name), township.name);
    await page.mouse.move(point.x, point.y);
    const result = await page.evaluate(() => window.bench.tooltipWait!).catch(() => undefined);
    if (!result) {
      misses++;
      continue;
    }
    hovers.push(result.latency);
    painted.push(result.painted);
  }
  const selects: number[] = [];
  for (let i = 0; i < scale.selects; i++) {
    const township = pick();
    const point = await page.evaluate((code) => window.bench.pointOf(code), township.code);
    if (!point) continue;
    await page.mouse.move(2, 2);
    await page.waitForTimeout(100);
    await page.evaluate(() => window.bench.armSelect());
    await page.mouse.click(point.x, point.y);
    const result = await page.evaluate(() => window.bench.selectWait!).catch(() => undefined);
    if (result) selects.push(result.latency);
  }
  // Last, the candidate fix for many stations, on the element's own option.
  let largeScatter: number | undefined;
  if (tag === 'tx-station-coverage') largeScatter = (await page.evaluate(() => window.bench.mountRawFromElement(true))).toEvent;
  await page.evaluate(() => window.bench.unmount());
  return {
    tag, stations: scale.stations,
    render: summarize(renders), raw: summarize(raws), largeScatter, noSameSizeResize, hover: summarize(hovers), hoverPainted: summarize(painted), select: summarize(selects),
    heapMB, domNodes: nodes, calls,
  };
}

/** CPU profile of one first render, unminified page: where the time goes at this scale. */
async function profileFirstRender(tag: string, src: string): Promise<{ byPackage: [string, number][]; byFunction: [string, number][]; busyMs: number }> {
  const bench = await openBenchPage({ entry: 'bench-page.ts', reducedMotion: true, profiling: true, viewport: VIEWPORT });
  try {
    await startProfile(bench.cdp, 500);
    await bench.page.evaluate(([t, s, w, h]) => window.bench.mountSrc(t as never, s, w, h), [tag, src, CHART.width, CHART.height] as const);
    const summary = await stopProfile(bench.cdp, (url, line) => bench.locate(url, line));
    const busy = summary.totalMs - summary.byPackage.filter(([k]) => k === '(idle)' || k === '(program)').reduce((a, [, v]) => a + v, 0);
    return { byPackage: summary.byPackage.slice(0, 12), byFunction: summary.byFunction.filter(([k]) => !k.startsWith('(idle)')).slice(0, 20), busyMs: busy };
  } finally {
    await bench.close();
  }
}

export async function runProvince(quick = process.argv.includes('--quick')): Promise<Row[]> {
  const started = Date.now();
  const scales: Scale[] = quick
    ? [{ stations: 10_000, renders: 2, hovers: 5, selects: 3, byHand: true }, { stations: 100_000, renders: 1, hovers: 3, selects: 2, byHand: false }]
    : [{ stations: 10_000, renders: 3, hovers: 12, selects: 6, byHand: true }, { stations: 100_000, renders: 1, hovers: 8, selects: 4, byHand: false }];
  if (process.argv.includes('--10k')) scales.splice(1);
  const rows: Row[] = [];
  const results: Measured[] = [];
  const profiles: Record<string, unknown> = {};
  const bench = await openBenchPage({ entry: 'bench-page.ts', reducedMotion: true, viewport: VIEWPORT });
  const published = scales.map((scale) => ({ scale, ...publishProvince(scale.stations) }));
  try {
    for (const { scale, coverage, map, province } of published) {
      const jobs: ['tx-station-coverage' | 'tx-county-map', string][] = [['tx-station-coverage', coverage]];
      // The county map draws regions only; its cost does not depend on the station count.
      if (scale === scales[0]) jobs.push(['tx-county-map', map]);
      for (const [tag, src] of jobs) {
        const m = await measure(bench, tag, src, province, scale).catch((error: Error) => {
          console.log(`${tag} with ${scale.stations} stations FAILED: ${error.message}`);
          rows.push({ area: 'province', measure: `${tag}, ${TOWNSHIPS} townships, ${scale.stations.toLocaleString('en')} stations`, value: 'failed', detail: error.message.slice(0, 120) });
          return undefined;
        });
        if (!m) continue;
        results.push(m);
        const label = `${tag}, ${TOWNSHIPS} townships${tag === 'tx-county-map' ? '' : `, ${(scale.stations / 1000).toFixed(0)}k stations`}`;
        console.log(`${label}: first render ${ms(m.render.median)} (n=${m.render.n}), by hand ${ms(m.raw.median)}, by hand with large scatter ${ms(m.largeScatter ?? NaN)}, element without same-size resize ${ms(m.noSameSizeResize ?? NaN)}; hover ${ms(m.hover.median)} [${spread(m.hover)}] (painted ${ms(m.hoverPainted.median)}, n=${m.hover.n}); select ${ms(m.select.median)} (n=${m.select.n}); heap +${mb(m.heapMB * 1048576)}; DOM nodes ${m.domNodes}; ECharts calls to tx-render ${JSON.stringify(m.calls)}`);
        rows.push(
          { area: 'province', measure: `${label}: first render`, value: ms(m.render.median), detail: [
            m.render.n > 1 ? `${ms(m.render.min)}–${ms(m.render.max)}` : '',
            m.raw.n ? `same option by hand ${ms(m.raw.median)}` : '',
            m.largeScatter != null ? `by hand with scatter large:true ${ms(m.largeScatter)}` : '',
            m.noSameSizeResize != null ? `element with same-size resize skipped ${ms(m.noSameSizeResize)}` : '',
          ].filter(Boolean).join('; '), target: `≤ ${FIRST_RENDER_TARGET} ms`, met: m.render.median <= FIRST_RENDER_TARGET },
          { area: 'province', measure: `${label}: hover → tooltip`, value: ms(m.hover.median), detail: `${spread(m.hover)}; to next frame ${ms(m.hoverPainted.median)}; n=${m.hover.n}`, target: `≤ ${HOVER_TARGET} ms`, met: m.hover.n > 0 && m.hover.median <= HOVER_TARGET },
          { area: 'province', measure: `${label}: click → tx-select`, value: ms(m.select.median), detail: `${spread(m.select)}; n=${m.select.n}` },
          { area: 'province', measure: `${label}: JS heap after render`, value: `+${mb(m.heapMB * 1048576)}`, detail: `DOM nodes in page: ${m.domNodes}` },
        );
      }
    }
  } finally {
    await bench.close();
  }
  // Profile the station map: at 10k by default (the 100k profile shows the same functions, ten times over, and takes a minute).
  const largest = process.argv.includes('--profile-100k') ? published[published.length - 1] : published[0];
  const profile = await profileFirstRender('tx-station-coverage', largest.coverage).catch((error: Error) => ({ error: error.message }));
  profiles[`tx-station-coverage-${largest.scale.stations}`] = profile;
  if ('byPackage' in profile) {
    console.log(`\nCPU profile, tx-station-coverage first render with ${largest.scale.stations} stations (${profile.busyMs.toFixed(0)} ms busy), self time by package:`);
    for (const line of formatTop(profile.byPackage.filter(([k]) => k !== '(idle)'), profile.busyMs, 10)) console.log(line);
    console.log('  top functions:');
    for (const line of formatTop(profile.byFunction, profile.busyMs, 15)) console.log(line);
  }
  saveResult({ name: 'province', startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, rows, extra: { results, profiles } });
  return rows;
}

if (isMain(import.meta.url)) {
  const { markdownTable } = await import('./lib/report.ts');
  console.log(markdownTable(await runProvince()));
}
