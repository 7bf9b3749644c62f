import { describe, expect, it } from 'vitest';
import { RefreshScheduler, type RefreshState } from '../../../packages/core/src/index.ts';
import { FakeClock, flushPromises } from './fake-clock.ts';

interface Reading {
  visits: number;
}

/** A fake server: answers each request from a script (a number, or 'fail'), records every call. */
function fakeServer(script: (call: number, url: string) => number | 'fail') {
  const calls: Array<{ url: string; at: number; signal: AbortSignal }> = [];
  let running = 0;
  let maxConcurrentPerUrl = 0;
  const runningByUrl = new Map<string, number>();
  return {
    calls,
    get running() {
      return running;
    },
    get maxConcurrentPerUrl() {
      return maxConcurrentPerUrl;
    },
    fetcher(clock: FakeClock) {
      return async (url: string, signal: AbortSignal): Promise<Reading> => {
        calls.push({ url, at: clock.now(), signal });
        const answer = script(calls.length, url);
        running++;
        runningByUrl.set(url, (runningByUrl.get(url) ?? 0) + 1);
        maxConcurrentPerUrl = Math.max(maxConcurrentPerUrl, runningByUrl.get(url)!);
        await Promise.resolve();
        running--;
        runningByUrl.set(url, runningByUrl.get(url)! - 1);
        if (answer === 'fail') throw new Error(`HTTP 503 for ${url}`);
        return { visits: answer };
      };
    },
  };
}

