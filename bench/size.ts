/**
 * Size: gzipped bytes of each @tongxin/elements entry point a page would import
 * (`@tongxin/elements/county-map.js`, …, `define.js` for all tags), against a
 * hand-written `echarts/core` bundle registering the same ECharts modules — and,
 * as a second baseline, the same plus the lit and d3-geo imports Tongxin makes.
 * Both sides: the same Vite/Rolldown build, minified ESM. Tongxin's side is code-split as a page
 * loads it and counts the chunks that arrive before the first render (not the SVG renderer,
 * which `toSVG()` imports on demand); the baselines are one file each.
 *
 *   npx tsx bench/size.ts
 *   npx tsx bench/size.ts --modules [N]   also list each entry's N (default 25) biggest startup modules
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle, type BuiltChunk } from './lib/bundle.ts';
import { OUT, ROOT } from './lib/paths.ts';
import { isMain, saveResult, type Row } from './lib/report.ts';
import { kb } from './lib/stats.ts';

const TARGET = 1.1;
const ECHARTS_PARTS = ['charts', 'components', 'features', 'renderers'] as const;
/** Packages the second baseline imports by name, as Tongxin's own sources do. */
const DEPENDENCY_PACKAGES = ['lit', 'd3-geo'];

interface Imports {
  /** `echarts/charts` → ['MapChart', …] */
  echarts: Map<string, Set<string>>;
  /** Named imports from `echarts/core` (init, registerMap, …). */
  echartsCore: Set<string>;
  dependencies: Map<string, Set<string>>;
}

/** The named value imports of the workspace modules that went into a bundle. */
function importsOf(chunk: BuiltChunk): Imports {
  const imports: Imports = { echarts: new Map(), echartsCore: new Set(), dependencies: new Map() };
  const add = (map: Map<string, Set<string>>, key: string, names: string[]) => {
    const set = map.get(key) ?? new Set();
    names.forEach((n) => set.add(n));
    map.set(key, set);
  };
  for (const id of Object.keys(chunk.modules)) {
    if (!id.startsWith(resolve(ROOT, 'packages'))) continue;
    const source = readFileSync(id.split('?')[0], 'utf8');
    for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
      if (/^import\s+type\b/.test(match[0])) continue;
      const names = match[1].split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '))
        .map((n) => n.split(/\s+as\s+/)[0].trim());
      const from = match[2];
      const part = ECHARTS_PARTS.find((p) => from === `echarts/${p}`);
      if (part) add(imports.echarts, from, names);
      else if (from === 'echarts/core') names.forEach((n) => imports.echartsCore.add(n));
      else if (DEPENDENCY_PACKAGES.includes(from)) add(imports.dependencies, from, names);
    }
  }
  return imports;
}

/** A hand-written entry registering the same ECharts modules (and optionally the same lit/d3-geo imports). */
function baselineSource(imports: Imports, withDependencies: boolean): string {
  const lines: string[] = [];
  const registered: string[] = [];
  for (const [from, names] of imports.echarts) {
    lines.push(`import { ${[...names].join(', ')} } from '${from}';`);
    registered.push(...names);
  }
  const usesECharts = registered.length > 0 || imports.echartsCore.size > 0;
  const core = new Set(usesECharts ? ['use', 'init', ...imports.echartsCore] : []);
  if (usesECharts) {
    lines.push(`import { ${[...core].join(', ')} } from 'echarts/core';`);
    lines.push(`use([${registered.join(', ')}]);`);
  }
  const exported = [...core].filter((n) => n !== 'use');
  if (withDependencies) {
    for (const [from, names] of imports.dependencies) {
      const aliased = [...names].map((n) => `${n} as ${from.replace(/\W/g, '_')}_${n}`);
      lines.push(`export { ${aliased.join(', ')} } from '${from}';`);
    }
  }
  if (exported.length) lines.push(`export { ${exported.join(', ')} };`);
  return lines.join('\n') + '\n';
}

