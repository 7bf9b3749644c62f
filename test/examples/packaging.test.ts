// The packages as npm and a TypeScript user get them (after `pnpm build`): packed tarballs pass
// publint and arethetypeswrong, carry dist/ and no sources; the CLI installed from its tarball runs
// in plain Node; the single-file tongxin.js registers every tag by itself; the JSX typings and the
// tag map check props and events.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  /** The tarballs, kept for the install test below. */
  let tarballs: string;
  beforeAll(() => {
    if (!existsSync(resolve(ELEMENTS, 'dist/index.js'))) throw new Error('run `pnpm build` first (the `examples` script does)');
    tarballs = mkdtempSync(join(tmpdir(), 'tongxin-pack-'));
    checks = checkPackages(undefined, tarballs);
  });
  afterAll(() => {
    if (tarballs) rmSync(tarballs, { recursive: true, force: true });
  });

  it('publint --strict, attw (esm-only) and the tarball checks pass for every package', () => {
    expect(checks.map((c) => c.name)).toEqual(['@tongxin/spec', '@tongxin/geo', '@tongxin/core', '@tongxin/cli', '@tongxin/elements', '@tongxin/react']);
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
      // The worker heavy specs load in, for bundlers (next to its module) and for script tags (next to tongxin.js).
      'dist/shared/load-spec-worker.js', 'dist/cdn/load-spec-worker.js',
      'types/jsx-react.d.ts', 'types/jsx-preact.d.ts', 'types/vue.d.ts',
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
    const problems = checkTarball(['dist/index.js', 'src/index.ts', 'bin/run.ts'], {
      exports: { '.': { default: './dist/index.js', types: './dist/index.d.ts' }, './x.js': './src/x.ts' },
      bin: { tongxin: './bin/tongxin.js' },
      customElements: 'custom-elements.json',
      dependencies: { '@tongxin/core': 'workspace:*' },
    });
    expect(problems).toEqual(expect.arrayContaining([
      'sources (src/) in the tarball',
      'TypeScript sources in the tarball: src/index.ts, bin/run.ts',
      'a workspace: version left in package.json',
      'exports["."]["types"]: "types" is not the first condition',
      'exports["."]["types"] → ./dist/index.d.ts: not in the tarball',
      'exports["./x.js"] → ./src/x.ts: TypeScript source',
      'bin["tongxin"] → ./bin/tongxin.js: not in the tarball',
      'customElements → custom-elements.json: not in the tarball',
    ]));
  });

  describe('@tongxin/cli installed with npm from the tarballs (its own, spec, geo, core), in plain Node', () => {
    let project: string;
    const kpi = { version: 1, kind: 'kpi', id: 'hotline', title: '民生热线', items: [{ label: '热线来电', value: 152, unitLabel: '件' }] };
    /** Runs the installed `tongxin` bin in the project: exit code and output. */
    const tongxin = (...args: string[]) => {
      const run = spawnSync(join(project, 'node_modules/.bin/tongxin'), args, { cwd: project, encoding: 'utf8' });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    };

    beforeAll(() => {
      project = mkdtempSync(join(tmpdir(), 'tongxin-cli-install-'));
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cli-install-check', private: true, type: 'module' }));
      writeFileSync(join(project, 'valid.json'), JSON.stringify(kpi, null, 2));
      writeFileSync(join(project, 'invalid.json'), JSON.stringify({ ...kpi, theme: 'dark' }, null, 2));
      // All four at once, so npm takes @tongxin/core etc. from these tarballs, never from the registry.
      const packed = ['@tongxin/spec', '@tongxin/geo', '@tongxin/core', '@tongxin/cli'].map((name) => checks.find((c) => c.name === name)!.tarball);
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packed], { cwd: project, stdio: 'pipe' });
    });
    afterAll(() => {
      if (project) rmSync(project, { recursive: true, force: true });
    });

    it('the tarball has dist/ (.js + .d.ts), the bin and the README; no TypeScript sources, no tsx', () => {
      const cli = checks.find((c) => c.name === '@tongxin/cli')!;
      expect(cli.files).toEqual(expect.arrayContaining(['bin/tongxin.js', 'dist/bin.js', 'dist/index.js', 'dist/index.d.ts', 'dist/main.js', 'dist/io.d.ts', 'README.md', 'package.json']));
      expect(cli.files.filter((f) => /\.[cm]?tsx?$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
      expect(cli.files.filter((f) => !/^(dist\/|bin\/tongxin\.js$|README\.md$|package\.json$)/.test(f))).toEqual([]);
      expect(cli.manifest.bin).toEqual({ tongxin: './bin/tongxin.js' });
      const dependencies = { ...(cli.manifest.dependencies as object), ...(cli.manifest.peerDependencies as object), ...(cli.manifest.optionalDependencies as object) };
      expect(Object.keys(dependencies)).toEqual(expect.arrayContaining(['@tongxin/core', '@tongxin/spec']));
      expect(Object.keys(dependencies).filter((name) => /^(tsx|esbuild|typescript|ts-node)$/.test(name))).toEqual([]);
      expect(existsSync(resolve(project, 'node_modules/tsx')), 'tsx installed with the CLI').toBe(false);
      const installed = resolve(project, 'node_modules/@tongxin/cli');
      for (const file of filesUnder(installed)) {
        expect(readFileSync(file, 'utf8'), relative(installed, file)).not.toMatch(/\btsx\b|esbuild/);
      }
      for (const file of filesUnder(installed).filter((f) => f.endsWith('.js'))) {
        expect(readFileSync(file, 'utf8'), relative(installed, file)).not.toMatch(/from\s*['"][^'"]+\.ts['"]|import\(\s*['"][^'"]+\.ts['"]/);
      }
    });

    it("import('@tongxin/cli') gives main, and main runs", () => {
      const script = "import('@tongxin/cli').then(async (m) => { const lines = []; const code = await m.main(['--help'], { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) }); console.log(JSON.stringify({ main: typeof m.main, code, help: lines.join('\\n') })); })";
      const result = JSON.parse(execFileSync('node', ['-e', script], { cwd: project, encoding: 'utf8' })) as { main: string; code: number; help: string };
      expect(result.main).toBe('function');
      expect(result.code).toBe(0);
      expect(result.help).toContain('tongxin validate');
    });

    it('tongxin validate exits 0 on a valid spec and 1 on an invalid one, naming file, line and pointer', () => {
      const valid = tongxin('validate', '--locale', 'en', 'valid.json');
      expect(valid.status, valid.stderr).toBe(0);
      const invalid = tongxin('validate', '--locale', 'en', 'invalid.json');
      expect(invalid.status, invalid.stderr).toBe(1);
      expect(`${invalid.stdout}${invalid.stderr}`).toMatch(/invalid\.json:\d+:\d+\s+\/theme/);
    });

    it('tongxin render draws the spec as SVG through @tongxin/core/render', () => {
      const rendered = tongxin('render', 'valid.json', '--width', '600', '--height', '400');
      expect(rendered.status, rendered.stderr).toBe(0);
      expect(rendered.stdout).toContain('<svg');
      expect(rendered.stdout.trimEnd()).toMatch(/<\/svg>$/);
    });
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

  it('tongxin.js is one minified file that registers all six tags, imports nothing up front, and import()s only its own chunks', () => {
    const code = readFileSync(resolve(ELEMENTS, 'dist/cdn/tongxin.js'), 'utf8');
    // No import statement (text such as the schema's `"from":` is not one).
    expect(code).not.toMatch(/(^|[;\n}])\s*import\s*["'{*]|\bfrom\s*["'](\.{1,2}\/|\/|https?:)/);
    // Only on-demand chunks of its own (the full validator, the JSON error locator, the xlsx reader,
    // the SVG renderer), next to it, and they exist; they import from tongxin.js itself.
    const lazy = [...code.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g)].map((m) => m[1]);
    expect(code.match(/\bimport\(/g)?.length ?? 0).toBe(lazy.length);
    expect(lazy.length).toBeGreaterThan(0);
    for (const chunk of lazy) {
      expect(chunk).toMatch(/^\.\/chunks\/tongxin-[\w-]+\.js$/);
      expect(existsSync(resolve(ELEMENTS, 'dist/cdn', chunk)), chunk).toBe(true);
      const imported = [...readFileSync(resolve(ELEMENTS, 'dist/cdn', chunk), 'utf8').matchAll(/\bfrom\s*["']((?:\.{1,2}\/|\/|https?:)[^"']*)["']/g)].map((m) => m[1]);
      for (const from of imported) expect(from, chunk).toMatch(/^\.\.\/tongxin\.js$|^\.\/tongxin-[\w-]+\.js$/);
    }
    for (const tag of TAGS) expect(code).toContain(`customElements.define(\`${tag}\``);
    expect(code.length / code.split('\n').length, 'minified: long lines (only template literals keep newlines)').toBeGreaterThan(1000);
    expect(code).not.toMatch(/process\.env/);
    for (const entry of ['county-map', 'station-coverage', 'activity-trend', 'fund-chart', 'kpi', 'dashboard']) {
      expect(existsSync(resolve(ELEMENTS, `dist/cdn/${entry}.js`)), entry).toBe(true);
    }
  });

  it('heavy specs load in dist/cdn/load-spec-worker.js: one ES module next to tongxin.js, importing nothing up front', () => {
    const code = readFileSync(resolve(ELEMENTS, 'dist/cdn/tongxin.js'), 'utf8');
    // Relative to tongxin.js (never `/load-spec-worker.js`: a portal serves the build from any folder).
    expect(code).toContain('new Worker(new URL(new URL(`load-spec-worker.js`,import.meta.url).href');
    const worker = readFileSync(resolve(ELEMENTS, 'dist/cdn/load-spec-worker.js'), 'utf8');
    // No static import statement (text such as the schema's `"from":` is not one).
    expect(worker).not.toMatch(/(^|[;\n}])\s*import\s*["'{*]|\bfrom\s*["'](\.{1,2}\/|\/|https?:)/);
    // Only lazy chunks of its own (the xlsx reader, loaded when a dataset is xlsx), and they exist.
    for (const [, chunk] of worker.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g)) {
      expect(chunk).toMatch(/^\.\/chunks\/worker-[\w-]+\.js$/);
      expect(existsSync(resolve(ELEMENTS, 'dist/cdn', chunk)), chunk).toBe(true);
    }
    expect(worker.match(/\bimport\(/g)?.length ?? 0).toBe([...worker.matchAll(/\bimport\(\s*[`"'][^`"']+[`"']\s*\)/g)].length);
    expect(worker).not.toMatch(/process\.env|\beval\(|new Function\(/);
    expect(worker).toContain('正在解析规范');
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
