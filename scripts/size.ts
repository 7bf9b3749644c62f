/**
 * `pnpm size`: gzipped size of every entry point, side by side with hand-written baselines.
 *
 * 1. The files we ship for script tags (`pnpm build` → packages/elements/dist/cdn): tongxin.js
 *    (everything, one file) and each per-tag entry with the shared chunks it loads.
 * 2. bench/size.ts (the benchmark's own measurement, reused, not duplicated): each npm entry point
 *    (`@tongxin/elements/county-map.js`, …, `define.js`, `dashboard.js`) bundled alone against an
 *    `echarts/core` bundle registering the same ECharts modules, and — for the all-tags entries — the
 *    same plus the lit and d3-geo imports Tongxin makes. Same Vite/Rolldown build, minified, gzip -9.
 *
 * Budget: the full bundle at most 10% larger than that echarts+lit+d3-geo baseline (1.10×).
 *
 *   npx tsx scripts/size.ts [--readme] [--check]   (--readme: rewrite the README's size block; --check: exit 1 over budget)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runSize } from '../bench/size.ts';
import { RESULTS } from '../bench/lib/report.ts';
import { buildCdn, CDN_DIR } from './build-cdn.ts';
import { replaceBlock } from './readme-block.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const FULL_BUDGET = 1.1;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;

/** A CDN entry and every chunk it imports statically, transitively: what a page downloads for it. */
function loadedFiles(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) loadedFiles(resolve(dirname(file), m[1]), seen);
  return seen;
}

export interface SizeReport {
  cdn: { entry: string; files: number; minified: number; gzip: number }[];
  /** Files no entry imports statically: loaded by import() or new Worker() only when a page needs them. */
  lazy: { file: string; gzip: number }[];
  npm: { measure: string; value: string; detail?: string; target?: string; met?: boolean }[];
  full: { tongxin: number; baseline: number; ratio: number; vegaEmbed?: number };
}

export async function measureSizes(): Promise<SizeReport> {
  if (!existsSync(resolve(CDN_DIR, 'tongxin.js'))) await buildCdn();
  const entries = ['tongxin', 'county-map', 'station-coverage', 'activity-trend', 'fund-chart', 'kpi', 'dashboard'];
  const cdn = entries.map((entry) => {
    const files = [...loadedFiles(resolve(CDN_DIR, `${entry}.js`))];
    const code = files.map((f) => readFileSync(f));
    return {
      entry: entry === 'tongxin' ? 'tongxin.js (all tags, one file)' : `cdn/${entry}.js + chunks`,
      files: files.length,
      minified: code.reduce((n, c) => n + c.length, 0),
      gzip: code.reduce((n, c) => n + gzip(c), 0),
    };
  });
  const loaded = new Set(entries.flatMap((entry) => [...loadedFiles(resolve(CDN_DIR, `${entry}.js`))]));
  const lazy = jsFilesUnder(CDN_DIR)
    .filter((file) => !loaded.has(file))
    .map((file) => ({ file: relative(CDN_DIR, file), gzip: gzip(readFileSync(file)) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const npm = await runSize();
  const saved = JSON.parse(readFileSync(resolve(RESULTS, 'size.json'), 'utf8')) as { extra: Record<string, { sizes: Record<string, number> }> };
  // tongxin.js registers the five views and the dashboard: the dashboard entry's baseline (same ECharts modules + lit + d3-geo).
  const baseline = saved.extra.dashboard?.sizes.echartsLitD3 ?? saved.extra.define.sizes.echartsLitD3;
  const tongxin = cdn[0].gzip;
  const vegaEmbed = (saved.extra as { vegaEmbed?: { gzip: number } }).vegaEmbed?.gzip;
  return { cdn, lazy, npm, full: { tongxin, baseline, ratio: tongxin / baseline, ...(vegaEmbed ? { vegaEmbed } : {}) } };
}

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    return entry.isDirectory() ? jsFilesUnder(path) : entry.name.endsWith('.js') ? [path] : [];
  });
}

export function sizeMarkdown(report: SizeReport): string {
  const lines = [
    '| script-tag file (`pnpm build`) | files | minified | gzip |',
    '|---|---:|---:|---:|',
    ...report.cdn.map((c) => `| ${c.entry} | ${c.files} | ${kb(c.minified)} | ${kb(c.gzip)} |`),
    '',
    'Loaded only when a page needs them (`import()` or a Worker: an xlsx dataset, a heavy spec, `toSVG()`), not counted above:',
    '',
    '| file in dist/cdn | gzip |',
    '|---|---:|',
    ...report.lazy.map((l) => `| ${l.file} | ${kb(l.gzip)} |`),
    '',
    `Full bundle: tongxin.js ${kb(report.full.tongxin)} gzip vs ${kb(report.full.baseline)} for a hand-written \`echarts/core\` bundle `
      + `registering the same ECharts modules plus lit and d3-geo: **${report.full.ratio.toFixed(2)}×** (budget ≤ ${FULL_BUDGET.toFixed(2)}×, `
      + `${report.full.ratio <= FULL_BUDGET ? 'met' : 'NOT met'}).`
      + (report.full.vegaEmbed ? ` vega-embed 7 with vega and vega-lite, one file from the same build: ${kb(report.full.vegaEmbed)} gzip (tongxin.js ${(report.full.tongxin / report.full.vegaEmbed).toFixed(2)}× that).` : ''),
    '',
    '| npm entry point, bundled alone (bench/size.ts) | ratio | gzip vs baseline | budget |',
    '|---|---:|---|---:|',
    ...report.npm.map((r) => `| ${r.measure} | ${r.value} | ${r.detail ?? ''} | ${r.target ?? ''}${r.met === false ? ' ✗' : ''} |`),
  ];
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await measureSizes();
  const markdown = sizeMarkdown(report);
  console.log(`\n${markdown}\n`);
  if (process.argv.includes('--readme')) {
    const path = resolve(ROOT, 'README.md');
    const stamp = `Measured ${new Date().toISOString().slice(0, 10)} by \`pnpm size\` (Node ${process.version}).`;
    writeFileSync(path, replaceBlock(readFileSync(path, 'utf8'), 'size', `${markdown}\n\n${stamp}`));
    console.log('README.md size block updated');
  }
  // --check: fail over budget (CI can opt in); by default report only.
  if (process.argv.includes('--check') && report.full.ratio > FULL_BUDGET) process.exitCode = 1;
}
