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
      // A problem in a dataset's records printed at the spec's transform that made the record: `funds:/1/amount`.
      const inDataset = /^([^/:]+):(\/.*)$/.exec(pointer);
      if (inDataset) return [code, `${inDataset[1]}:${inDataset[2]}`] as [string, string];
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

  it('prints a problem in the records as shaped at its source cell or row, or at the transform that made the record', async () => {
    const cases = corpus.filter((c) => c.sources !== undefined);
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const c of cases) {
      const dir = writeCase(c);
      for (const locale of ['en', 'zh-CN']) {
        const validate = await run(['validate', '--locale', locale, c.spec], dir);
        const render = await run(['render', c.spec, '--locale', locale, '--out', join(dir, 'out.svg')], dir);
        expect(render.stderr.filter((l) => LOCATION.test(l)).sort(), c.name).toEqual(validate.stdout.filter((l) => LOCATION.test(l)).sort());
        for (const [place, source] of Object.entries(c.sources!)) {
          const line = validate.stdout.find((l) => {
            const found = places([l], c)[0];
            return found !== undefined && found[1] === place;
          });
          expect(line, `${c.name}: ${place}`).toBeDefined();
          const [, file, at, , ] = LOCATION.exec(line!)!;
          const message = line!.split('  ').slice(2).join('  ');
          if (source.startsWith('/')) {
            // Made by a transform: printed at that transform in the spec, and the message says so.
            expect(file, line).toBe(c.spec);
            expect(message, line).toContain(locale === 'en' ? `In the result of transform ${source} (` : `变换 ${source}（`);
          } else {
            // The source cell (`funds.csv:3:2`, `funds.xlsx!Sheet1!B3`) or row (`stations.csv:3`, printed at its first column).
            expect(`${file}${at}`, line).toBe(/^[^!:]+:\d+$/.test(source) ? `${source}:1` : source);
            const [name] = source.split(/[:!]/);
            expect(message.startsWith(locale === 'en' ? name : `"${name}`), line).toBe(true);
          }
        }
      }
    }
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
