import { describe, expect, it } from 'vitest';
import { TourSequencer } from '../../../packages/core/src/index.ts';
import { FakeClock } from './fake-clock.ts';

function tour(count = 3, resumeAfter?: number) {
  const clock = new FakeClock();
  const steps: number[] = [];
  const sequencer = new TourSequencer({ count, interval: 8000, resumeAfter, clock, onStep: (i) => steps.push(i) });
  return { clock, steps, sequencer };
}

describe('TourSequencer', () => {
  it('shows the first region at once, then the next every interval, wrapping round', async () => {
    const { clock, steps, sequencer } = tour(3);
    sequencer.start();
    expect(steps).toEqual([0]);
    await clock.advance(8000 * 4);
    expect(steps).toEqual([0, 1, 2, 0, 1]);
    expect(sequencer.index).toBe(1);
    expect(sequencer.timersPending).toBe(1);
    sequencer.stop();
  });

  it('pauses on interaction, clears the highlight and resumes where it was after quiet', async () => {
    const { clock, steps, sequencer } = tour(4, 20_000);
    sequencer.start();
    await clock.advance(8000); // 0, 1
    sequencer.interact();
    expect(sequencer.paused).toBe(true);
    expect(steps).toEqual([0, 1, -1]);
    await clock.advance(15_000);
    sequencer.interact(); // still touching: the quiet period starts again
    await clock.advance(19_999);
    expect(steps).toEqual([0, 1, -1]);
    await clock.advance(1);
    expect(steps).toEqual([0, 1, -1, 2]);
    expect(sequencer.paused).toBe(false);
    await clock.advance(8000);
    expect(steps.at(-1)).toBe(3);
    sequencer.stop();
  });

  it('does not move while the document is hidden and continues when shown', async () => {
    const { clock, steps, sequencer } = tour(3);
    sequencer.start();
    sequencer.setHidden(true);
    await clock.advance(60_000);
    expect(steps).toEqual([0]);
    expect(sequencer.timersPending).toBe(0);
    sequencer.setHidden(false);
    expect(steps).toEqual([0, 1]);
    sequencer.stop();
  });

  it('an interaction ending while hidden waits for the page to show again', async () => {
    const { clock, steps, sequencer } = tour(3, 1000);
    sequencer.start();
    sequencer.interact();
    sequencer.setHidden(true);
    await clock.advance(5000);
    expect(steps).toEqual([0, -1]);
    sequencer.setHidden(false);
    expect(steps).toEqual([0, -1, 1]);
    sequencer.stop();
  });

  it('keeps at most two timers over a day of touring and none after stop', async () => {
    const { clock, steps, sequencer } = tour(10, 16_000);
    sequencer.start();
    for (let i = 0; i < 1000; i++) {
      await clock.advance(8000);
      if (i % 50 === 0) sequencer.interact();
      expect(sequencer.timersPending).toBeLessThanOrEqual(2);
    }
    expect(steps.filter((s) => s >= 0).length).toBeGreaterThan(900);
    sequencer.stop();
    expect(clock.pending).toBe(0);
    const shown = steps.length;
    await clock.advance(100_000);
    sequencer.start();
    sequencer.interact();
    expect(steps.length).toBe(shown);
  });

  it('with no regions it shows nothing', async () => {
    const { clock, steps, sequencer } = tour(0);
    sequencer.start();
    await clock.advance(40_000);
    expect(steps).toEqual([]);
    expect(sequencer.index).toBe(-1);
    sequencer.setCount(2);
    await clock.advance(8000);
    expect(steps).toEqual([0]);
    sequencer.stop();
  });
});
