// `pnpm size`'s per-format table (scripts/size.ts formatCosts) on a made-up split build: each format
// counts its on-demand chunks and the shared chunks they import, not what every tag entry loads
// anyway, and a format whose chunk is missing (its code moved into an entry) is an error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCosts } from '../../scripts/size.ts';

const dir = mkdtempSync(join(tmpdir(), 'tongxin-size-'));
const files: Record<string, string> = {
  'a.js': 'import"./chunks/view-host-AAAAAAAA.js";import"./chunks/combine-AAAAAAAA.js";',
  'b.js': 'import"./chunks/view-host-AAAAAAAA.js";',
  'chunks/view-host-AAAAAAAA.js': 'export const load=()=>import("./load-tables-BBBBBBBB.js");',
  'chunks/combine-AAAAAAAA.js': 'export const combine=1;',
  'chunks/load-tables-BBBBBBBB.js': 'import"./source-table-CCCCCCCC.js";import"./combine-AAAAAAAA.js";export const tables=1;',
  'chunks/source-table-CCCCCCCC.js': 'export const table=1;',
  'chunks/read-delimited-DDDDDDDD.js': 'import"./source-table-CCCCCCCC.js";export const csv=1;',
  'chunks/apply-transform-EEEEEEEE.js': 'import"./load-tables-BBBBBBBB.js";export const transform=1;',
  'chunks/worker-read-delimited-FFFFFFFF.js': 'export const csv=1;',
};
mkdirSync(join(dir, 'chunks'));
for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gz = (...names: string[]) => names.reduce((n, name) => n + gzipSync(files[name], { level: 9 }).length, 0);
const entries = [resolve(dir, 'a.js'), resolve(dir, 'b.js')];

describe('pnpm size: the cost of each format', () => {
  it('counts a format\'s chunks and what they import, less what every entry loads', () => {
    const [plain, csv, transform] = formatCosts(dir, entries, [
      { format: 'json', modules: [] },
      { format: 'csv', modules: ['load-tables', 'read-delimited'] },
      { format: 'transform', modules: ['apply-transform'], after: ['load-tables'] },
    ]);
    expect(plain).toEqual({ format: 'json', files: [], gzip: 0 });
    // combine is loaded by a.js only, not by b.js: a b.js page pays for it, so it is counted.
    expect(csv.files).toEqual(['chunks/combine-AAAAAAAA.js', 'chunks/load-tables-BBBBBBBB.js', 'chunks/read-delimited-DDDDDDDD.js', 'chunks/source-table-CCCCCCCC.js']);
    expect(csv.gzip).toBe(gz('chunks/combine-AAAAAAAA.js', 'chunks/load-tables-BBBBBBBB.js', 'chunks/read-delimited-DDDDDDDD.js', 'chunks/source-table-CCCCCCCC.js'));
    expect(transform.files, 'the table path it comes after is not counted again').toEqual(['chunks/apply-transform-EEEEEEEE.js']);
  });

  it('a format whose chunk is not on demand is an error, not a 0', () => {
    expect(() => formatCosts(dir, entries, [{ format: 'xlsx', modules: ['read-xlsx'] }])).toThrow(/read-xlsx/);
  });
});
