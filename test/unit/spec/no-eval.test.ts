/**
 * The validator must run under a strict CSP (no 'unsafe-eval'): bundle the spec package for the
 * browser, its runtime dependencies included, and look for every way to compile code at run time.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// esbuild is not a root dependency; tsx ships it.
const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx'));
interface EsbuildLike {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}
const esbuild = requireFromTsx('esbuild') as EsbuildLike;

const codeCompilers = [/\beval\s*\(/, /\bnew\s+Function\b/, /(?<![.\w$])Function\s*\(/, /\bsetTimeout\s*\(\s*['"`]/];

function compilersIn(code: string): string[] {
  return codeCompilers.flatMap((pattern) => code.match(new RegExp(pattern, 'g')) ?? []);
}

describe('no eval in the shipped validator', () => {
  it('finds eval and new Function when they are there (the scan works)', () => {
    for (const planted of ['const f = new Function("a", "return a")', 'eval("1")', 'const g = Function("return this")', 'setTimeout("x()", 1)']) {
      expect(compilersIn(planted), planted).not.toEqual([]);
    }
    expect(compilersIn('validateFunction(x); obj.Function(y)')).toEqual([]);
  });

  it('bundles @tongxin/spec with its dependencies for the browser, and none of it compiles code', async () => {
    const result = await esbuild.build({
      entryPoints: ['packages/spec/src/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    expect(code).toContain('Instance does not match'); // @cfworker/json-schema is in the bundle
    expect(code).toContain('validateSpec');
    expect(compilersIn(code)).toEqual([]);
  });
});
