// `tongxin import` reads spreadsheets, CSV and portal responses with the same rules as a dataset's
// `fields` (core's importTable → shapeTables): every spreadsheet case of the mistakes corpus that
// needs no transform gives the same codes through import as through validate, each line naming the
// file and the cell; the examples import cleanly into records that validate.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';
import { validateSpec } from '../../packages/spec/src/index.ts';
import { corpus, fileText } from '../fixtures/corpus/cases.ts';

const root = mkdtempSync(join(tmpdir(), 'tongxin-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(argv: string[], cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd });
  return { code, stdout, stderr };
}

const KIND: Record<string, string> = { 'tx-fund-chart': 'fund', 'tx-station-coverage': 'station', 'tx-activity-trend': 'activity', 'tx-kpi': 'kpi' };
type Dataset = { url?: string; fields?: Record<string, string>; sheet?: string; property?: string; transform?: unknown[]; extraFields?: string[] };

// A `lookup` joins another dataset of the spec: import reads one file, so those cases stay out.
const importable = (d: Dataset) => d.fields !== undefined && !(d.transform ?? []).some((t) => Object.hasOwn(t as object, 'lookup'));
const cases = corpus.filter((c) => {
  const spec = c.files[c.spec] as { datasets?: Record<string, Dataset> };
  const data = Object.values(spec.datasets ?? {}).find(importable);
  return data !== undefined && c.expected.every(([code]) => code !== 'unknown-record-field' && code !== 'missing-column');
});

describe('tongxin import', () => {
  it('covers at least 30 spreadsheet and transform cases of the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => Object.values((c.files[c.spec] as { datasets: Record<string, Dataset> }).datasets).some((d) => d.transform)).length).toBeGreaterThanOrEqual(10);
  });

  for (const c of cases) {
    it(`${c.name}: import reports ${c.expected.map(([code]) => code).join(', ')} with the file and cell`, async () => {
      const dir = join(root, c.name.replace(/[^\w\u4e00-\u9fff]+/g, '-'));
      mkdirSync(dir, { recursive: true });
      for (const [name, value] of Object.entries(c.files)) writeFileSync(join(dir, name), fileText(value));
      const spec = c.files[c.spec] as { datasets: Record<string, Dataset> };
      const data = Object.values(spec.datasets).find(importable)!;
      const regions = Object.values(spec.datasets).find((d) => d.url?.endsWith('.geo.json'));
      const argv = ['import', data.url!, '--kind', KIND[c.tag], '--fields', JSON.stringify(data.fields), '--locale', 'en', '--check'];
      if (data.sheet) argv.push('--sheet', data.sheet);
      if (data.property) argv.push('--property', data.property);
      if (data.transform) argv.push('--transform', JSON.stringify(data.transform));
      if (regions) argv.push('--regions', regions.url!);
      const result = await run(argv, dir);
      expect(result.code, result.stdout.join('\n')).toBe(1);
      const codes = result.stdout.map((l) => /\[([a-z-]+)\]$/.exec(l)?.[1]).filter(Boolean);
      expect(codes.sort()).toEqual(c.expected.map(([code]) => code).sort());
      // Each problem line starts with the file and names the cell (line and column, sheet!ref or the
      // pointer); a transform's own problem starts with --transform and its pointer in the array.
      for (const line of result.stdout.filter((l) => /\[[a-z-]+\]$/.test(l))) {
        if (/\[(bad-transform|transform-missing-field)\]$/.test(line)) {
          expect(line, line).toMatch(/^--transform  \/\d+\/\S*  /);
          continue;
        }
        if (line.includes('In the result of transform')) {
          // A record an aggregate made: at that transform in --transform, not at some cell of its group.
          // …and named as the user wrote it (/0), not by the import's inner pointer (/datasets/data/transform/0).
          const at = /^--transform  (\/\d+)  /.exec(line)?.[1];
          expect(line, line).toMatch(/^--transform  \/\d+  In the result of transform \/\d+ \(aggregate\): /);
          expect(line, line).toContain(`transform ${at} (aggregate)`);
          continue;
        }
        expect(line.startsWith(data.url!), line).toBe(true);
        if (/unreadable-cell|township-name|qualifier-conflict/.test(line)) expect(line).toMatch(/line \d+, column \d+|![^!]+![A-Z]+\d+|\/data\/list\/\d+\//);
      }
      // A problem in the records as shaped starts at its source cell (FILE:LINE:COL, FILE!SHEET!C7), as validate prints it.
      for (const source of Object.values(c.sources ?? {}).filter((s) => !s.startsWith('/'))) {
        expect(result.stdout.some((l) => l.startsWith(`${source}  `)), `${source}\n${result.stdout.join('\n')}`).toBe(true);
      }
    });
  }

  it('imports the example fund sheet into records that validate, unread columns kept in meta', async () => {
    const out = join(root, 'funds.json');
    const result = await run(['import', 'examples/spreadsheets/funds.xlsx', '--kind', 'fund', '--sheet', '捐赠明细', '--fields', 'township=乡镇,campaign=项目,donor=捐赠单位,amount=金额,date=日期',
      '--regions', 'data/wuxuan/townships.geo.json', '--out', out, '--locale', 'en'], process.cwd());
    expect(result.code, result.stdout.join('\n')).toBe(0);
    const records = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
    expect(records).toHaveLength(7);
    expect(records[1]).toMatchObject({ township: '451323101', amount: 800_000, qualifier: 'over', meta: { 序号: 2 } });
    expect(records[2]).toMatchObject({ township: '451323101', amount: 150_000, qualifier: 'about' }); // 桐岭 without 镇
    expect(records[3]).toMatchObject({ amount: 500_000, qualifier: 'at-least' });
    expect(records[4].qualifier).toBeUndefined();
    const check = validateSpec({ version: 1, id: 'f', kind: 'fund-chart', data: 'funds', datasets: { funds: { values: records } } });
    expect(check.errors).toEqual([]);
  });

  it('--transform applies a dataset\'s transforms: the example fund sheet summed per township, qualifiers kept', async () => {
    const transform = JSON.stringify([{ aggregate: { groupby: ['township'], ops: [{ op: 'sum', field: 'amount', as: 'amount' }] } }]);
    const out = join(root, 'by-township.json');
    const result = await run(['import', 'examples/spreadsheets/funds.xlsx', '--kind', 'fund', '--sheet', '捐赠明细', '--fields', 'township=乡镇,amount=金额',
      '--regions', 'data/wuxuan/townships.geo.json', '--transform', transform, '--out', out, '--locale', 'en'], process.cwd());
    expect(result.code, result.stdout.join('\n')).toBe(0);
    const records = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
    const byTownship = Object.fromEntries(records.map((r) => [r.township, [r.amount, r.qualifier]]));
    // By hand from the sheet (as the browser test): 武宣镇 120万 + 约30万; 桐岭镇 80余万 + 约15万; 通挽镇 200余万; 东乡镇 50万以上; 三里镇 36000.
    expect(byTownship).toEqual({
      451323100: [1_500_000, 'about'], 451323101: [950_000, 'about'], 451323102: [2_000_000, 'over'], 451323103: [500_000, 'at-least'], 451323104: [36_000, undefined],
    });
    expect(validateSpec({ version: 1, id: 'f', kind: 'fund-chart', data: 'funds', datasets: { funds: { values: records } } }).errors).toEqual([]);
  });

  it('--transform is held to the dataset schema: each problem at its pointer in the array, or at its line in the file', async () => {
    const dir = join(root, 'transform-schema');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'funds.csv'), '项目,金额\n助学,约15万元\n');
    const bad = [{ filter: { field: '金额', gte: '十万' } }, { aggregate: { groupby: ['campaign'], ops: [{ op: 'summ', field: 'amount', as: 'amount' }] } }];
    const inline = await run(['import', 'funds.csv', '--kind', 'fund', '--fields', 'campaign=项目,amount=金额', '--transform', JSON.stringify(bad), '--locale', 'en', '--check'], dir);
    expect(inline.code).toBe(1);
    expect(inline.stdout.filter((l) => l.startsWith('--transform'))).toEqual([
      '--transform  /1/aggregate/ops/0/op  "summ" is not an allowed value. [not-allowed-value]',
      '--transform  /0/filter/gte  Expected a number, got a string. [wrong-type]',
    ]);
    writeFileSync(join(dir, 'transform.json'), JSON.stringify(bad, null, 2));
    const fromFile = await run(['import', 'funds.csv', '--kind', 'fund', '--fields', 'campaign=项目,amount=金额', '--transform', 'transform.json', '--locale', 'en', '--check'], dir);
    expect(fromFile.code).toBe(1);
    // In the pretty-printed file the value "summ" is at line 15, column 17; "十万" at line 5, column 14.
    expect(fromFile.stdout.filter((l) => l.startsWith('transform.json')).map((l) => l.split('  ').slice(0, 2).join('  '))).toEqual([
      'transform.json:15:17  /1/aggregate/ops/0/op', 'transform.json:5:14  /0/filter/gte',
    ]);
    const notArray = await run(['import', 'funds.csv', '--kind', 'fund', '--fields', 'campaign=项目,amount=金额', '--transform', '{"filter":{"field":"金额","gte":1}}', '--locale', 'en', '--check'], dir);
    expect(notArray.stdout.join('\n')).toContain('--transform  /  Expected an array, got an object. [wrong-type]');
  });

  it('--transform that is not JSON is bad usage (exit 2) naming its line and column; a missing file cannot be read (exit 1)', async () => {
    const dir = join(root, 'transform-syntax');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'funds.csv'), '项目,金额\n助学,约15万元\n');
    writeFileSync(join(dir, 'transform.json'), '[\n  { "filter": { "field": "金额", "gte": 1 } },\n]\n');
    const syntax = await run(['import', 'funds.csv', '--kind', 'fund', '--transform', 'transform.json', '--locale', 'en'], dir);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr.join('\n')).toMatch(/--transform transform\.json is not valid JSON at line 3, column 1: value expected/);
    const zh = await run(['import', 'funds.csv', '--kind', 'fund', '--transform', '[{"filter":}]'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr.join('\n')).toContain('--transform 第 1 行第 12 列不是有效的 JSON');
    const missing = await run(['import', 'funds.csv', '--kind', 'fund', '--transform', 'nowhere.json', '--locale', 'en'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr.join('\n')).toContain('Cannot read nowhere.json (ENOENT)');
  });

  it('reads --fields as field=column pairs and rejects a kind it does not know (exit 2)', async () => {
    expect((await run(['import', 'x.csv', '--kind', 'funds'], root)).code).toBe(2);
    expect((await run(['import', 'x.csv', '--kind', 'fund', '--fields', 'amount'], root)).code).toBe(2);
  });
});
