/**
 * Province scale: a generated province of 1,200 township regions with 10,000
 * and then 100,000 stations (bench/lib/province.ts, seeded). Each element is
 * mounted from a spec URL (datasets fetched from 127.0.0.1, as a portal would)
 * on a 1920×1200 page, chart 1200×800, without animation (reduced motion).
 * The station map is compared, interleaved, with plain hand-written ECharts
 * (bench/pages/hand-province.ts: the same two files fetched, registerMap, one
 * setOption; what it leaves out is listed there): first render (append →
 * tx-render / `finished`) and JS heap after GC with the chart up, as ratios
 * element / hand (issue 14: ≤ 1.5×), and DOM nodes in the page (≤ 1,000 with
 * the data table closed). Also hover (real mouse moves → the tooltip DOM
 * shows the township) and selection (click → tx-select) on the element. The
 * station map's first render is CPU-profiled (unminified page).
 *
 *   npx tsx bench/province.ts [--quick] [--10k] [--profile-100k] [--no-profile]   (--10k: the 10,000-station scale only)
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
/** Issue 14: element / plain hand-written ECharts, for first render and for heap. */
const HAND_RATIO_TARGET = 1.5;
const DOM_NODES_TARGET = 1000;
const HOVER_TARGET = 50;
const VIEWPORT = { width: 1920, height: 1200 };
const CHART = { width: 1200, height: 800 };

interface Scale {
  stations: number;
  /** Element and hand-written renders each, interleaved. */
  renders: number;
  hovers: number;
  selects: number;
  /** Also mount the station map without township names, for where the gap to the hand-written page goes. */
  withoutNames?: boolean;
}

interface Published {
  coverage: string;
  /** The same spec with `labels: false`: the element without township names, which the hand-written page does not draw. */
  coverageWithoutNames: string;
  map: string;
  regions: string;
  stations: string;
  province: Province;
}

/** Generate (or reuse) the province and publish its files and specs under bench/.out/province/. */
function publishProvince(stations: number): Published {
  const dir = `province/${TOWNSHIPS}-${stations}`;
  const cached = resolve(OUT, dir, 'province.json');
  const province: Province = existsSync(cached)
    ? JSON.parse(readFileSync(cached, 'utf8'))
    : generateProvince({ townships: TOWNSHIPS, stations });
  if (!existsSync(cached)) publish(`${dir}/province.json`, province);
  const regions = publish(`${dir}/townships.geo.json`, province.regions);
  const stationsUrl = publish(`${dir}/stations.json`, province.stations);
  publish(`${dir}/township-stats.json`, province.townshipStats);
  const specs = provinceSpecs({ regions: 'townships.geo.json', stations: 'stations.json', stats: 'township-stats.json' });
  return { coverage: publish(`${dir}/coverage.json`, specs.coverage), coverageWithoutNames: publish(`${dir}/coverage-without-names.json`, { ...specs.coverage, labels: false }), map: publish(`${dir}/map.json`, specs.map), regions, stations: stationsUrl, province };
}

async function domNodes(bench: BenchPage): Promise<number> {
  const counters = (await bench.cdp.send('Memory.getDOMCounters' as never)) as unknown as { nodes: number };
  return counters.nodes;
}

interface Measured {
  tag: string;
  stations: number;
  render: ReturnType<typeof summarize>;
  /** Plain hand-written ECharts (station map only). */
  hand?: ReturnType<typeof summarize>;
  /** JS heap after GC with the chart up, minus before it was mounted, MB. */
  heapMB: ReturnType<typeof summarize>;
  handHeapMB?: ReturnType<typeof summarize>;
  /** The element with `labels: false` (no township names). */
  withoutNames?: ReturnType<typeof summarize>;
  hover: ReturnType<typeof summarize>;
  hoverPainted: ReturnType<typeof summarize>;
  select: ReturnType<typeof summarize>;
  domNodes: number;
  handDomNodes?: number;
  /** ECharts calls from append to tx-render (last mount). */
  calls: Record<string, number>;
}

