/**
 * `pnpm bench`: every benchmark, one table. The timing benchmarks (spec,
 * overhead, province) run one after another on an otherwise idle machine; the
 * memory and size benchmarks, whose numbers do not depend on CPU contention,
 * then run side by side to stay within ten minutes. The table, the machine and
 * the load average go to stdout, bench/.out/latest.md and BENCHMARKS.md
 * (between the `bench:results` markers).
 *
 *   npx tsx bench/run.ts [--only spec,overhead,province,heavy,size,lifecycle,refresh] [--quick] [--full] [--no-doc]
 *
 * `--full` runs the refresh long run for 10,000 cycles (else 3,000; see BENCHMARKS.md).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM } from './lib/browser.ts';
import { OUT, ROOT } from './lib/paths.ts';
import { markdownTable, type Row } from './lib/report.ts';
import { runDashboard } from './dashboard.ts';
import { runHeavySpec } from './heavy-spec.ts';
import { runLifecycle } from './lifecycle.ts';
import { runOverhead } from './overhead.ts';
import { runPeers } from './peers.ts';
import { runProvince } from './province.ts';
import { runRefresh } from './refresh.ts';
import { runSize } from './size.ts';
import { runSpec } from './spec.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
/** 10,000 refresh cycles take the dashboard's long run ~15 min here; the default run does 3,000 (heap every 1,000). */
const full = args.includes('--full');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const wanted = (name: string) => !only || only.includes(name);

const ORDER = ['overhead', 'peers', 'dashboard', 'province', 'heavy spec', 'size', 'long run', 'spec'];

async function guarded(name: string, run: () => Promise<Row[]>): Promise<Row[]> {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  try {
    const rows = await run();
    console.log(`=== ${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
    return rows;
  } catch (error) {
    console.log(`=== ${name} FAILED: ${(error as Error).stack ?? error} ===`);
    return [{ area: name, measure: name, value: 'failed', detail: String((error as Error).message ?? error).split('\n')[0].slice(0, 160) }];
  }
}

function machine(loadBefore: number[], loadAfter: number[], seconds: number): string {
  const chromium = (() => {
    try {
      return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  })();
  return [
    `- Run: ${new Date().toISOString()}, ${seconds.toFixed(0)} s in all${quick ? ' (--quick)' : ''}${full ? ' (--full)' : ''}`,
    `- CPU: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'} (nproc ${cpus().length})`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `- Chromium: ${chromium}, headless, via playwright-core`,
    `- Node: ${process.version}`,
    `- Load average (1/5/15 min) before: ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}; after: ${loadAfter.map((l) => l.toFixed(2)).join(' / ')}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg();
  const rows: Row[] = [];
  // Timing-sensitive: alone, one after another.
  if (wanted('spec')) rows.push(...(await guarded('spec', () => runSpec())));
  // 40 rounds where ratios sit near their targets: with 20, the hand-written side's median alone moved
  // them from run to run on this 2-core machine (select 1.14–1.64×, the KPI's hand cards 2.9–4.8 ms).
  if (wanted('overhead')) rows.push(...(await guarded('overhead', () => runOverhead(quick ? 10 : 40))));
  if (wanted('peers')) rows.push(...(await guarded('peers', () => runPeers(quick ? 8 : 20))));
  if (wanted('dashboard')) rows.push(...(await guarded('dashboard', () => runDashboard(quick ? 8 : 40))));
  if (wanted('province')) rows.push(...(await guarded('province', () => runProvince(quick))));
  if (wanted('heavy')) rows.push(...(await guarded('heavy spec', () => runHeavySpec(quick))));
  // Memory and bytes: side by side.
  const parallel = await Promise.all([
    wanted('refresh') ? guarded('refresh', () => runRefresh(full ? 10_000 : quick ? 2000 : 3000)) : [],
    wanted('lifecycle') ? guarded('lifecycle', () => runLifecycle(quick ? 200 : 1000)) : [],
    wanted('size') ? guarded('size', () => runSize()) : [],
  ]);
  rows.push(...parallel.flat());
  rows.sort((a, b) => ORDER.indexOf(a.area) - ORDER.indexOf(b.area));

  const seconds = (Date.now() - started) / 1000;
  const table = markdownTable(rows);
  const about = machine(loadBefore, loadavg(), seconds);
  const missed = rows.filter((r) => r.met === false).length;
  const summary = `${rows.filter((r) => r.met === true).length} targets met, ${missed} missed.`;
  console.log(`\n${table}\n\n${summary}\n${about}`);

  mkdirSync(OUT, { recursive: true });
  const block = `${table}\n\n${summary}\n\n${about}\n`;
  writeFileSync(resolve(OUT, 'latest.md'), block);
  if (!args.includes('--no-doc') && !only) {
    const doc = resolve(ROOT, 'BENCHMARKS.md');
    const text = readFileSync(doc, 'utf8');
    const start = '<!-- bench:results:start -->';
    const end = '<!-- bench:results:end -->';
    if (text.includes(start) && text.includes(end)) {
      writeFileSync(doc, `${text.slice(0, text.indexOf(start) + start.length)}\n${block}${text.slice(text.indexOf(end))}`);
      console.log('BENCHMARKS.md updated.');
    }
  }
}

await main();
