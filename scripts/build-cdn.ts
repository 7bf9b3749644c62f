/**
 * The script-tag builds of @tongxin/elements (Vite/Rolldown, minified ES modules, ECharts,
 * lit, d3-geo and the Tongxin packages bundled in):
 *
 *   dist/cdn/tongxin.js       one self-contained file registering every tag:
 *                             <script type="module" src="…/tongxin.js"></script>
 *   dist/cdn/<element>.js     one entry per tag (county-map, station-coverage, activity-trend,
 *                             fund-chart, kpi, dashboard); shared code in dist/cdn/chunks/, so a page
 *                             loading two of them loads lit and ECharts once
 *   dist/cdn/tongxin.d.ts     types of tongxin.js (the element classes, events, tag map)
 *   dist/cdn/load-spec-worker.js  the module Worker heavy specs load in (parse, validate, load),
 *                             next to tongxin.js, same origin: allowed by CSP `script-src 'self'`
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const ELEMENTS = resolve(ROOT, 'packages/elements');
export const CDN_DIR = resolve(ELEMENTS, 'dist/cdn');

/** `./county-map.js` → src/county-map/define.ts, for every tag-registering export of the package. */
export function elementDefineEntries(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(resolve(ELEMENTS, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  return Object.fromEntries(Object.entries(pkg.exports)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /\/src\/[^/]+\/define\.ts$/.test(entry[1]))
    .map(([subpath, file]) => [subpath.replace(/^\.\//, '').replace(/\.js$/, ''), resolve(ELEMENTS, file)]));
}

/** tongxin.js: every tag, the view elements and the dashboard, with their classes exported. */
const TONGXIN_ENTRY = '\0tongxin-entry';
function tongxinEntry(): Plugin {
  return {
    name: 'tongxin-cdn-entry',
    resolveId: (id) => (id === TONGXIN_ENTRY ? id : null),
    load: (id) => (id === TONGXIN_ENTRY
      ? `export * from ${JSON.stringify(resolve(ELEMENTS, 'src/define.ts'))};\n`
        + `export * from ${JSON.stringify(resolve(ELEMENTS, 'src/dashboard/define.ts'))};\n`
      : null),
  };
}

/**
 * Modules the npm entries and cdn/<tag>.js load with `import()` only when a spec needs them, but
 * that tongxin.js carries inline: an ordinary portal page (maps from GeoJSON, a heavy spec's worker,
 * the words of a dataset that failed to load) then loads tongxin.js alone, one file, as it always
 * has; only what a page that works does not need (an invalid spec's full check and the wording of errors, tables, the SVG
 * renderer) stays in tongxin's on-demand chunks.
 */
const ONE_FILE_INLINE = ['geo-code', 'load-spec-off-thread', 'load-error-words'];
function inlineInOneFile(): Plugin {
  const lazy = new RegExp(`\\bimport\\(\\s*(['"\`])(\\./(?:${ONE_FILE_INLINE.join('|')})\\.ts)\\1\\s*\\)`, 'g');
  return {
    name: 'tongxin-cdn-inline-in-one-file',
    enforce: 'post',
    transform(code) {
      if (code.search(lazy) < 0) return null;
      const imports: string[] = [];
      const rewritten = code.replace(lazy, (_, _quote, specifier: string) => {
        const name = `__tongxinInline${imports.length}`;
        imports.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
        return `Promise.resolve(${name})`;
      });
      return { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

async function bundle(input: Record<string, string>, single: boolean): Promise<string[]> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    // Relative URLs for what the build emits (the worker): a portal serves the files from any folder.
    base: './',
    plugins: [tongxinEntry(), ...(single ? [inlineInOneFile()] : [])],
    // ECharts reads process.env.NODE_ENV; a page has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // `new Worker(new URL('./load-spec-worker.js', import.meta.url), { type: 'module' })`: an ES
    // module worker, emitted as dist/cdn/load-spec-worker.js (a stable name a portal can allow).
    worker: {
      format: 'es',
      rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/worker-[name]-[hash].js' } },
    },
    build: {
      outDir: CDN_DIR,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      // ECharts alone is ~500 kB minified; `pnpm size` reports and budgets the real (gzipped) sizes.
      chunkSizeWarningLimit: 2000,
      copyPublicDir: false,
      rollupOptions: {
        input,
        // tongxin.js may gain exports for its own on-demand chunks to import from (they import the
        // code they share with it from tongxin.js itself), so no shared chunk is split off it.
        preserveEntrySignatures: single ? 'allow-extension' : 'exports-only',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // One entry: everything it imports statically stays in its one file; only import()ed
          // code (the full validator, the wording of errors, the JSON error locator, the table
          // readers, the SVG renderer) goes to chunks/, loaded when a page needs it.
          ...(single ? { chunkFileNames: 'chunks/tongxin-[name]-[hash].js' } : {}),
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk' && c.isEntry).map((c) => c.fileName);
}

export async function buildCdn(): Promise<string[]> {
  rmSync(CDN_DIR, { recursive: true, force: true });
  const files = [
    ...await bundle({ tongxin: TONGXIN_ENTRY }, true),
    ...await bundle(elementDefineEntries(), false),
  ];
  writeFileSync(resolve(CDN_DIR, 'tongxin.d.ts'),
    '// Types of tongxin.js: every element class, event and the tags it registers.\n'
    + "export * from '../define.js';\nexport * from '../dashboard/define.js';\n");
  return files;
}
