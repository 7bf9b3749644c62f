/**
 * CPU profiles through CDP (Profiler domain), summarised as self time by
 * function and by package, so a slow number comes with where the time went.
 * Bundles are minified, so function names are mangled; the package comes
 * from the bundle's module map (offset → module) when given, else the URL.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** [label, ms] by self time, largest first. */
  byFunction: [string, number][];
  byPackage: [string, number][];
}

export async function startProfile(cdp: CDPSession, intervalUs = 200): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

/**
 * Stop and summarise. `locate(url, line, column)` maps a position in a bundle to
 * the source module it came from (see `moduleLocator`).
 */
export async function stopProfile(cdp: CDPSession, locate?: (url: string, line: number, column: number) => string | undefined): Promise<ProfileSummary> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta to the next sample.
  for (let i = 0; i < samples.length; i++) selfMs.set(samples[i], (selfMs.get(samples[i]) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  let total = 0;
  for (const [id, time] of selfMs) {
    const { callFrame } = byId.get(id)!;
    total += time;
    const module = callFrame.url ? locate?.(callFrame.url, callFrame.lineNumber, callFrame.columnNumber) : undefined;
    const where = module ?? (callFrame.url ? callFrame.url.split('/').pop() : callFrame.functionName || '(native)');
    const name = `${callFrame.functionName || '(anonymous)'} @ ${where}`;
    fn.set(name, (fn.get(name) ?? 0) + time);
    const group = callFrame.url ? packageOf(module ?? callFrame.url) : callFrame.functionName === '(garbage collector)' ? '(gc)' : callFrame.functionName === '(idle)' || callFrame.functionName === '(program)' ? callFrame.functionName : '(native/V8)';
    pkg.set(group, (pkg.get(group) ?? 0) + time);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, byFunction: sorted(fn), byPackage: sorted(pkg) };
}

/** `node_modules/.pnpm/echarts@6/node_modules/echarts/lib/…` → `echarts`; `packages/core/src/…` → `packages/core`. */
export function packageOf(path: string): string {
  if (path.includes('node_modules/')) {
    const rest = path.split('node_modules/').pop()!;
    return rest.split('/').slice(0, rest.startsWith('@') ? 2 : 1).join('/');
  }
  const match = /(packages\/[^/]+|bench)\//.exec(path);
  return match ? match[1] : path;
}

/** `12.3 ms  name` lines for the top entries. */
export function formatTop(entries: [string, number][], total: number, n = 12): string[] {
  return entries.slice(0, n).map(([label, time]) => `${time.toFixed(1).padStart(8)} ms ${((time / total) * 100).toFixed(1).padStart(5)}%  ${label}`);
}
