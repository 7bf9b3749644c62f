/**
 * The spreadsheet readers run under a strict CSP too: bundle the xlsx reader (fflate included) and
 * the CSV/transform code for the browser and look for every way to compile code at run time
 * (the scan of test/unit/spec/no-eval.test.ts).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx'));
const esbuild = requireFromTsx('esbuild') as { build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }> };
const codeCompilers = [/\beval\s*\(/, /\bnew\s+Function\b/, /(?<![.\w$])Function\s*\(/, /\bsetTimeout\s*\(\s*['"`]/];
const compilersIn = (code: string) => codeCompilers.flatMap((pattern) => code.match(new RegExp(pattern, 'g')) ?? []);

async function bundle(entry: string): Promise<string> {
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', external: ['@tongxin/spec', '@tongxin/geo'] });
  return result.outputFiles[0].text;
}

describe('no eval in the spreadsheet readers', () => {
  it('the xlsx reader with fflate compiles no code', async () => {
    const code = await bundle('packages/core/src/table/read-xlsx.ts');
    expect(code).toContain('unzipSync'); // fflate is in the bundle
    expect(compilersIn(code)).toEqual([]);
  });

  // Each is its own on-demand chunk (load/table-code.ts): each is scanned.
  it.each([
    ['CSV/TSV', 'read-delimited.ts', 'parseDelimited'],
    ['JSON responses, fields, cells and township names', 'load-tables.ts', 'readNumberCell'],
    ['transforms (no expression language)', 'apply-transform.ts', 'applyTransform'],
  ])('%s compile no code', async (_, file, marker) => {
    const code = await bundle(`packages/core/src/table/${file}`);
    expect(code).toContain(marker);
    expect(compilersIn(code)).toEqual([]);
  });
});
