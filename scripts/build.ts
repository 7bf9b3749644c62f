/**
 * `pnpm build`: what the npm packages and the script-tag users get.
 *
 *   packages/<name>/dist/**  ES modules + .d.ts, one file per source file (tsc), for spec, geo,
 *                            core, cli, elements, react — in dependency order, each compiled against
 *                            the .d.ts of the ones before (tsconfig.build.json `paths`); the
 *                            published `tongxin` bin (packages/cli/bin/tongxin.js) runs dist/bin.js
 *   packages/elements/dist/custom-elements.json   the manifest (`pnpm analyze`), paths → dist
 *   packages/elements/dist/cdn/tongxin.js          one minified file registering every tag
 *   packages/elements/dist/cdn/<element>.js        one entry per tag, sharing chunks
 *
 * In the workspace the packages' `exports` point at src/*.ts, so tests, Storybook and the demo
 * never need this step; `publishConfig` swaps in dist/ when a package is packed or published.
 *
 *   npx tsx scripts/build.ts [--only npm|cdn]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn } from './build-cdn.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
/** Built in this order: each package's dist/*.d.ts is what the next one compiles against. */
export const BUILT_PACKAGES = ['spec', 'geo', 'core', 'cli', 'elements', 'react'] as const;

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * tsc rewrites `./x.ts` to `./x.js` in the JavaScript it emits but keeps `.ts` in declarations;
 * consumers resolving with node16/bundler rules want the `.js` specifier there too.
 */
function rewriteDeclarationSpecifiers(dist: string): void {
  for (const file of filesUnder(dist).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
    if (fixed !== text) writeFileSync(file, fixed);
  }
}

function compilePackage(name: string): void {
  const dir = resolve(ROOT, 'packages', name);
  rmSync(resolve(dir, 'dist'), { recursive: true, force: true });
  execFileSync(resolve(ROOT, 'node_modules/.bin/tsc'), ['-p', resolve(dir, 'tsconfig.build.json')], { stdio: 'inherit', cwd: ROOT });
  rewriteDeclarationSpecifiers(resolve(dir, 'dist'));
}

/**
 * packages/elements/dist/custom-elements.json from `pnpm analyze` (root custom-elements.json),
 * with module paths as a published package has them (src/x.ts → dist/x.js).
 */
export function writeElementsManifest(): void {
  const rootManifest = resolve(ROOT, 'custom-elements.json');
  // Always fresh: the manifest is generated from the sources' JSDoc, never edited by hand.
  execFileSync('npx', ['-y', 'pnpm@10.34.9', 'run', '--silent', 'analyze'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
  const text = readFileSync(rootManifest, 'utf8')
    .replace(/packages\/elements\/src\/([^"]+?)\.ts"/g, 'dist/$1.js"');
  const out = resolve(ROOT, 'packages/elements/dist/custom-elements.json');
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, text);
}

export async function build(only?: 'npm' | 'cdn'): Promise<void> {
  const started = Date.now();
  if (only !== 'cdn') {
    for (const name of BUILT_PACKAGES) {
      const t = Date.now();
      compilePackage(name);
      console.log(`built packages/${name}/dist (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
    writeElementsManifest();
    console.log('wrote packages/elements/dist/custom-elements.json');
  }
  if (only !== 'npm') {
    const t = Date.now();
    const files = await buildCdn();
    console.log(`built packages/elements/dist/cdn: ${files.join(', ')} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
  console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--only');
  const only = i >= 0 ? process.argv[i + 1] : undefined;
  if (only !== undefined && only !== 'npm' && only !== 'cdn') throw new Error(`--only npm|cdn, not ${only}`);
  await build(only);
}
