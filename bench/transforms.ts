/**
 * Where aggregation belongs: parse + transform cost of a fund table at 10k, 100k and 1M rows, in
 * Node (`npx tsx bench/transforms.ts`; V8 as in Chromium, without the page's other work — a real
 * page is slower by the rendering and the rest of its scripts). Each size: CSV text → rows
 * (readDelimited), then the dataset path a view runs (shapeDataset: `fields`, township names →
 * codes, cells read as amounts with qualifiers, `aggregate` by township, records typed), and the
 * xlsx path (readXlsx) up to 100k rows. Also the gzipped size of each on-demand part (esbuild, minified).
 * Prints a table; nothing is written.
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { datasetReading } from '../packages/core/src/table/dataset-readers.ts';
import { readDelimited } from '../packages/core/src/table/read-delimited.ts';
import { readXlsx } from '../packages/core/src/table/read-xlsx.ts';
import { shapeDataset } from '../packages/core/src/table/shape-dataset.ts';
import * as transforms from '../packages/core/src/table/apply-transform.ts';
import type { Dataset, Spec } from '../packages/spec/src/index.ts';
import { makeXlsx } from '../test/fixtures/make-xlsx.ts';

const towns = ['武宣镇', '桐岭镇', '通挽镇', '东乡镇', '三里镇', '二塘镇', '黄茆镇', '禄新镇', '思灵镇', '金鸡乡'];
const regions = { id: 'townships', regions: towns.map((name, i) => ({ code: String(451323100 + i), name })) };
const amounts = ['120万元', '80余万元', '约15万元', '50万元以上', '36000', '1,250.5', '3亿'];
const campaigns = ['捐种一棵大树', '助学', '道路硬化', '饮水工程'];

function rows(n: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < n; i++) out.push([String(i + 1), towns[i % towns.length], campaigns[i % 4], amounts[i % amounts.length], `2023-${String((i % 12) + 1).padStart(2, '0')}-15`]);
  return out;
}
const header = ['序号', '乡镇', '项目', '金额', '日期'];

const spec = { version: 1, kind: 'dashboard', views: [
  { id: 'map', kind: 'county-map', regions: 'townships', measure: { data: 'byTownship', field: 'amount' }, grid: { x: 0, y: 0, w: 1, h: 1 } },
] } as unknown as Spec;
const dataset: Dataset = {
  url: 'funds.csv',
  fields: { township: '乡镇', amount: '金额' },
  transform: [{ aggregate: { groupby: ['township'], ops: [{ op: 'sum', field: 'amount', as: 'amount' }, { op: 'count', as: 'donations' }] } }],
};
const context = { reading: datasetReading(spec, 'byTownship'), regions, lookupTable: () => undefined, transforms };

const time = (f: () => unknown): [number, unknown] => {
  const start = performance.now();
  const result = f();
  return [performance.now() - start, result];
};
const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());

/** Heap in use after a full collection (run with `--expose-gc`; without it, whatever is not yet collected counts too). */
const gc = (globalThis as { gc?: () => void }).gc;
const heapNow = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
if (!gc) console.log('(run with `npx tsx --expose-gc bench/transforms.ts` for the table\'s own heap; without it the figures include garbage)\n');

console.log('| rows | CSV size | CSV parse | fields + names + aggregate | total (CSV) | xlsx size | xlsx read | table heap | heap after |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of [10_000, 100_000, 1_000_000]) {
  const data = rows(n);
  const csv = [header, ...data].map((r) => r.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\n');
  const before = heapNow();
  const [parse, table] = time(() => readDelimited(csv, ',', 'funds.csv'));
  // What the table as read holds (rows, values and each cell's position), while the shaping runs on it.
  const tableHeap = (heapNow() - before) / 1e6;
  const [shape, shaped] = time(() => shapeDataset(table as ReturnType<typeof readDelimited>, dataset, context));
  const result = shaped as ReturnType<typeof shapeDataset>;
  if (result.problems.length || result.records.length !== towns.length) throw new Error(`unexpected: ${result.problems.length} problems, ${result.records.length} records`);
  let xlsxCells = '–';
  let xlsxTime = '–';
  if (n <= 100_000) {
    const bytes = makeXlsx({ Sheet1: [header, ...data.map((r) => [Number(r[0]), r[1], r[2], r[3], r[4]])] });
    const [read] = time(() => readXlsx(bytes, undefined, 'funds.xlsx'));
    xlsxCells = `${(bytes.length / 1e6).toFixed(1)} MB`;
    xlsxTime = `${ms(read)} ms`;
  }
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(`| ${n.toLocaleString('en')} | ${(csv.length * 2 / 1e6).toFixed(0)} MB (UTF-16) | ${ms(parse)} ms | ${ms(shape)} ms | ${ms(parse + shape)} ms | ${xlsxCells} | ${xlsxTime} | ${Math.round(tableHeap)} MB | ${Math.round(heap)} MB |`);
}

// Bundle cost of each part, bundled alone (each includes the small shared table code; `pnpm size`
// prints the chunks as shipped, per format). All are imported on demand (load/table-code.ts).
const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx'));
const esbuild = requireFromTsx('esbuild') as { build(o: Record<string, unknown>): Promise<{ outputFiles: { contents: Uint8Array }[] }> };
async function size(entry: string): Promise<string> {
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', external: ['@tongxin/spec', '@tongxin/geo'] });
  const code = out.outputFiles[0].contents;
  return `${(code.length / 1024).toFixed(1)} KiB min, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`;
}
console.log('');
console.log(`table path (property, fields, cells, township names): ${await size('packages/core/src/table/load-tables.ts')}`);
console.log(`CSV/TSV reader: ${await size('packages/core/src/table/read-delimited.ts')}`);
console.log(`xlsx reader (read-xlsx.ts + fflate's unzipSync): ${await size('packages/core/src/table/read-xlsx.ts')}`);
console.log(`transforms: ${await size('packages/core/src/table/apply-transform.ts')}`);
console.log(`Node ${process.version}`);
