/**
 * Long run, refresh: runs the dashboard helper's bench/long-run.ts (10,000
 * refresh cycles of <tx-dashboard>, one fund figure changing per cycle) as a
 * child process and reads its TSV: heap after GC every 1,000 cycles, timers,
 * fetches in flight, canvases. This file only reports; the scenario is theirs.
 *
 *   npx tsx bench/refresh.ts [cycles]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/paths.ts';
import { isMain, saveResult, type Row } from './lib/report.ts';

const HEAP_TARGET_MB = 5;
const SCRIPT = resolve(ROOT, 'bench/long-run.ts');

interface Line { cycles: number; heapMB: number; timers: number; inFlight: number; canvases: number; failures: number; seconds: number }

export async function runRefresh(cycles = Number(process.argv[2] ?? 10_000), timeoutMs = 60_000 + cycles * 150): Promise<Row[]> {
  const started = Date.now();
  const measure = `refresh ×${cycles.toLocaleString('en')} (<tx-dashboard>)`;
  if (!existsSync(SCRIPT)) {
    const rows: Row[] = [{ area: 'long run', measure, value: 'not run', detail: 'bench/long-run.ts (dashboard helper) is not there yet' }];
    saveResult({ name: 'refresh', startedAt: new Date(started).toISOString(), seconds: 0, rows });
    return rows;
  }
  const output = await new Promise<{ code: number | null; text: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, String(cycles)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => (text += chunk));
    // Kill the whole process group (its Chromium and Vite server too) if it overruns.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, text });
    });
  });
  const lines: Line[] = output.text.split('\n')
    .map((l) => l.trim().split('\t'))
    .filter((cells) => cells.length >= 7 && cells.every((c) => /^-?[\d.]+$/.test(c)))
    .map((c) => ({ cycles: +c[0], heapMB: +c[1], timers: +c[2], inFlight: +c[3], canvases: +c[4], failures: +c[5], seconds: +c[6] }));
  const after = /after removal: (\d+) (?:more )?fetches/.exec(output.text)?.[1];
  let rows: Row[];
  if (lines.length < 2) {
    rows = [{ area: 'long run', measure, value: 'failed', detail: `exit ${output.code}: ${output.text.trim().split('\n').slice(-2).join(' ').slice(0, 160)}` }];
  } else {
    // The first sample is taken before any refresh; the baseline is the one at 1,000 cycles, after caches have filled.
    const [zero, base, last] = [lines[0], lines[1], lines[lines.length - 1]];
    const growth = last.heapMB - base.heapMB;
    const complete = last.cycles >= cycles;
    rows = [
      { area: 'long run', measure: `${measure}: JS heap growth`, value: `${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB`, detail: `${base.heapMB.toFixed(2)} MB at ${base.cycles} → ${last.heapMB.toFixed(2)} MB at ${last.cycles} cycles (${zero.heapMB.toFixed(2)} before the first); ${last.seconds} s${complete ? '' : '; INCOMPLETE'}`, target: `≤ ${HEAP_TARGET_MB} MB`, met: complete && growth <= HEAP_TARGET_MB },
      { area: 'long run', measure: `${measure}: canvases, timers`, value: `canvases ${base.canvases} → ${last.canvases}`, detail: `timers ${base.timers} → ${last.timers}; fetch failures ${last.failures}; fetches after removal ${after ?? '?'}`, target: 'no growth', met: last.canvases <= base.canvases && last.timers <= base.timers },
    ];
  }
  saveResult({ name: 'refresh', startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, rows, extra: { lines, exit: output.code } });
  return rows;
}

if (isMain(import.meta.url)) {
  const { markdownTable } = await import('./lib/report.ts');
  console.log(markdownTable(await runRefresh()));
}
