/**
 * `pnpm check:packages`: the packages as npm would get them. Each built package is packed with
 * `pnpm pack` (publishConfig applied: exports → dist, workspace: versions resolved), then checked by
 * publint (--strict) and @arethetypeswrong/cli (--profile esm-only: the packages are ESM only, so
 * node10 and require() are out of scope), plus what those tools do not look at: no sources in the
 * tarball (src/, or any .ts but .d.ts), every `exports` target, `bin` and `customElements` file
 * present, `types` first in every condition.
 *
 *   npx tsx scripts/check-packages.ts            (after `pnpm build`)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_PACKAGES } from './build.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const BIN = resolve(ROOT, 'node_modules/.bin');

export interface PackageCheck {
  name: string;
  tarball: string;
  files: string[];
  manifest: Record<string, unknown>;
  publint: { ok: boolean; output: string };
  attw: { ok: boolean; output: string };
  /** Problems found by this script itself. */
  problems: string[];
}

function run(command: string, args: string[], cwd = ROOT): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } }) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Every string target of an `exports` map, with the conditions on the way, and whether `types` came first. */
function exportTargets(exports: unknown, path: string[] = []): { path: string[]; target: string; typesFirst: boolean }[] {
  if (typeof exports === 'string') return [{ path, target: exports, typesFirst: true }];
  if (!exports || typeof exports !== 'object') return [];
  const keys = Object.keys(exports);
  const typesFirst = !keys.includes('types') || keys[0] === 'types';
  return keys.flatMap((key) => exportTargets((exports as Record<string, unknown>)[key], [...path, key]).map((t) => ({ ...t, typesFirst: t.typesFirst && typesFirst })));
}

export function checkTarball(files: string[], manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const has = (p: string) => files.includes(p.replace(/^\.\//, ''));
  if (files.some((f) => f.startsWith('src/'))) problems.push('sources (src/) in the tarball');
  const sources = files.filter((f) => /\.[cm]?tsx?$/.test(f) && !/\.d\.[cm]?ts$/.test(f));
  if (sources.length > 0) problems.push(`TypeScript sources in the tarball: ${sources.join(', ')}`);
  if (JSON.stringify(manifest).includes('workspace:')) problems.push('a workspace: version left in package.json');
  for (const { path, target, typesFirst } of exportTargets(manifest.exports)) {
    const where = `exports[${path.map((p) => JSON.stringify(p)).join('][')}]`;
    if (!typesFirst) problems.push(`${where}: "types" is not the first condition`);
    if (target.includes('*')) {
      const prefix = target.replace(/^\.\//, '').split('*')[0];
      if (!files.some((f) => f.startsWith(prefix))) problems.push(`${where} → ${target}: no file matches`);
    } else if (!has(target)) {
      problems.push(`${where} → ${target}: not in the tarball`);
    }
    if (target.endsWith('.ts') && !target.endsWith('.d.ts')) problems.push(`${where} → ${target}: TypeScript source`);
  }
  const bin = typeof manifest.bin === 'string' ? { [String(manifest.name)]: manifest.bin } : (manifest.bin ?? {}) as Record<string, string>;
  for (const [command, target] of Object.entries(bin)) {
    if (!has(target)) problems.push(`bin[${JSON.stringify(command)}] → ${target}: not in the tarball`);
  }
  const customElements = manifest.customElements;
  if (typeof customElements === 'string' && !has(customElements)) problems.push(`customElements → ${customElements}: not in the tarball`);
  return problems;
}

/**
 * Packs and checks each package. The tarballs go to `keepIn` and stay there when it is given (the
 * caller installs them and removes it); by default to a temporary directory removed afterwards.
 */
export function checkPackages(names: readonly string[] = BUILT_PACKAGES, keepIn?: string): PackageCheck[] {
  const out = keepIn ?? mkdtempSync(join(tmpdir(), 'tongxin-pack-'));
  try {
    return names.map((name) => {
      const dir = resolve(ROOT, 'packages', name);
      const packed = run('npx', ['-y', 'pnpm@10.34.9', 'pack', '--pack-destination', out], dir);
      const tarball = packed.output.trim().split('\n').filter((l) => l.endsWith('.tgz')).pop();
      if (!packed.ok || !tarball) throw new Error(`pnpm pack failed in packages/${name}:\n${packed.output}`);
      const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
      const manifest = JSON.parse(execFileSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
      return {
        name: manifest.name as string,
        tarball,
        files,
        manifest,
        publint: run(resolve(BIN, 'publint'), ['run', tarball, '--strict']),
        attw: run(resolve(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--no-color', '--no-emoji', '--format', 'table-flipped']),
        problems: checkTarball(files, manifest),
      };
    });
  } finally {
    if (keepIn === undefined) rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let failed = 0;
  for (const check of checkPackages()) {
    const ok = check.publint.ok && check.attw.ok && check.problems.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.files.length} files; publint ${check.publint.ok ? 'ok' : 'FAILED'}; attw ${check.attw.ok ? 'ok' : 'FAILED'}${check.problems.length ? `; ${check.problems.join('; ')}` : ''}`);
    if (!check.publint.ok) console.log(check.publint.output);
    if (!check.attw.ok) console.log(check.attw.output);
  }
  process.exitCode = failed ? 1 : 0;
}
