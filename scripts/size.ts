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
 * 3. The cost of each data format: the on-demand chunks (`import()`, load/table-code.ts) a page's
 *    tag entry loads for a dataset of that format, beyond what the entry loads anyway.
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

/**
 * What each data format makes a page load on demand, named by the source module each chunk starts
 * from (Rolldown names a dynamic import's chunk after it: `chunks/read-delimited-<hash>.js`).
 * `after`: parts always loaded first (transforms come with the table path), not counted again.
 */
export const FORMAT_PARTS: { format: string; modules: string[]; after?: string[] }[] = [
  { format: 'json (plain)', modules: [] },
  { format: 'geojson, topojson (regions)', modules: ['geo-code'] },
  { format: 'json with `property` / `fields`', modules: ['load-tables'] },
  { format: 'csv, tsv', modules: ['load-tables', 'read-delimited'] },
  { format: 'xlsx', modules: ['load-tables', 'read-xlsx'] },
  { format: '`transform` (on top of its format)', modules: ['apply-transform'], after: ['load-tables'] },
];

export interface FormatCost {
  format: string;
  /** The chunk files loaded for it (dist/cdn-relative), shared chunks they import included. */
  files: string[];
  gzip: number;
}

/**
 * The per-format cost in a split build: each format's chunks and the chunks they import, less what
 * every tag entry already loads. Throws when a format's chunk is missing: that code would then be in
 * an entry (every page paying for it), which this table must not hide.
 */
export function formatCosts(cdnDir: string, entryFiles: string[], parts = FORMAT_PARTS): FormatCost[] {
  const chunkFiles = readdirSync(resolve(cdnDir, 'chunks')).map((name) => resolve(cdnDir, 'chunks', name));
  const chunkOf = (module: string): string => {
    const found = chunkFiles.filter((f) => new RegExp(`/${module}-[\\w-]+\\.js$`).test(f) && !/\/worker-/.test(f));
    if (found.length !== 1) throw new Error(`expected one on-demand chunk for ${module} in ${cdnDir}/chunks, found ${found.length}`);
    return found[0];
  };
  const closure = (modules: string[]) => new Set(modules.flatMap((m) => [...loadedFiles(chunkOf(m))]));
  const byEntry = entryFiles.map((entry) => loadedFiles(entry));
  const everyEntryLoads = new Set([...byEntry[0]].filter((file) => byEntry.every((files) => files.has(file))));
  return parts.map(({ format, modules, after = [] }) => {
    const before = closure(after);
    const files = [...closure(modules)].filter((f) => !everyEntryLoads.has(f) && !before.has(f)).sort();
    return { format, files: files.map((f) => relative(cdnDir, f)), gzip: files.reduce((n, f) => n + gzip(readFileSync(f)), 0) };
  });
}

export interface SizeReport {
  cdn: { entry: string; files: number; minified: number; gzip: number }[];
  /** Files no entry imports statically: loaded by import() or new Worker() only when a page needs them. */
  lazy: { file: string; gzip: number }[];
  npm: { measure: string; value: string; detail?: string; target?: string; met?: boolean }[];
  /** What each data format adds to a page (per-tag entries; tongxin.js carries all of it inline). */
  formats: FormatCost[];
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
  const formats = formatCosts(CDN_DIR, entries.slice(1).map((entry) => resolve(CDN_DIR, `${entry}.js`)));
  const npm = await runSize();
  const saved = JSON.parse(readFileSync(resolve(RESULTS, 'size.json'), 'utf8')) as { extra: Record<string, { sizes: Record<string, number> }> };
  // tongxin.js registers the five views and the dashboard: the dashboard entry's baseline (same ECharts modules + lit + d3-geo).
  const baseline = saved.extra.dashboard?.sizes.echartsLitD3 ?? saved.extra.define.sizes.echartsLitD3;
  const tongxin = cdn[0].gzip;
  const vegaEmbed = (saved.extra as { vegaEmbed?: { gzip: number } }).vegaEmbed?.gzip;
  return { cdn, lazy, npm, formats, full: { tongxin, baseline, ratio: tongxin / baseline, ...(vegaEmbed ? { vegaEmbed } : {}) } };
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
    'Loaded only when a page needs them (`import()` or a Worker: a CSV, xlsx or reshaped dataset, GeoJSON/TopoJSON regions, a heavy spec, a dataset to refresh or retry, the wording of an error, an invalid spec\'s full check, `toSVG()`; `worker-*` are the loading worker\'s own), not counted above:',
    '',
    '| file in dist/cdn | gzip |',
    '|---|---:|',
    ...report.lazy.map((l) => `| ${l.file} | ${kb(l.gzip)} |`),
    '',
    'What each data format adds to a page (`cdn/<tag>.js`, fetched with `import()` when a dataset needs it; beyond the chunks every tag loads anyway; `tongxin.js` fetches its own `chunks/tongxin-*` copies the same way):',
    '',
    '| dataset format | on-demand chunks | gzip |',
    '|---|---|---:|',
    ...report.formats.map((f) => `| ${f.format} | ${f.files.length ? f.files.map((file) => `\`${file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')}\``).join(', ') : 'none'} | ${f.files.length ? kb(f.gzip) : '0'} |`),
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
