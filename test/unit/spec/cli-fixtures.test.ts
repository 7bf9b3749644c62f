/**
 * Every invalid fixture goes through the CLI's main(): the printed file, line, pointer and code
 * must be exactly the expected ones. Lines were read off the fixture files (grep), not from the
 * code under test. Object pointers (a missing property, a dataset) land on the line of the `{`.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../packages/cli/src/main.ts';

const dir = 'test/fixtures/specs/invalid';

type Expected = [code: string, pointer: string, line: number, file?: string];

const invalid: Record<string, Expected[]> = {
  'missing-version.json': [['missing-version', '', 1]],
  'version-99.json': [['newer-version', '/version', 3]],
  'version-0.json': [['unknown-version', '/version', 3]],
  'version-string.json': [['bad-version', '/version', 3]],
  'not-an-object.json': [['not-an-object', '', 1]],
  'malformed.json': [['malformed-json', '', 7]], // the `]` after the trailing comma on line 6
  'unknown-kind.json': [['unknown-kind', '/kind', 4]],
  'unknown-view-kind.json': [['unknown-kind', '/views/3/kind', 218]],
  'missing-kind.json': [['missing-property', '', 1]],
  'wrong-type.json': [['wrong-type', '/views/1/grid/w', 194]],
  'bad-values-type.json': [['wrong-type', '/datasets/funds/values', 125]],
  'unknown-property.json': [['unknown-property', '/views/3/itemz', 239]],
  'unknown-root-property.json': [['unknown-property', '/titel', 255]],
  'missing-required.json': [['missing-property', '/views/0', 170]],
  'bad-theme.json': [['not-allowed-value', '/theme', 7]],
  'out-of-range.json': [['out-of-range', '/views/1/grid/x', 192]],
  'unknown-dataset.json': [['unknown-dataset', '/views/1/data', 189]],
  'duplicate-view-id.json': [['duplicate-view-id', '/views/3/id', 217]],
  'bad-source-date.json': [['bad-date', '/sources/wuxuan-2022/date', 19]],
  'bad-record-date.json': [['bad-date', '/datasets/funds/values/0/date', 132]],
  'bad-period.json': [['bad-period', '/datasets/activities/values/1/period', 153]],
  'bad-annotation-period.json': [['bad-period', '/views/2/annotations/0/period', 205]],
  'unknown-township.json': [['unknown-township', '/datasets/stations/values/1/township', 115]],
  'unknown-record-source.json': [['unknown-source', '/datasets/funds/values/1/source', 138]],
  'unknown-dataset-source.json': [['unknown-source', '/datasets/funds/source', 142]],
  'unknown-kpi-source.json': [['unknown-source', '/views/3/items/0/source', 224]],
  'link-unknown-view.json': [['unknown-view', '/links/0/filter/1', 246]],
  'link-unknown-select.json': [['unknown-view', '/links/0/select', 243]],
  'link-field-missing.json': [
    ['link-field-missing', '/links/0/field', 248], // funds
    ['link-field-missing', '/links/0/field', 248], // trend
  ],
  'link-default-field-missing.json': [['link-field-missing', '/links/0/filter/1', 246]],
  'values-and-url.json': [['dataset-values-and-url', '/datasets/funds', 124]],
  'neither-values-nor-url.json': [['dataset-without-data', '/datasets/funds', 124]],
  'bad-refresh.json': [['bad-duration', '/refresh', 8]],
  'bad-tour-interval.json': [['bad-duration', '/tour/interval', 253]],
  'negative-amount.json': [['negative-amount', '/datasets/funds/values/1/amount', 136]],
  'percent-150.json': [['percent-out-of-range', '/views/3/items/1/value', 228]],
  'record-percent-150.json': [['percent-out-of-range', '/datasets/activities/values/2/value', 162]],
  'unknown-station-kind.json': [['unknown-station-kind', '/datasets/stations/values/0/kind', 106]],
  'station-without-lon.json': [['station-coordinates', '/datasets/stations/values/1', 111]],
  'grid-beyond-columns.json': [['grid-outside-columns', '/views/1/grid', 191]],
  'tour-not-map.json': [['tour-not-map', '/tour/view', 252]],
  'tour-unknown-view.json': [['unknown-view', '/tour/view', 252]],
  'kpi-without-figures.json': [['kpi-without-figures', '/views/3', 216]],
  'kpi-items-and-data.json': [['kpi-items-and-data', '/views/3', 224]],
  'regions-not-geometry.json': [['dataset-not-geometry', '/views/0/regions', 173]],
  'data-not-table.json': [['dataset-not-table', '/views/1/data', 189]],
  'record-missing-field.json': [['record-missing-field', '/datasets/activities/values/0', 145]],
  'record-wrong-type.json': [['record-wrong-type', '/datasets/activities/values/0/value', 148]],
  'record-unit-unknown.json': [['not-allowed-value', '/datasets/activities/values/2/unit', 163]],
  'bad-qualifier.json': [['bad-qualifier', '/datasets/funds/values/0/qualifier', 129]],
  'duplicate-station-id.json': [['duplicate-record-id', '/datasets/stations/values/1/id', 112]],
  'region-without-code.json': [
    ['region-without-code', '/datasets/townships/values/features/1', 61],
    // the station in that region now names a township the regions lack
    ['unknown-township', '/datasets/stations/values/1/township', 114],
  ],
  'measure-unknown-field.json': [['unknown-field', '/measure/field', 8]],
  'dataset-file-missing.json': [['not-found', '/datasets/stations/url', 15]],
  // Problems inside a dataset file are printed at that file's line, with a pointer into it.
  'files-unknown-township.json': [['unknown-township', '/1/township', 14, 'data/stations-bad-township.json']],
  'files-malformed-data.json': [['malformed-json', '', 16, 'data/stations-malformed.json']],
};

const line = /^(.+?):(\d+):(\d+) {2}(\S+) {2}(.+) \[([a-z-]+)\]$/;

async function run(args: string[], parse = true) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await main(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  const problems = stdout.filter((l) => parse && !l.startsWith('    ')).map((l) => {
    const match = line.exec(l);
    if (!match) throw new Error(`unexpected output line: ${l}`);
    const [, file, row, column, pointer, message, code] = match;
    return { file, line: Number(row), column: Number(column), pointer, message, code };
  });
  return { exitCode, stdout, stderr, problems };
}

const root = { en: '(root)', 'zh-CN': '（根）' };

describe('tongxin validate on the invalid fixtures', () => {
  it('has an expectation for every fixture file, and at least 30 of them', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(Object.keys(invalid).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, expected] of Object.entries(invalid)) {
    it(`${name}: ${expected.map(([code]) => code).join(', ')}`, async () => {
      for (const locale of ['en', 'zh-CN'] as const) {
        const { exitCode, problems } = await run(['validate', '--locale', locale, `${dir}/${name}`]);
        expect(exitCode).toBe(1);
        expect(problems.map((p) => [p.code, p.pointer === root[locale] ? '' : p.pointer, p.line, p.file])).toEqual(
          expected.map(([code, pointer, row, file]) => [code, pointer, row, `${dir}/${file ?? name}`]),
        );
        for (const p of problems) {
          if (locale === 'zh-CN') expect(p.message).toMatch(/[\u4e00-\u9fff]/);
          else expect(p.message.replace(/"[^"]*"/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
        }
      }
    });
  }

  it('reports a file it cannot read, and still exits 1', async () => {
    const { exitCode, problems } = await run(['validate', '--locale', 'en', `${dir}/no-such-file.json`]);
    expect(exitCode).toBe(1);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['unreadable-file', 1, 1]]);
  });

  it('gives the column of a malformed JSON problem', async () => {
    const { problems } = await run(['validate', `${dir}/malformed.json`]);
    expect([problems[0].line, problems[0].column]).toEqual([7, 3]);
  });

  it('gives the column of the offending value, counting CJK characters as one', async () => {
    const { problems } = await run(['validate', `${dir}/unknown-township.json`]);
    // `          "township": "451323199",` — the value starts at character 23
    expect(problems[0].column).toBe(23);
  });
});

describe('tongxin validate on the valid fixtures', () => {
  const validDir = 'test/fixtures/specs/valid';
  const specs = readdirSync(validDir).filter((f) => f.endsWith('.json')).map((f) => `${validDir}/${f}`);

  it('exits 0 and prints no problems, with the dataset files given too (they are checked as data, not as specs)', async () => {
    const dataFiles = readdirSync(`${validDir}/data`).map((f) => `${validDir}/data/${f}`);
    const { exitCode, stdout, stderr } = await run(['validate', ...specs, ...dataFiles]);
    expect(stdout).toEqual([]);
    expect(exitCode).toBe(0);
    expect(stderr.join('\n')).toContain(`检查了 ${specs.length} 个规范（及其 2 个数据文件）`);
  });

  it('exits 1 when one file of many is invalid', async () => {
    const { exitCode, problems } = await run(['validate', ...specs, `${dir}/bad-theme.json`]);
    expect(exitCode).toBe(1);
    expect(problems).toHaveLength(1);
  });
});

describe('tongxin usage', () => {
  it('exits 2 without files, with an unknown command, option or locale', async () => {
    expect((await run(['validate'])).exitCode).toBe(2);
    expect((await run(['check', 'x.json'])).exitCode).toBe(2);
    expect((await run(['validate', '--strict', 'x.json'])).exitCode).toBe(2);
    expect((await run(['validate', '--locale', 'fr', 'x.json'])).exitCode).toBe(2);
    expect((await run([])).exitCode).toBe(2);
  });

  it('prints usage for --help and exits 0', async () => {
    const { exitCode, stdout } = await run(['--help'], false);
    expect(exitCode).toBe(0);
    expect(stdout.join('\n')).toContain('tongxin validate');
    expect(existsSync('packages/cli/bin/tongxin.js')).toBe(true);
  });
});

describe('tongxin validate on a folder of specs and data, as data/*/*.json gives it', () => {
  // Two specs share one stations file with one bad township; a third data file is used by neither.
  const folder = mkdtempSync(join(tmpdir(), 'tongxin-cli-'));
  const spec = JSON.parse(readFileSync('test/fixtures/specs/valid/station-coverage-files.json', 'utf8'));
  spec.datasets.townships.url = 'townships.geo.json';
  spec.datasets.stations.url = 'stations.json';
  writeFileSync(join(folder, 'coverage.json'), JSON.stringify(spec, null, 2));
  writeFileSync(join(folder, 'coverage-copy.json'), JSON.stringify({ ...spec, title: 'copy' }, null, 2));
  cpSync('test/fixtures/specs/valid/data/townships.geo.json', join(folder, 'townships.geo.json'));
  cpSync('test/fixtures/specs/invalid/data/stations-bad-township.json', join(folder, 'stations.json'));
  cpSync('test/fixtures/specs/valid/data/stations.json', join(folder, 'unused-stations.json'));
  const files = readdirSync(folder).sort().map((f) => join(folder, f));

  it('checks the specs, prints a shared data file\'s problem once, and skips data no spec uses with a note', async () => {
    const { exitCode, problems, stderr } = await run(['validate', '--locale', 'en', ...files]);
    expect(exitCode).toBe(1);
    expect(problems.map((p) => [p.file, p.line, p.pointer, p.code])).toEqual([[join(folder, 'stations.json'), 14, '/1/township', 'unknown-township']]);
    expect(stderr[0]).toBe(`${join(folder, 'unused-stations.json')}: a data file (an array or GeoJSON/TopoJSON) that none of the specs given uses; not checked as a spec.`);
    expect(stderr.at(-1)).toBe('Checked 2 specs (and 3 data files): 2 invalid, 1 error.');
  });
});
