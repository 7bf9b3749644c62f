/**
 * One row of the final table. Every benchmark script returns its rows and
 * saves them (bench/.out/results/<name>.json) so `bench/run.ts` can print one
 * table even when a script is run alone or fails.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUT } from './paths.ts';

export interface Row {
  /** Benchmark area: overhead, province, size, long run, spec. */
  area: string;
  /** What was measured, e.g. `tx-county-map first frame / raw ECharts`. */
  measure: string;
  /** The headline value (median, ratio, bytes). */
  value: string;
  /** Spread (p25 – p75) or the raw numbers behind a ratio. */
  detail?: string;
  /** The target, as written in issue 7. */
  target?: string;
  /** Whether the target is met; undefined when the row has no target. */
  met?: boolean;
}

export interface BenchResult {
  name: string;
  startedAt: string;
  seconds: number;
  rows: Row[];
  /** Anything else worth keeping (raw samples, profiles' top functions). */
  extra?: unknown;
}

export const RESULTS = resolve(OUT, 'results');

export function saveResult(result: BenchResult): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(resolve(RESULTS, `${result.name}.json`), JSON.stringify(result, null, 2));
}

export function readResult(name: string): BenchResult | undefined {
  const file = resolve(RESULTS, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResult) : undefined;
}

/** A Markdown table of rows (also readable in a terminal). */
export function markdownTable(rows: Row[]): string {
  const header = ['area', 'measure', 'value', 'detail', 'target', 'met'];
  const lines = rows.map((r) => [r.area, r.measure, r.value, r.detail ?? '', r.target ?? '', r.met === undefined ? '' : r.met ? 'yes' : '**no**']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [fmt(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.map(fmt)].join('\n');
}

/** Run a benchmark's main when the file is executed directly (`npx tsx bench/size.ts`). */
export function isMain(url: string): boolean {
  return process.argv[1] != null && resolve(process.argv[1]) === new URL(url).pathname;
}
