// The mistakes corpus (test/fixtures/corpus/cases.ts) through `tongxin validate` and
// `tongxin render`: each reports exactly the case's codes at the case's places, and render
// writes no SVG. test/browser/corpus.test.ts holds the elements to the same list.
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';
import { corpus, fileText, type CorpusCase } from '../fixtures/corpus/cases.ts';

const root = mkdtempSync(join(tmpdir(), 'tongxin-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeCase(c: CorpusCase): string {
  const dir = join(root, c.name.replace(/[^\w\u4e00-\u9fff]+/g, '-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(c.files)) writeFileSync(join(dir, name), fileText(value));
  return dir;
}

/** `FILE:LINE:COL` or, for a workbook's cell, `FILE!SHEET!C7` (a row: `FILE!SHEET!7:7`). */
const LOCATION = /^(.+?)(:\d+:\d+|![^!\s]+!(?:[A-Z]+\d+|\d+:\d+)) {2}(\S+) {2}.*\[([a-z-]+)\]$/;

/** `LOCATION  POINTER  message [code]` lines → [code, place]; the spec's file is `spec`, a dataset file its id. */
function places(lines: string[], c: CorpusCase): Array<[string, string]> {
  return lines
    .map((line) => LOCATION.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, file, , pointer, code]) => {
      const owner = file.endsWith(c.spec) ? 'spec' : file.split('/').pop()!.split('.')[0];
      return [code, `${owner}:${pointer === '(root)' ? '' : pointer}`] as [string, string];
    });
}

const sorted = (list: Array<[string, string]>) => [...list].map((p) => p.join(' ')).sort();

async function run(argv: string[], cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd });
  return { code, stdout, stderr };
}

describe('the mistakes corpus', () => {
  it('has at least 40 cases, each expecting at least one problem', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const c of corpus) expect(c.expected.length, c.name).toBeGreaterThan(0);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it('locates a cell of a CSV at its line and column, of an xlsx at its sheet and reference, in validate and render', async () => {
    const located = async (name: string) => {
      const c = corpus.find((k) => k.name === name)!;
      const dir = writeCase(c);
      const validate = await run(['validate', '--locale', 'en', c.spec], dir);
      const render = await run(['render', c.spec, '--locale', 'en', '--out', join(dir, 'out.svg')], dir);
      const location = (lines: string[]) => lines.filter((l) => /\[unreadable-cell\]$/.test(l)).map((l) => l.split('  ').slice(0, 2).join('  '));
      expect(location(render.stderr)).toEqual(location(validate.stdout));
      return location(validate.stdout);
    };
    // Row 4 of Sheet1: the header, then 捐种一棵大树, 助学, 修路 (七十万元 in column B).
    expect(await located('xlsx: text in an amount cell')).toEqual(['funds.xlsx!Sheet1!B4  /2/金额']);
    expect(await located('csv: text in an amount column')).toEqual(['funds.csv:3:2  /1/金额']);
  });

  for (const c of corpus) {
    it(`${c.name}: validate and render report ${c.expected.map(([code]) => code).join(', ')}`, async () => {
      const dir = writeCase(c);
      const validate = await run(['validate', '--locale', 'en', c.spec], dir);
      expect(validate.code, validate.stdout.join('\n')).toBe(1);
      expect(sorted(places(validate.stdout, c))).toEqual(sorted(c.expected));

      const out = join(dir, 'out.svg');
      const render = await run(['render', c.spec, '--locale', 'en', '--out', out], dir);
      expect(render.code, render.stderr.join('\n')).toBe(1);
      expect(existsSync(out), 'no SVG written').toBe(false);
      expect(sorted(places(render.stderr, c))).toEqual(sorted(c.expected));
    });
  }
});
