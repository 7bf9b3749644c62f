// The packages as npm and a TypeScript user get them (after `pnpm build`): packed tarballs pass
// publint and arethetypeswrong, carry dist/ and no sources; the single-file tongxin.js registers
// every tag by itself; the JSX typings and the tag map check props and events.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPackages, checkTarball, type PackageCheck } from '../../scripts/check-packages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ELEMENTS = resolve(ROOT, 'packages/elements');
const TAGS = ['tx-county-map', 'tx-station-coverage', 'tx-activity-trend', 'tx-fund-chart', 'tx-kpi', 'tx-dashboard'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('packed packages', () => {
  let checks: PackageCheck[];
  beforeAll(() => {
    if (!existsSync(resolve(ELEMENTS, 'dist/index.js'))) throw new Error('run `pnpm build` first (the `examples` script does)');
    checks = checkPackages();
  });

  it('publint --strict, attw (esm-only) and the tarball checks pass for every package', () => {
    expect(checks.map((c) => c.name)).toEqual(['@tongxin/spec', '@tongxin/geo', '@tongxin/core', '@tongxin/elements', '@tongxin/react']);
    for (const check of checks) {
      expect(check.publint.ok, `${check.name} publint:\n${check.publint.output}`).toBe(true);
      expect(check.attw.ok, `${check.name} attw:\n${check.attw.output}`).toBe(true);
      expect(check.problems, check.name).toEqual([]);
    }
  });

  it('@tongxin/elements ships types, the manifest, the CDN build and the JSX typings', () => {
    const elements = checks.find((c) => c.name === '@tongxin/elements')!;
    expect(elements.files).toEqual(expect.arrayContaining([
      'dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/county-map/define.d.ts', 'dist/dashboard/define.js',
      'dist/custom-elements.json', 'dist/cdn/tongxin.js', 'dist/cdn/tongxin.d.ts', 'dist/cdn/county-map.js',
      'types/jsx-react.d.ts', 'types/jsx-preact.d.ts',
    ]));
    expect(elements.manifest.customElements).toBe('dist/custom-elements.json');
    const manifest = JSON.parse(readFileSync(resolve(ELEMENTS, 'dist/custom-elements.json'), 'utf8')) as { modules: { path: string; declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    expect(tags).toEqual(expect.arrayContaining(TAGS));
    expect(manifest.modules.every((m) => m.path.startsWith('dist/') && m.path.endsWith('.js'))).toBe(true);
  });

  it('dependencies name versions, not workspace:, and the declarations import .js files', () => {
    const react = checks.find((c) => c.name === '@tongxin/react')!;
    expect((react.manifest.dependencies as Record<string, string>)['@tongxin/elements']).toBe('0.1.0');
    for (const file of filesUnder(resolve(ELEMENTS, 'dist')).filter((f) => f.endsWith('.d.ts'))) {
      expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/from '\.{1,2}\/[^']+\.ts'/);
    }
  });

  it('the tarball checks catch a bad manifest', () => {
    const problems = checkTarball(['dist/index.js', 'src/index.ts'], {
      exports: { '.': { default: './dist/index.js', types: './dist/index.d.ts' }, './x.js': './src/x.ts' },
      customElements: 'custom-elements.json',
      dependencies: { '@tongxin/core': 'workspace:*' },
    });
    expect(problems).toEqual(expect.arrayContaining([
      'sources (src/) in the tarball',
      'a workspace: version left in package.json',
      'exports["."]["types"]: "types" is not the first condition',
      'exports["."]["types"] → ./dist/index.d.ts: not in the tarball',
      'exports["./x.js"] → ./src/x.ts: TypeScript source',
      'customElements → custom-elements.json: not in the tarball',
    ]));
  });
});

describe('side effects and the script-tag build', () => {
  it('sideEffects lists exactly the modules that register tags', () => {
    const pkg = JSON.parse(readFileSync(resolve(ELEMENTS, 'package.json'), 'utf8')) as { sideEffects: string[] };
    const asRegExp = (glob: string) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*\*/g, '§').replace(/\*/g, '[^/]*').replace(/§/g, '.*')}$`);
    const patterns = pkg.sideEffects.map(asRegExp);
    const modules = filesUnder(resolve(ELEMENTS, 'dist')).filter((f) => f.endsWith('.js') && !f.includes('/cdn/')).map((f) => relative(ELEMENTS, f));
    const registering = modules.filter((m) => /customElements\.define\(/.test(readFileSync(resolve(ELEMENTS, m), 'utf8')));
    const marked = modules.filter((m) => patterns.some((p) => p.test(m)));
    expect(registering.length).toBe(TAGS.length);
    expect(marked.sort()).toEqual([...registering, 'dist/define.js'].sort());
  });

  it('tongxin.js is one minified file that registers all six tags and imports nothing', () => {
    const code = readFileSync(resolve(ELEMENTS, 'dist/cdn/tongxin.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*[("'{*]|\bfrom\s*["']/);
    for (const tag of TAGS) expect(code).toContain(`customElements.define(\`${tag}\``);
    expect(code.length / code.split('\n').length, 'minified: long lines (only template literals keep newlines)').toBeGreaterThan(1000);
    expect(code).not.toMatch(/process\.env/);
    for (const entry of ['county-map', 'station-coverage', 'activity-trend', 'fund-chart', 'kpi', 'dashboard']) {
      expect(existsSync(resolve(ELEMENTS, `dist/cdn/${entry}.js`)), entry).toBe(true);
    }
  });
});

describe('types a TypeScript user gets', () => {
  const tsc = (config: string) => {
    try {
      execFileSync(resolve(ROOT, 'node_modules/.bin/tsc'), ['-p', resolve(ROOT, 'examples/typecheck', config)], { encoding: 'utf8', stdio: 'pipe' });
      return '';
    } catch (error) {
      return (error as { stdout: string }).stdout;
    }
  };
  it('React 19 JSX: tags, props and ontx-* events are checked (each @ts-expect-error must be an error)', () => {
    expect(tsc('tsconfig.react.json')).toBe('');
  });
  it('Preact JSX: the same', () => {
    expect(tsc('tsconfig.preact.json')).toBe('');
  });
});
