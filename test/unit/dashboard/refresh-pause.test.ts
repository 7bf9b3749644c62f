/** RefreshScheduler.pause()/resume() (hidden page, element moved) and `repeat: false` (a spec without refresh). */
import { describe, expect, it } from 'vitest';
import { RefreshScheduler } from '../../../packages/core/src/index.ts';
import { FakeClock } from './fake-clock.ts';

function countingFetcher(clock: FakeClock, answer: (call: number) => number | 'fail' | 'hang' = (call) => call) {
  const calls: number[] = [];
  const fetcher = (_url: string, signal: AbortSignal) => {
    calls.push(clock.now());
    const reply = answer(calls.length);
    if (reply === 'hang') return new Promise<number>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    return reply === 'fail' ? Promise.reject(new Error('HTTP 500')) : Promise.resolve(reply);
  };
  return { calls, fetcher };
}

describe('RefreshScheduler pause and resume', () => {
  it('paused: no timer pending and nothing fetched however long; resume fetches an overdue URL once, at once', async () => {
    const clock = new FakeClock();
    const server = countingFetcher(clock);
    const scheduler = new RefreshScheduler<number>({ fetcher: server.fetcher, interval: 10_000, clock, jitter: 0 });
    scheduler.add('a', '/a.json');
    scheduler.add('b', '/b.json');
    scheduler.start();
    await clock.advance(0);
    expect(server.calls).toEqual([0, 0]);
    scheduler.pause();
    expect(scheduler.stats().timersPending).toBe(0);
    expect(clock.pending).toBe(0);
    await clock.advance(120_000);
    expect(server.calls).toHaveLength(2);
    scheduler.resume();
    await clock.advance(0);
    expect(server.calls).toEqual([0, 0, 120_000, 120_000]);
    // Then the normal rhythm again.
    await clock.advance(10_000);
    expect(server.calls.slice(4)).toEqual([130_000, 130_000]);
    scheduler.stop();
  });

  it('resumed before its due time, a URL keeps its place in the rhythm', async () => {
    const clock = new FakeClock();
    const server = countingFetcher(clock);
    const scheduler = new RefreshScheduler<number>({ fetcher: server.fetcher, interval: 10_000, clock, jitter: 0 });
    scheduler.add('a', '/a.json');
    scheduler.start();
    await clock.advance(3_000);
    scheduler.pause();
    await clock.advance(2_000);
    scheduler.resume();
    await clock.advance(5_000);
    expect(server.calls).toEqual([0, 10_000]);
    scheduler.stop();
  });

  it('a fetch in flight when paused is aborted without counting as a failure, and runs again on resume', async () => {
    const clock = new FakeClock();
    const server = countingFetcher(clock, (call) => (call === 1 ? 'hang' : 7));
    const scheduler = new RefreshScheduler<number>({ fetcher: server.fetcher, interval: 10_000, clock, jitter: 0 });
    scheduler.add('a', '/a.json');
    scheduler.start();
    await clock.advance(1_000);
    scheduler.pause();
    await clock.advance(60_000);
    expect(scheduler.state('a')).toMatchObject({ status: 'loading', failures: 0 });
    expect(scheduler.stats()).toMatchObject({ failures: 0, inFlight: 0, timersPending: 0 });
    scheduler.resume();
    await clock.advance(0);
    expect(server.calls).toEqual([0, 61_000]);
    expect(scheduler.state('a')).toMatchObject({ status: 'fresh', data: 7 });
    scheduler.stop();
  });

  it('paused during a back-off, the retry falls due at the same time', async () => {
    const clock = new FakeClock();
    const server = countingFetcher(clock, (call) => (call <= 2 ? 'fail' : call));
    const scheduler = new RefreshScheduler<number>({ fetcher: server.fetcher, interval: 10_000, clock, jitter: 0 });
    scheduler.add('a', '/a.json');
    scheduler.start();
    await clock.advance(10_000); // fail at 0, retry at 10 s fails, next at 30 s
    expect(server.calls).toEqual([0, 10_000]);
    scheduler.pause();
    await clock.advance(25_000);
    scheduler.resume();
    await clock.advance(0);
    expect(server.calls).toEqual([0, 10_000, 35_000]);
    expect(scheduler.state('a').status).toBe('fresh');
    scheduler.stop();
  });
});

describe('RefreshScheduler repeat: false', () => {
  it('retries a failing URL with the back-off until it succeeds, then fetches nothing more', async () => {
    const clock = new FakeClock();
    const server = countingFetcher(clock, (call) => (call <= 3 ? 'fail' : call));
    const scheduler = new RefreshScheduler<number>({ fetcher: server.fetcher, interval: 10_000, repeat: false, clock, jitter: 0 });
    scheduler.add('a', '/a.json');
    scheduler.start();
    await clock.advance(600_000);
    expect(server.calls).toEqual([0, 10_000, 30_000, 70_000]);
    expect(scheduler.state('a')).toMatchObject({ status: 'fresh', data: 4 });
    expect(scheduler.stats().timersPending).toBe(0);
    scheduler.stop();
  });
});

describe('RefreshScheduler abort reasons', () => {
  it('a fetcher that turns the abort into its own error (loadData does) still fails with the timeout, and a pause is still no failure', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const fetcher = (_url: string, signal: AbortSignal) => {
      calls++;
      return new Promise<number>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted: my own wording')), { once: true }));
    };
    const scheduler = new RefreshScheduler<number>({ fetcher, interval: 10_000, fetchTimeout: 2000, clock, jitter: 0 });
    scheduler.add('a', '/a.json');
    scheduler.start();
    await clock.advance(2000);
    expect(scheduler.state('a')).toMatchObject({ status: 'error', failures: 1 });
    expect((scheduler.state('a').error as Error).name).toBe('TimeoutError');
    await clock.advance(10_000); // the retry starts
    scheduler.pause();
    await clock.advance(0);
    expect(scheduler.state('a').failures).toBe(1);
    expect(calls).toBe(2);
    scheduler.stop();
  });
});
