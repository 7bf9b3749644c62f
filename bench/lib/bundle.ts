/**
 * Bundles with Vite's programmatic build (Rolldown underneath): minified ESM,
 * `process.env.NODE_ENV` = production, no config file, no public dir. The size
 * benchmark and the pages the browser benchmarks load use the same settings.
 */
import { resolve } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { ROOT } from './paths.ts';

export interface BundleOptions {
  /** Entry name → file. */
  input: Record<string, string>;
  outDir: string;
  /** One self-contained file per entry (size benchmark). Default false. */
  single?: boolean;
  minify?: boolean;
  /** Extra Vite plugins (experiments: e.g. swapping a module for a trimmed copy). */
  plugins?: Plugin[];
}

export interface BuiltChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  /** File names of the chunks this one imports statically (loaded with it, before it runs). */
  imports: string[];
  /** Module id → bytes it contributed to the minified chunk. */
  modules: Record<string, number>;
}

/**
 * Bare imports from bench files (echarts, lit, d3-geo are dependencies of the
 * packages, not of the root) resolve as if imported from @tongxin/elements, so
 * the page, the elements and the baselines share one copy of each package.
 */
const RESOLVE_FROM = resolve(ROOT, 'packages/elements/src/index.ts');
const benchResolve: Plugin = {
  name: 'tongxin-bench-resolve',
  async resolveId(source, importer) {
    if (!importer?.startsWith(resolve(ROOT, 'bench')) || /^[./]/.test(source) || source.startsWith('\0')) return null;
    return this.resolve(source, RESOLVE_FROM, { skipSelf: true });
  },
};

export async function bundle(options: BundleOptions): Promise<BuiltChunk[]> {
  const result = await build({
    configFile: false,
    plugins: [benchResolve, ...(options.plugins ?? [])],
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // As the CDN build: the load-spec worker is an ES module, its URL relative to the page bundle.
    base: './',
    worker: { format: 'es', rolldownOptions: { output: { entryFileNames: '[name].js' } } },
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      write: true,
      target: 'es2022',
      minify: options.minify ?? true,
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rollupOptions: {
        input: options.input,
        preserveEntrySignatures: 'exports-only',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunk-[name]-[hash].js',
          ...(options.single ? { codeSplitting: false } : {}),
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output)
    .filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
    .map((c) => ({
      fileName: c.fileName,
      code: c.code,
      isEntry: c.isEntry,
      imports: c.imports,
      modules: Object.fromEntries(Object.entries(c.modules).map(([id, m]) => [id, m.renderedLength])),
    }));
}
