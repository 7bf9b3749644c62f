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

const cases = corpus.filter((c) => {
  const spec = c.files[c.spec] as { datasets?: Record<string, Dataset> };
  const data = Object.values(spec.datasets ?? {}).find((d) => d.fields && !d.transform);
  return data !== undefined && c.expected.every(([code]) => code !== 'unknown-record-field' && code !== 'missing-column');
});

describe('tongxin import', () => {
  it('covers at least 15 spreadsheet cases of the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of cases) {
    it(`${c.name}: import reports ${c.expected.map(([code]) => code).join(', ')} with the file and cell`, async () => {
      const dir = join(root, c.name.replace(/[^\w\u4e00-\u9fff]+/g, '-'));
      mkdirSync(dir, { recursive: true });
      for (const [name, value] of Object.entries(c.files)) writeFileSync(join(dir, name), fileText(value));
      const spec = c.files[c.spec] as { datasets: Record<string, Dataset> };
      const data = Object.values(spec.datasets).find((d) => d.fields && !d.transform)!;
      const regions = Object.values(spec.datasets).find((d) => d.url?.endsWith('.geo.json'));
      const argv = ['import', data.url!, '--kind', KIND[c.tag], '--fields', JSON.stringify(data.fields), '--locale', 'en', '--check'];
      if (data.sheet) argv.push('--sheet', data.sheet);
      if (data.property) argv.push('--property', data.property);
      if (regions) argv.push('--regions', regions.url!);
      const result = await run(argv, dir);
      expect(result.code, result.stdout.join('\n')).toBe(1);
      const codes = result.stdout.map((l) => /\[([a-z-]+)\]$/.exec(l)?.[1]).filter(Boolean);
      expect(codes.sort()).toEqual(c.expected.map(([code]) => code).sort());
      // Each problem line starts with the file and names the cell (line and column, sheet!ref or the pointer).
      for (const line of result.stdout.filter((l) => /\[[a-z-]+\]$/.test(l))) {
        expect(line.startsWith(data.url!), line).toBe(true);
        if (/unreadable-cell|township-name|qualifier-conflict/.test(line)) expect(line).toMatch(/line \d+, column \d+|![^!]+![A-Z]+\d+|\/data\/list\/\d+\//);
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

  it('reads --fields as field=column pairs and rejects a kind it does not know (exit 2)', async () => {
    expect((await run(['import', 'x.csv', '--kind', 'funds'], root)).code).toBe(2);
    expect((await run(['import', 'x.csv', '--kind', 'fund', '--fields', 'amount'], root)).code).toBe(2);
  });
});
