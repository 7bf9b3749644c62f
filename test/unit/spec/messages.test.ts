import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../packages/cli/src/main.ts';
import { describeFailure, loadSpec } from '../../../packages/core/src/index.ts';
import { corpus, fileText } from '../../fixtures/corpus/cases.ts';
import { type MessageParams, messageText, messages, originRef, originText, type RecordOrigin, type SpecErrorCode, validateSpec } from '../../../packages/spec/src/index.ts';

// One example per code; the type makes tsc fail when a code has no example.
const examples: { [C in SpecErrorCode]: MessageParams<C> } = {
  'not-an-object': { actual: 'array' },
  'forbidden-key': { key: '__proto__' },
  'non-finite-number': { value: 'Infinity' },
  'too-deep': { limit: 64 },
  'not-json-value': { actual: 'function' },
  'missing-version': { current: 1 },
  'bad-version': { value: '1' },
  'newer-version': { version: 2, current: 1 },
  'unknown-version': { version: 0, current: 1 },
  'missing-property': { property: 'regions' },
  'unknown-property': { property: 'itemz', known: ['items', 'data'], suggestion: 'items' },
  'wrong-type': { expected: ['array', 'object'], actual: 'string' },
  'unknown-kind': { value: 'pie', known: ['kpi'] },
  'not-allowed-value': { value: 'dark', allowed: ['portal', 'bigscreen'] },
  'out-of-range': { value: -1, limit: 0, comparison: '>=' },
  'schema-violation': { keyword: 'pattern', detail: 'does not match' },
  'unknown-dataset': { id: 'fundz', known: ['funds'], suggestion: 'funds' },
  'unknown-view': { id: 'b', known: [] },
  'unknown-source': { id: 'x', known: ['wuxuan-2022'] },
  'duplicate-view-id': { id: 'map', first: '/views/0' },
  'duplicate-record-id': { id: 'wx-1', dataset: 'stations' },
  'duplicate-value': { value: 'participation-rate', first: '/views/2/series/0' },
  'tour-not-map': { id: 'trend', kind: 'activity-trend' },
  'dataset-values-and-url': { id: 'funds' },
  'dataset-without-data': { id: 'funds' },
  'dataset-not-geometry': { id: 'funds' },
  'dataset-not-table': { id: 'townships' },
  'region-without-code': { dataset: 'townships', index: 1 },
  'bad-date': { value: '2022-13' },
  'bad-period': { value: '2022-Q5' },
  'bad-duration': { value: '1 minute' },
  'refresh-too-short': { value: '1ms', min: 5000, suggestion: '1m' },
  'fetch-timeout-out-of-range': { value: '500ms', min: 1000, max: 300_000 },
  'tour-interval-too-short': { value: '100ms', min: 1000 },
  'percent-out-of-range': { value: 150 },
  'negative-amount': { value: -5 },
  'grid-outside-columns': { x: 16, w: 10, columns: 24 },
  'kpi-without-figures': undefined,
  'kpi-items-and-data': undefined,
  'record-missing-field': { field: 'value', dataset: 'activities', index: 0 },
  'record-wrong-type': { field: 'value', expected: 'number', actual: 'string' },
  'unknown-record-field': { field: 'qualifer', dataset: 'funds', index: 0, known: ['amount', 'qualifier'], suggestion: 'qualifier' },
  'unknown-station-kind': { value: 'liason', known: ['liaison'], suggestion: 'liaison' },
  'bad-qualifier': { value: 'more' },
  'station-coordinates': { id: 'wx-1', lon: null, lat: 23.5 },
  'unknown-township': { township: '451323199', regions: 'townships' },
  'link-field-missing': { field: 'village', view: 'funds' },
  'unknown-field': { field: 'station', dataset: 'counts', suggestion: 'stations' },
  'malformed-json': { problem: 'CommaExpected' },
  'unreadable-file': { file: 'x.json', reason: 'ENOENT' },
  'unreadable-cell': { at: { file: 'funds.xlsx', sheet: 'Sheet1', ref: 'C7', header: 'amount' }, text: 'five million', expected: 'amount' },
  'qualifier-conflict': { at: { file: 'funds.csv', line: 3, column: 2, header: 'amount' }, text: 'about 0.7m', cell: 'about', column: 'over' },
  'unknown-township-name': { at: { file: 'stations.csv', line: 2, column: 3, header: 'town' }, name: 'Tonglin', regions: 'townships', candidates: ['Wuxuan', 'Tongling'] },
  'ambiguous-township-name': { at: { file: 'api.json', pointer: '/data/list/0/town' }, name: 'Dongxiang', regions: 'townships', candidates: ['Dongxiang Town', 'Dongxiang Township'] },
  'missing-column': { file: 'funds.csv', column: 'sum', field: 'amount', columns: ['yuan'] },
  'duplicate-column': { file: 'funds.csv', column: 'yuan', position: 3 },
  'ragged-row': { file: 'funds.csv', line: 4, cells: 2, columns: 3 },
  'empty-table': { file: 'funds.csv' },
  'no-such-sheet': { file: 'funds.xlsx', sheet: 'Totals', sheets: ['Sheet1'] },
  'unreadable-workbook': { file: 'funds.xlsx' },
  'property-not-found': { file: 'api.json', property: 'data.list', missing: 'list' },
  'property-not-array': { file: 'api.json', property: 'data', actual: 'object' },
  'transform-missing-field': { field: 'yr', transform: 'filter', fields: ['year'] },
  'bad-transform': { transform: 'fold', problem: 'fold-as' },
  'lookup-no-match': { at: { file: 'a.csv', line: 2, column: 1, header: 'town' }, value: 'Nowhere', data: 'towns', key: 'name' },
  'lookup-not-table': { data: 'townships' },
};