function gzipSize(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

/** The element entry points of @tongxin/elements that register tags. */
function elementEntries(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'packages/elements/package.json'), 'utf8')) as { exports: Record<string, string> };
  return Object.fromEntries(Object.entries(pkg.exports)
    .filter(([, file]) => /define\.ts$/.test(file))
    .map(([subpath]) => [subpath.replace(/^\.\//, '').replace(/\.js$/, '') || 'index', `@tongxin/elements/${subpath.replace(/^\.\//, '')}`]));
}

/** Bytes per package in a chunk (before minification, so only the shares are meaningful). */
function packageShares(chunk: BuiltChunk): [string, number][] {
  const by: Record<string, number> = {};
  for (const [id, bytes] of Object.entries(chunk.modules)) {
    const inNodeModules = id.split('node_modules/').pop()!;
    const key = id.includes('node_modules/')
      ? inNodeModules.split('/').slice(0, inNodeModules.startsWith('@') ? 2 : 1).join('/')
      : id.replace(`${ROOT}/`, '').split('/').slice(0, 2).join('/');
    by[key] = (by[key] ?? 0) + bytes;
  }
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  return Object.entries(by).map(([k, v]) => [k, v / total] as [string, number]).sort((a, b) => b[1] - a[1]);
}

/**
 * What a page loads before its first render: the entry chunk and the chunks it imports
 * statically, not those only `import()`ed later (the SVG renderer for `toSVG()`).
 */
function startupChunks(chunks: BuiltChunk[], entry: string): BuiltChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    byName.get(name)!.imports.forEach(visit);
  };
  visit(`${entry}.js`);
  return [...seen].map((n) => byName.get(n)!);
}

/** One chunk standing for several (their code and module shares), for importsOf and packageShares. */
function merged(chunks: BuiltChunk[]): BuiltChunk {
  return { fileName: chunks[0].fileName, code: chunks.map((c) => c.code).join('\n'), isEntry: true, imports: [], modules: Object.assign({}, ...chunks.map((c) => c.modules)) };
}

/** `--modules [N]`: how many of the biggest startup modules to list per entry (0: none). */
function modulesToList(argv: string[]): number {
  const at = argv.indexOf('--modules');
  if (at < 0) return 0;
  const n = Number(argv[at + 1]);
  return Number.isInteger(n) && n > 0 ? n : 25;
}

/** The biggest modules of a page's startup chunks (rendered bytes, before minification), for finding what to lazy-load. */
function biggestModules(chunk: BuiltChunk, count: number): string {
  const name = (id: string) => id.includes('node_modules/')
    ? id.split('node_modules/').pop()!
    : id.replace(`${ROOT}/`, '').replace(/^\0/, '');
  return Object.entries(chunk.modules).sort((a, b) => b[1] - a[1]).slice(0, count)
    .map(([id, bytes]) => `  ${(bytes / 1000).toFixed(1).padStart(7)}k  ${name(id.split('?')[0])}`).join('\n');
}

export async function runSize(argv: string[] = []): Promise<Row[]> {
  const listModules = modulesToList(argv);
  const started = Date.now();
  const dir = resolve(OUT, 'size');
  mkdirSync(resolve(dir, 'src'), { recursive: true });
  const rows: Row[] = [];
  const extra: Record<string, unknown> = {};
  // Each entry point alone, and the page of issue 14 (a fund chart and a county map).
  const pages: Record<string, string[]> = Object.fromEntries(Object.entries(elementEntries()).map(([name, specifier]) => [name, [specifier]]));
  pages['fund-chart+county-map page'] = ['@tongxin/elements/fund-chart.js', '@tongxin/elements/county-map.js'];
  for (const [name, specifiers] of Object.entries(pages)) {
    const file = name.replace(/\W+/g, '-');
    const entry = resolve(dir, 'src', `${file}.js`);
    writeFileSync(entry, specifiers.map((s) => `import '${s}';\n`).join(''));
    // Code-split as a page would load it: what arrives before the first render is counted.
    const startup = startupChunks(await bundle({ input: { [file]: entry }, outDir: resolve(dir, 'dist', file) }), file);
    const element = merged(startup);
    const imports = importsOf(element);
    const sizes: Record<string, number> = { tongxin: startup.reduce((sum, c) => sum + gzipSize(c.code), 0) };
    const specifier = specifiers.join(' + ');
    for (const withDependencies of [false, true]) {
      const key = withDependencies ? 'echartsLitD3' : 'echarts';
      const baseEntry = resolve(dir, 'src', `${file}.${key}.js`);
      writeFileSync(baseEntry, baselineSource(imports, withDependencies));
      const [base] = await bundle({ input: { [`${file}.${key}`]: baseEntry }, outDir: resolve(dir, 'dist', `${file}.${key}`), single: true });
      sizes[key] = gzipSize(base.code);
    }
    // All tags, and the dashboard (which registers all five views), get the full baseline.
    const full = name === 'define' || name === 'dashboard' || specifiers.length > 1;
    // No ECharts at all (KPI cards are HTML): the fair hand-written baseline is lit (+ d3-geo).
    const noECharts = imports.echarts.size === 0 && imports.echartsCore.size === 0;
    // The brief's baseline: ECharts alone per element; ECharts + lit + d3-geo for the all-tags entry.
    const baseline = full || noECharts ? sizes.echartsLitD3 : sizes.echarts;
    const baselineName = full ? 'echarts+lit+d3-geo' : noECharts ? 'lit+d3-geo (no ECharts in it)' : 'echarts';
    const ratio = sizes.tongxin / baseline;
    const shares = packageShares(element).slice(0, 8).map(([k, s]) => `${k} ${(s * 100).toFixed(1)}%`);
    extra[name] = { sizes, minified: element.code.length, echartsModules: Object.fromEntries([...imports.echarts].map(([k, v]) => [k, [...v]])), shares };
    if (listModules) console.log(`${specifier}: biggest startup modules (bytes each module renders into its chunk, before minification; ${startup.length} chunks)\n${biggestModules(element, listModules)}`);
    console.log(`${specifier}: ${kb(sizes.tongxin)} gz vs ${noECharts ? '(no ECharts)' : `echarts ${kb(sizes.echarts)}, echarts+`}lit+d3-geo ${kb(sizes.echartsLitD3)}; shares: ${shares.join(', ')}`);
    rows.push({
      area: 'size',
      measure: `${name === 'define' ? 'all tags (define.js)' : specifiers.length > 1 ? name : `${name}.js`} gzip / ${baselineName}`,
      value: `${ratio.toFixed(2)}×`,
      detail: `${kb(sizes.tongxin)} vs ${kb(baseline)}${full || noECharts ? '' : `; vs +lit+d3-geo ${(sizes.tongxin / sizes.echartsLitD3).toFixed(2)}×`}`,
      target: `≤ ${TARGET.toFixed(2)}×`,
      met: ratio <= TARGET,
    });
  }
  // The peer a portal developer would pick instead: vega-embed (with vega and vega-lite), one file, same build.
  const vegaEntry = resolve(dir, 'src', 'vega-embed.js');
  writeFileSync(vegaEntry, "export { default } from 'vega-embed';\n");
  const [vega] = await bundle({ input: { 'vega-embed': vegaEntry }, outDir: resolve(dir, 'dist', 'vega-embed'), single: true });
  const vegaSize = gzipSize(vega.code);
  const allTags = (extra.define as { sizes: Record<string, number> } | undefined)?.sizes.tongxin;
  extra.vegaEmbed = { gzip: vegaSize, minified: vega.code.length };
  console.log(`vega-embed 7 (+ vega, vega-lite), one file: ${kb(vegaSize)} gz`);
  if (allTags !== undefined) {
    rows.push({ area: 'size', measure: 'all tags (define.js) gzip / vega-embed (one file, same build)', value: `${(allTags / vegaSize).toFixed(2)}×`, detail: `${kb(allTags)} vs ${kb(vegaSize)}`, target: '≤ 1.00×', met: allTags <= vegaSize });
  }
  saveResult({ name: 'size', startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, rows, extra });
  return rows;
}

if (isMain(import.meta.url)) {
  const { markdownTable } = await import('./lib/report.ts');
  console.log(markdownTable(await runSize(process.argv.slice(2))));
}
