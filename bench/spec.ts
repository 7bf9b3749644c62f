/**
 * Spec: how long validateSpec and compileView take on a ~1 MB spec (a dashboard
 * with all datasets inline: 400 township regions, 4,000 stations, monthly
 * activities, funds). Runs in Node (the same V8 as Chromium); warm-up discarded.
 *
 *   npx tsx bench/spec.ts
 */
import { compileView, loadData } from '../packages/core/src/index.ts';
import { validateSpec } from '../packages/spec/src/index.ts';
import { isMain, saveResult, type Row } from './lib/report.ts';
import { largeDashboardSpec } from './lib/specs.ts';
import { kb, ms, spread, summarize } from './lib/stats.ts';

const WARMUP = 3;
const ROUNDS = 15;

async function time<T>(work: () => T | Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

export async function runSpec(): Promise<Row[]> {
  const started = Date.now();
  const { json } = largeDashboardSpec();
  const samples: Record<string, number[]> = { parse: [], validate: [], load: [] };
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const keep = round >= WARMUP;
    const [parseMs, input] = await time(() => JSON.parse(json) as unknown);
    const [validateMs, result] = await time(() => validateSpec(input));
    if (!result.valid || !result.spec || result.spec.kind !== 'dashboard') {
      throw new Error(`the generated spec is invalid: ${result.errors.slice(0, 3).map((e) => `${e.path} ${e.message}`).join('; ')}`);
    }
    const spec = result.spec;
    const [loadMs, data] = await time(() => loadData(spec));
    if (keep) {
      samples.parse.push(parseMs);
      samples.validate.push(validateMs);
      samples.load.push(loadMs);
    }
    let total = 0;
    for (const view of spec.views) {
      const [compileMs] = await time(() => compileView(view, data, { locale: 'zh-CN', theme: 'bigscreen', width: 960, height: 900 }));
      total += compileMs;
      if (keep) (samples[`compile ${view.kind}`] ??= []).push(compileMs);
    }
    if (keep) (samples['compile all views'] ??= []).push(total);
  }
  const rows: Row[] = [];
  for (const [what, values] of Object.entries(samples)) {
    const s = summarize(values);
    console.log(`${what}: median ${ms(s.median)} (p25–p75 ${spread(s)}, n=${s.n})`);
    rows.push({
      area: 'spec',
      measure: what === 'validate' ? `validateSpec, ${kb(json.length)} spec` : what === 'parse' ? 'JSON.parse (for scale)' : what === 'load' ? 'loadData (inline datasets)' : what,
      value: ms(s.median),
      detail: spread(s),
    });
  }
  saveResult({ name: 'spec', startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, rows, extra: { bytes: json.length, samples } });
  return rows;
}

if (isMain(import.meta.url)) {
  const { markdownTable } = await import('./lib/report.ts');
  console.log(markdownTable(await runSpec()));
}
