import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../packages/cli/src/main.ts';
import { type MessageParams, messageText, messages, type SpecErrorCode } from '../../../packages/spec/src/index.ts';

// One example per code; the type makes tsc fail when a code has no example.
const examples: { [C in SpecErrorCode]: MessageParams<C> } = {
  'not-an-object': { actual: 'array' },
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
  'tour-not-map': { id: 'trend', kind: 'activity-trend' },
  'dataset-values-and-url': { id: 'funds' },
  'dataset-without-data': { id: 'funds' },
  'dataset-not-geometry': { id: 'funds' },
  'dataset-not-table': { id: 'townships' },
  'dataset-file-missing': { id: 'stations', file: 'data/stations.json' },
  'region-without-code': { dataset: 'townships', index: 1 },
  'bad-date': { value: '2022-13' },
  'bad-period': { value: '2022-Q5' },
  'bad-duration': { value: '1 minute' },
  'percent-out-of-range': { value: 150 },
  'negative-amount': { value: -5 },
  'grid-outside-columns': { x: 16, w: 10, columns: 24 },
  'kpi-without-figures': undefined,
  'kpi-items-and-data': undefined,
  'record-missing-field': { field: 'value', dataset: 'activities', index: 0 },
  'record-wrong-type': { field: 'value', expected: 'number', actual: 'string' },
  'unknown-station-kind': { value: 'liason', known: ['liaison'], suggestion: 'liaison' },
  'bad-qualifier': { value: 'more' },
  'station-coordinates': { id: 'wx-1', lon: null, lat: 23.5 },
  'unknown-township': { township: '451323199', regions: 'townships' },
  'link-field-missing': { field: 'village', view: 'funds' },
  'unknown-field': { field: 'station', dataset: 'counts', suggestion: 'stations' },
  'malformed-json': { problem: 'CommaExpected' },
  'unreadable-file': { file: 'x.json', reason: 'ENOENT' },
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

  it('every code but the schema fallback is produced by some invalid fixture', async () => {
    const seen = new Set<string>();
    const dir = 'test/fixtures/specs/invalid';
    const files = [...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`), `${dir}/no-such-file.json`];
    for (const file of files) {
      await main(['validate', file], { stdout: (l) => seen.add(/\[([a-z-]+)\]$/.exec(l)?.[1] ?? ''), stderr: () => {} });
    }
    seen.delete('');
    // schema-violation words a keyword the schema does not use (schema.test.ts checks there is none).
    expect([...seen].sort()).toEqual(Object.keys(messages).filter((c) => c !== 'schema-violation').sort());
  });
});