/** A fetcher whose answers the test releases by hand, and that honours abort. */
function heldFetcher() {
  const held: Array<{ url: string; signal: AbortSignal; resolve: (r: Reading) => void; reject: (e: unknown) => void }> = [];
  const fetcher = (url: string, signal: AbortSignal) =>
    new Promise<Reading>((resolve, reject) => {
      held.push({ url, signal, resolve, reject });
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  return { held, fetcher };
}

describe('RefreshScheduler', () => {
  it('runs 1,000 refresh cycles without growing timers or in-flight fetches', async () => {
    const clock = new FakeClock();
    const server = fakeServer((call) => call * 10);
    const scheduler = new RefreshScheduler<Reading>({ fetcher: server.fetcher(clock), interval: 60_000, clock, jitter: 0 });
    scheduler.add('hotline', '/data/hotline.json');
    scheduler.start();
    await clock.advance(0);
    let maxTimers = 0;
    let maxInFlight = 0;
    for (let cycle = 1; cycle <= 1000; cycle++) {
      await clock.advance(60_000);
      const stats = scheduler.stats();
      maxTimers = Math.max(maxTimers, stats.timersPending, clock.pending);
      maxInFlight = Math.max(maxInFlight, stats.inFlight);
    }
    // The first load plus one fetch per interval, each answered.
    expect(server.calls).toHaveLength(1001);
    expect(scheduler.stats()).toMatchObject({ fetches: 1001, successes: 1001, failures: 0, inFlight: 0, timersPending: 1 });
    expect(maxTimers).toBe(1);
    expect(maxInFlight).toBe(0);
    expect(clock.pending).toBe(1);
    expect(scheduler.state('hotline')).toMatchObject({ status: 'fresh', data: { visits: 10010 }, lastSuccessAt: 60_000_000 });
    // Fetches are exactly one interval apart.
    const gaps = server.calls.slice(1).map((call, i) => call.at - server.calls[i].at);
    expect(new Set(gaps)).toEqual(new Set([60_000]));
    scheduler.stop();
  });

  it('a URL failing 3 times then recovering: doubling back-off, last good data kept, stale then fresh', async () => {
    const clock = new FakeClock();
    // Call 1 succeeds; calls 2–4 fail; call 5 on succeeds with new figures.
    const server = fakeServer((call) => (call === 1 ? 152 : call <= 4 ? 'fail' : 160));
    const states: Array<RefreshState<Reading>> = [];
    const scheduler = new RefreshScheduler<Reading>({
      fetcher: server.fetcher(clock),
      interval: 1000,
      maxBackoff: 60_000,
      clock,
      jitter: 0,
      onChange: (_, state) => states.push(state),
    });
    scheduler.add('hotline', '/data/hotline.json');
    scheduler.start();
    await clock.advance(0);
    expect(scheduler.state('hotline')).toMatchObject({ status: 'fresh', data: { visits: 152 }, lastSuccessAt: 0 });

    await clock.advance(1000); // call 2 fails
    const stale = scheduler.state('hotline');
    expect(stale.status).toBe('stale');
    expect(stale.data).toEqual({ visits: 152 });
    expect(stale.lastSuccessAt).toBe(0);
    expect(stale.failures).toBe(1);
    expect(String(stale.error)).toContain('HTTP 503');

    await clock.advance(9000); // now t = 10 s
    const at = server.calls.map((call) => call.at);
    // After failures 1, 2, 3 the waits are 1 s, 2 s, 4 s; the recovered source goes back to 1 s.
    expect(at.slice(0, 7)).toEqual([0, 1000, 2000, 4000, 8000, 9000, 10_000]);
    expect(scheduler.state('hotline')).toMatchObject({ status: 'fresh', data: { visits: 160 }, failures: 0, lastSuccessAt: 10_000 });
    expect(scheduler.state('hotline').error).toBeUndefined();

    // The stale state always carried the last good numbers, and the age grew while failing.
    expect(states.map((s) => s.status)).toEqual(['fresh', 'stale', 'stale', 'stale', 'fresh', 'fresh', 'fresh']);
    expect(states.filter((s) => s.status === 'stale').map((s) => [s.data?.visits, s.age])).toEqual([
      [152, 1000], [152, 2000], [152, 4000],
    ]);
    scheduler.stop();
  });

  it('back-off doubles up to the ceiling and stays there', async () => {
    const clock = new FakeClock();
    const server = fakeServer((call) => (call === 1 ? 1 : 'fail'));
    const scheduler = new RefreshScheduler<Reading>({ fetcher: server.fetcher(clock), interval: 1000, maxBackoff: 8000, clock, jitter: 0 });
    scheduler.add('funds', '/data/funds.json');
    scheduler.start();
    await clock.advance(60_000);
    const gaps = server.calls.slice(1).map((call, i) => call.at - server.calls[i].at);
    expect(gaps.slice(0, 7)).toEqual([1000, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(scheduler.state('funds')).toMatchObject({ status: 'stale', data: { visits: 1 } });
    expect(scheduler.stats().timersPending).toBe(1);
    scheduler.stop();
  });

  it('uses the 10-minute default ceiling and jitter only shortens a delay', async () => {
    const clock = new FakeClock();
    const server = fakeServer(() => 'fail');
    const scheduler = new RefreshScheduler<Reading>({
      fetcher: server.fetcher(clock), interval: 60_000, clock, jitter: 0.2, random: () => 0.5,
    });
    scheduler.add('funds', '/data/funds.json');
    scheduler.start();
    await clock.advance(3 * 3_600_000);
    const gaps = server.calls.slice(1).map((call, i) => call.at - server.calls[i].at);
    // 60 s, 120 s, 240 s, 480 s, then the 600 s ceiling; each minus 10 % (jitter 0.2 × random 0.5).
    expect(gaps.slice(0, 6)).toEqual([54_000, 108_000, 216_000, 432_000, 540_000, 540_000]);
    scheduler.stop();
  });

  it('with no good data a failure is an error, and the first success makes it fresh', async () => {
    const clock = new FakeClock();
    const server = fakeServer((call) => (call <= 2 ? 'fail' : 7));
    const scheduler = new RefreshScheduler<Reading>({ fetcher: server.fetcher(clock), interval: 5000, clock, jitter: 0 });
    scheduler.add('stations', '/data/stations.json');
    expect(scheduler.state('stations').status).toBe('loading');
    scheduler.start();
    await clock.advance(0);
    expect(scheduler.state('stations')).toMatchObject({ status: 'error', failures: 1 });
    expect(scheduler.state('stations').data).toBeUndefined();
    await clock.advance(5000 + 10_000);
    expect(scheduler.state('stations')).toMatchObject({ status: 'fresh', data: { visits: 7 }, lastSuccessAt: 15_000 });
    scheduler.stop();
  });

  it('stop() cancels every timer, aborts the fetch under way and fetches nothing after', async () => {
    const clock = new FakeClock();
    const { held, fetcher } = heldFetcher();
    const scheduler = new RefreshScheduler<Reading>({ fetcher, interval: 1000, clock, jitter: 0 });
    scheduler.add('a', '/a.json');
    scheduler.add('b', '/b.json', { data: { visits: 3 } });
    scheduler.start();
    await flushPromises();
    expect(held.map((h) => h.url)).toEqual(['/a.json']);
    expect(scheduler.stats()).toMatchObject({ inFlight: 1, timersPending: 2 }); // /a.json's fetch timeout, /b.json's refresh
    scheduler.stop();
    await flushPromises();
    expect(held[0].signal.aborted).toBe(true);
    expect(scheduler.stats()).toMatchObject({ inFlight: 0, timersPending: 0 });
    expect(clock.pending).toBe(0);
    await clock.advance(3_600_000);
    await scheduler.refreshNow();
    expect(held).toHaveLength(1);
    // The aborted fetch did not count as a failure or turn the data stale.
    expect(scheduler.state('b')).toMatchObject({ status: 'fresh', data: { visits: 3 } });
    expect(scheduler.state('a').status).toBe('loading');
  });

  it('stop() in a loop of 1,000 short cycles leaves nothing behind', async () => {
    const clock = new FakeClock();
    const server = fakeServer((call) => (call % 7 === 0 ? 'fail' : call));
    const scheduler = new RefreshScheduler<Reading>({ fetcher: server.fetcher(clock), interval: 10, maxBackoff: 40, clock, jitter: 0 });
    scheduler.add('a', '/a.json');
    scheduler.add('b', '/b.json');
    scheduler.start();
    for (let i = 0; i < 1000; i++) {
      await clock.advance(10);
      expect(scheduler.stats().timersPending).toBeLessThanOrEqual(2);
    }
    const fetched = server.calls.length;
    expect(fetched).toBeGreaterThan(1500);
    scheduler.stop();
    await clock.advance(10_000);
    expect(server.calls.length).toBe(fetched);
    expect(clock.pending).toBe(0);
  });

  it('datasets on one URL share one fetch, and refreshNow joins a fetch under way', async () => {
    const clock = new FakeClock();
    const { held, fetcher } = heldFetcher();
    const scheduler = new RefreshScheduler<Reading>({ fetcher, interval: 1000, clock, jitter: 0 });
    scheduler.add('townships', '/wuxuan/townships.geo.json');
    scheduler.add('outline', '/wuxuan/townships.geo.json');
    scheduler.start();
    await flushPromises();
    const first = scheduler.refreshNow('townships');
    const second = scheduler.refreshNow();
    await flushPromises();
    expect(held).toHaveLength(1);
    held[0].resolve({ visits: 10 });
    await Promise.all([first, second]);
    expect(scheduler.state('townships')).toMatchObject({ status: 'fresh', data: { visits: 10 } });
    expect(scheduler.state('outline')).toMatchObject({ status: 'fresh', data: { visits: 10 } });
    expect(scheduler.stats().fetches).toBe(1);
    scheduler.stop();
  });

  it('a fetch slower than the interval is never overlapped by the next one', async () => {
    const clock = new FakeClock();
    const { held, fetcher } = heldFetcher();
    const scheduler = new RefreshScheduler<Reading>({ fetcher, interval: 1000, clock, jitter: 0, fetchTimeout: 60_000 });
    scheduler.add('funds', '/funds.json', { data: { visits: 1 } });
    scheduler.start();
    await clock.advance(1000);
    expect(held).toHaveLength(1);
    await clock.advance(5000); // still answering: no second request
    expect(held).toHaveLength(1);
    held[0].resolve({ visits: 2 });
    await flushPromises();
    await clock.advance(999);
    expect(held).toHaveLength(1);
    await clock.advance(1);
    expect(held).toHaveLength(2);
    scheduler.stop();
  });

  it('a fetch that hangs is aborted after fetchTimeout and counts as a failure', async () => {
    const clock = new FakeClock();
    const { held, fetcher } = heldFetcher();
    const scheduler = new RefreshScheduler<Reading>({ fetcher, interval: 1000, clock, jitter: 0, fetchTimeout: 3000 });
    scheduler.add('funds', '/funds.json', { data: { visits: 1 }, fetchedAt: 0 });
    scheduler.start();
    await clock.advance(1000 + 3000);
    expect(held[0].signal.aborted).toBe(true);
    const state = scheduler.state('funds');
    expect(state).toMatchObject({ status: 'stale', data: { visits: 1 }, age: 4000, failures: 1 });
    expect((state.error as Error).name).toBe('TimeoutError');
    expect(scheduler.stats()).toMatchObject({ inFlight: 0, timersPending: 1 });
    scheduler.stop();
  });

  it('data passed in as already loaded wait one interval before the first refresh', async () => {
    const clock = new FakeClock();
    const server = fakeServer(() => 2);
    const scheduler = new RefreshScheduler<Reading>({ fetcher: server.fetcher(clock), interval: 30_000, clock, jitter: 0 });
    scheduler.add('kpi', '/kpi.json', { data: { visits: 1 }, fetchedAt: 0 });
    scheduler.start();
    await clock.advance(29_999);
    expect(server.calls).toHaveLength(0);
    expect(scheduler.state('kpi')).toMatchObject({ status: 'fresh', age: 29_999, nextAttemptAt: 30_000 });
    await clock.advance(1);
    expect(server.calls).toHaveLength(1);
    scheduler.stop();
  });

  it('rejects a non-positive interval and unknown datasets', () => {
    expect(() => new RefreshScheduler({ fetcher: async () => 1, interval: 0 })).toThrow(RangeError);
    const scheduler = new RefreshScheduler({ fetcher: async () => 1, interval: 10 });
    expect(() => scheduler.state('nope')).toThrow(/nope/);
    scheduler.add('a', '/a.json');
    expect(() => scheduler.add('a', '/b.json')).toThrow(/already/);
    scheduler.stop();
  });
});