const cjk = /[\u4e00-\u9fff]/;

describe('messages', () => {
  it('has an example for every code (and no example for a code that does not exist)', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(messages).sort());
  });

  for (const code of Object.keys(messages) as SpecErrorCode[]) {
    it(`${code}: zh-CN and en`, () => {
      const zh = messageText(code, examples[code] as never, 'zh-CN');
      const en = messageText(code, examples[code] as never, 'en');
      expect(zh.message).toMatch(cjk);
      expect(en.message).not.toMatch(cjk);
      expect(en.message).toMatch(/[a-z]{3}/);
      expect(zh.hint === undefined).toBe(en.hint === undefined);
      if (zh.hint !== undefined) {
        expect(zh.hint).toMatch(cjk);
        expect(en.hint).not.toMatch(cjk);
      }
    });
  }

  it('names what the spec said and what it could have said', () => {
    const text = messageText('unknown-dataset', { id: 'fundz', known: ['funds'], suggestion: 'funds' }, 'en');
    expect(text).toEqual({ message: 'There is no dataset "fundz".', hint: 'Did you mean "funds"?' });
    expect(messageText('unknown-dataset', { id: 'x', known: ['a', 'b'] }, 'zh-CN').hint).toBe('可用的数据集（datasets）："a"、"b"。');
  });

  it('zh-CN text has no English words but code identifiers, field names and quoted values', () => {
    // Words allowed in zh-CN text: format names and identifiers a reader types as they are.
    const identifiers = /\b(JSON|GeoJSON|TopoJSON|Tongxin|Unicode|NaN|YYYY|MM|DD|Qn|ms|s|m|h|e\d+|version|values|url|format|meta|extraFields|qualifier|code|items|data|field|filter|layout|columns|lon|lat|x|w|county-map|station-coverage|activity-trend|fund-chart|kpi|dashboard|datasets|sources|id|kind|null|__proto__|constructor|prototype|E[A-Z]+)\b/g; // E…: an errno code (ENOENT)
    const offenders: string[] = [];
    // schema-violation quotes the interpreter's own (English) detail: the fallback for a keyword the schema does not use.
    for (const code of (Object.keys(messages) as SpecErrorCode[]).filter((c) => c !== 'schema-violation')) {
      const zh = messageText(code, examples[code] as never, 'zh-CN');
      for (const text of [zh.message, zh.hint ?? '']) {
        const bare = text.replace(/"[^"]*"|`[^`]*`|\/[\w/-]*|\{[^}]*\}/g, '').replace(identifiers, '');
        if (/[A-Za-z]{2,}/.test(bare)) offenders.push(`${code}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every code but the schema fallback is produced by some invalid fixture, or by a spec here', async () => {
    // Codes added with the record contract and the pre-pass, produced through validateSpec until
    // test/fixtures/specs/invalid has a file for each (their topic tests check pointer and wording).
    const kpi = { version: 1, kind: 'kpi', id: 'k', items: [{ label: '热线来电', value: 152 }] };
    const inline: Record<string, unknown> = {
      'forbidden-key': JSON.parse('{"version":1,"kind":"kpi","id":"k","items":[],"__proto__":{}}'),
      'non-finite-number': JSON.parse('{"version":1,"kind":"kpi","id":"k","items":[{"label":"a","value":1e400}]}'),
      'too-deep': { ...kpi, meta: JSON.parse(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`) },
      'not-json-value': { ...kpi, meta: { format: () => 'x' } },
      'duplicate-value': { version: 1, kind: 'activity-trend', id: 't', data: 'a', series: ['x', 'x'], datasets: { a: { values: [] } } },
      'refresh-too-short': { ...kpi, refresh: '1ms' },
      'fetch-timeout-out-of-range': { ...kpi, fetchTimeout: '10m' },
      'unknown-record-field': { version: 1, kind: 'fund-chart', id: 'f', data: 'funds', datasets: { funds: { values: [{ amount: 5, qualifer: 'about' }] } } },
    };
    const seen = new Set<string>();
    for (const [code, spec] of Object.entries(inline)) {
      expect(validateSpec(spec).errors.map((e) => e.code), code).toContain(code);
      seen.add(code);
    }
    seen.add('tour-interval-too-short'); // needs a whole dashboard: refresh-floor.test.ts
    const dir = 'test/fixtures/specs/invalid';
    const files = [...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`), `${dir}/no-such-file.json`];
    for (const file of files) {
      await main(['validate', file], { stdout: (l) => seen.add(/\[([a-z-]+)\]$/.exec(l)?.[1] ?? ''), stderr: () => {} });
    }
    // Codes found while reading spreadsheets, CSV and portal responses (step 4): the corpus's cases, loaded.
    for (const c of corpus) {
      const fetch = (async (input: RequestInfo | URL) => {
        const name = String(input).split('/').pop()!;
        return Object.hasOwn(c.files, name) ? new Response(fileText(c.files[name]) as BodyInit) : new Response('', { status: 404 });
      }) as typeof globalThis.fetch;
      await loadSpec({ text: fileText(c.files[c.spec]) as string, url: `http://corpus.test/${c.spec}` }, { fetch }).catch((error) => {
        for (const e of describeFailure(error, 'en').errors) seen.add(e.code);
      });
    }
    seen.delete('');
    // The CLI also prints the pipeline's own codes (not-found, malformed-json…): core's catalogue, not this one.
    for (const code of seen) if (!Object.hasOwn(messages, code)) seen.delete(code);
    // schema-violation words a keyword the schema does not use (schema.test.ts checks there is none).
    expect([...seen].sort()).toEqual(Object.keys(messages).filter((c) => c !== 'schema-violation').sort());
  });
});

