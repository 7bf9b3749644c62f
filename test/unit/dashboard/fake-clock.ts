import type { Clock } from '../../../packages/core/src/index.ts';

interface FakeTimer {
  at: number;
  order: number;
  callback: () => void;
}

/** Let every pending promise callback run (fetchers here resolve on microtasks). */
export function flushPromises(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A manual clock: time moves only when a test advances it, firing due timers in order. */
export class FakeClock implements Clock {
  time = 0;
  readonly #timers = new Map<number, FakeTimer>();
  #nextId = 1;
  #order = 0;

  get pending(): number {
    return this.#timers.size;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.time + Math.max(0, ms), order: this.#order++, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Move time forward by `ms`, firing each timer at its due time and settling promises after each. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await flushPromises();
    for (;;) {
      const due = [...this.#timers.entries()]
        .filter(([, timer]) => timer.at <= end)
        .sort(([, a], [, b]) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      const [id, timer] = due;
      this.#timers.delete(id);
      this.time = timer.at;
      timer.callback();
      await flushPromises();
    }
    this.time = end;
  }
}