async function measure(bench: BenchPage, tag: 'tx-station-coverage' | 'tx-county-map', published: Published, scale: Scale): Promise<Measured> {
  const { page } = bench;
  const { province } = published;
  const src = tag === 'tx-county-map' ? published.map : published.coverage;
  const withHand = tag === 'tx-station-coverage';
  const renders: number[] = [];
  const heaps: number[] = [];
  const hands: number[] = [];
  const handHeaps: number[] = [];
  const withoutNames: number[] = [];
  let nodes = NaN;
  let handNodes = NaN;
  let calls: Record<string, number> = {};
  const element = async () => {
    const r = await page.evaluate(([t, s, w, h]) => window.bench.mountSrc(t as never, s, w, h), [tag, src, CHART.width, CHART.height] as const);
    renders.push(r.toEvent);
    heaps.push((r.heapAfter - r.heapBefore) / 1048576);
    calls = r.calls;
    nodes = await domNodes(bench);
  };
  const hand = async () => {
    const r = await page.evaluate(([g, s, w, h]) => window.bench.mountHandProvince(g, s, w, h), [published.regions, published.stations, CHART.width, CHART.height] as const);
    hands.push(r.toEvent);
    handHeaps.push((r.heapAfter - r.heapBefore) / 1048576);
    handNodes = await domNodes(bench);
  };
  for (let i = 0; i < scale.renders; i++) {
    if (withHand && scale.withoutNames) {
      withoutNames.push((await page.evaluate(([s, w, h]) => window.bench.mountSrc('tx-station-coverage' as never, s, w, h), [published.coverageWithoutNames, CHART.width, CHART.height] as const)).toEvent);
    }
    // Alternate which side goes first; the element goes last in the last round (it stays for the interactions).
    if (!withHand) await element();
    else if (i % 2 === 1 || i === scale.renders - 1) {
      await hand();
      await element();
    } else {
      await element();
      await hand();
    }
  }

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
  await page.evaluate(() => window.bench.unmount());
  return {
    tag, stations: scale.stations,
    render: summarize(renders), heapMB: summarize(heaps),
    ...(withHand ? { hand: summarize(hands), handHeapMB: summarize(handHeaps), handDomNodes: handNodes } : {}),
    ...(withoutNames.length ? { withoutNames: summarize(withoutNames) } : {}),
    hover: summarize(hovers), hoverPainted: summarize(painted), select: summarize(selects),
    domNodes: nodes, calls,
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
    ? [{ stations: 10_000, renders: 2, hovers: 5, selects: 3, withoutNames: true }, { stations: 100_000, renders: 2, hovers: 3, selects: 2 }]
    : [{ stations: 10_000, renders: 5, hovers: 12, selects: 6, withoutNames: true }, { stations: 100_000, renders: 3, hovers: 8, selects: 4 }];
  if (process.argv.includes('--10k')) scales.splice(1);
  const rows: Row[] = [];
  const results: Measured[] = [];
  const profiles: Record<string, unknown> = {};
  const bench = await openBenchPage({ entry: 'bench-page.ts', reducedMotion: true, viewport: VIEWPORT });
  const published = scales.map((scale) => ({ scale, ...publishProvince(scale.stations) }));
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  try {
    for (const files of published) {
      const { scale } = files;
      const tags: ('tx-station-coverage' | 'tx-county-map')[] = ['tx-station-coverage'];
      // The county map draws regions only; its cost does not depend on the station count.
      if (scale === scales[0]) tags.push('tx-county-map');
      for (const tag of tags) {
        const m = await measure(bench, tag, files, scale).catch((error: Error) => {
          console.log(`${tag} with ${scale.stations} stations FAILED: ${error.message}`);
          rows.push({ area: 'province', measure: `${tag}, ${TOWNSHIPS} townships, ${scale.stations.toLocaleString('en')} stations`, value: 'failed', detail: error.message.slice(0, 120) });
          return undefined;
        });
        if (!m) continue;
        results.push(m);
        const label = `${tag}, ${TOWNSHIPS} townships${tag === 'tx-county-map' ? '' : `, ${(scale.stations / 1000).toFixed(0)}k stations`}`;
        const heapText = (h: ReturnType<typeof summarize>) => `+${mb(h.median * 1048576)}`;
        console.log(`${label}: first render ${ms(m.render.median)} [${ms(m.render.min)}–${ms(m.render.max)}] (n=${m.render.n})${m.hand ? `, plain hand-written ${ms(m.hand.median)} [${ms(m.hand.min)}–${ms(m.hand.max)}]` : ''}${m.withoutNames ? `, element without township names ${ms(m.withoutNames.median)}` : ''}; heap ${heapText(m.heapMB)}${m.handHeapMB ? ` vs hand ${heapText(m.handHeapMB)}` : ''}; hover ${ms(m.hover.median)} [${spread(m.hover)}] (painted ${ms(m.hoverPainted.median)}, n=${m.hover.n}); select ${ms(m.select.median)} (n=${m.select.n}); DOM nodes ${m.domNodes}${m.handDomNodes ? ` (hand ${m.handDomNodes})` : ''}; ECharts calls to tx-render ${JSON.stringify(m.calls)}`);
        const spreadOf = (x: ReturnType<typeof summarize>) => (x.n > 1 ? ` [${ms(x.min)}–${ms(x.max)}]` : '');
        if (m.hand && m.handHeapMB) {
          rows.push(
            { area: 'province', measure: `${label}: first render / plain hand-written ECharts`, value: ratio(m.render.median, m.hand.median),
              detail: `${ms(m.render.median)}${spreadOf(m.render)} vs ${ms(m.hand.median)}${spreadOf(m.hand)}; n=${m.render.n}${m.withoutNames ? `; element without township names (labels: false) ${ms(m.withoutNames.median)}, ${ratio(m.withoutNames.median, m.hand.median)}` : ''}`, target: `≤ ${HAND_RATIO_TARGET.toFixed(2)}×`, met: m.render.median <= HAND_RATIO_TARGET * m.hand.median },
            { area: 'province', measure: `${label}: JS heap after render / plain hand-written ECharts`, value: ratio(m.heapMB.median, m.handHeapMB.median),
              detail: `${heapText(m.heapMB)} vs ${heapText(m.handHeapMB)}`, target: `≤ ${HAND_RATIO_TARGET.toFixed(2)}×`, met: m.heapMB.median <= HAND_RATIO_TARGET * m.handHeapMB.median },
          );
        } else {
          rows.push(
            { area: 'province', measure: `${label}: first render`, value: ms(m.render.median), detail: `${spreadOf(m.render).trim()}; n=${m.render.n}`, target: `≤ ${FIRST_RENDER_TARGET} ms`, met: m.render.median <= FIRST_RENDER_TARGET },
            { area: 'province', measure: `${label}: JS heap after render`, value: heapText(m.heapMB) },
          );
        }
        rows.push(
          { area: 'province', measure: `${label}: DOM nodes in the page (table closed)`, value: String(m.domNodes), detail: m.handDomNodes ? `plain hand-written page: ${m.handDomNodes}` : '', target: `≤ ${DOM_NODES_TARGET.toLocaleString('en')}`, met: m.domNodes <= DOM_NODES_TARGET },
          { area: 'province', measure: `${label}: hover → tooltip`, value: ms(m.hover.median), detail: `${spread(m.hover)}; to next frame ${ms(m.hoverPainted.median)}; n=${m.hover.n}`, target: `≤ ${HOVER_TARGET} ms`, met: m.hover.n > 0 && m.hover.median <= HOVER_TARGET },
          { area: 'province', measure: `${label}: click → tx-select`, value: ms(m.select.median), detail: `${spread(m.select)}; n=${m.select.n}` },
        );
      }
    }
  } finally {
    await bench.close();
  }
  // Profile the station map: at 10k by default (the 100k profile shows the same functions, ten times over, and takes a minute).
  const largest = process.argv.includes('--profile-100k') ? published[published.length - 1] : published[0];
  const profile = process.argv.includes('--no-profile') ? { error: 'not asked' } : await profileFirstRender('tx-station-coverage', largest.coverage).catch((error: Error) => ({ error: error.message }));
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