describe('where a value of a table\'s records came from', () => {
  const origins: Array<[RecordOrigin, string, string, string]> = [
    [{ kind: 'cell', at: { file: 'funds.csv', line: 4, column: 3, header: 'amount' } }, 'funds.csv:4:3', 'funds.csv line 4, column 3 ("amount")', '"funds.csv" 第 4 行第 3 列（"amount"）'],
    [{ kind: 'cell', at: { file: 'funds.xlsx', sheet: 'Sheet1', ref: 'C7', header: 'amount' } }, 'funds.xlsx!Sheet1!C7', 'funds.xlsx!Sheet1!C7 ("amount")', '"funds.xlsx!Sheet1!C7"（"amount"列）'],
    [{ kind: 'cell', at: { file: 'api', pointer: '/data/list/1/jine' } }, 'api#/data/list/1/jine', 'api /data/list/1/jine', '"api" /data/list/1/jine'],
    [{ kind: 'row', at: { file: 'funds.csv', line: 4 } }, 'funds.csv:4', 'funds.csv line 4', '"funds.csv" 第 4 行'],
    [{ kind: 'row', at: { file: 'funds.xlsx', sheet: 'Sheet1', row: 7 } }, 'funds.xlsx!Sheet1!7:7', 'funds.xlsx!Sheet1 row 7', '"funds.xlsx!Sheet1" 第 7 行'],
    [{ kind: 'row', at: { file: 'api', pointer: '/data/list/1' } }, 'api#/data/list/1', 'api /data/list/1', '"api" /data/list/1'],
    [{ kind: 'transform', path: '/datasets/funds/transform/1', transform: 'aggregate' }, '/datasets/funds/transform/1', 'In the result of transform /datasets/funds/transform/1 (aggregate)', '变换 /datasets/funds/transform/1（`aggregate`）的结果中'],
  ];
  it.each(origins)('%j: a reference, and words in en and zh-CN', (origin, ref, en, zh) => {
    expect(originRef(origin)).toBe(ref);
    expect(originText(origin, 'en')).toBe(en);
    expect(originText(origin, 'zh-CN')).toBe(zh);
  });
});
