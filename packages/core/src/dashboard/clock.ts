/**
 * Time as the dashboard's schedulers see it. Injected so tests drive a fake clock through
 * thousands of cycles in milliseconds, and so a scheduler can count its own timers.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock: `Date.now` and the global timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A clock that remembers which of its timers are still pending, so an owner can cancel
 * them all at once and a long-run test can check that their number does not grow.
 */
export class TrackedTimers {
  readonly #clock: Clock;
  readonly #pending = new Set<unknown>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  get pending(): number {
    return this.#pending.size;
  }

  now(): number {
    return this.#clock.now();
  }

  set(callback: () => void, ms: number): unknown {
    const handle = this.#clock.setTimeout(() => {
      this.#pending.delete(handle);
      callback();
    }, Math.max(0, ms));
    this.#pending.add(handle);
    return handle;
  }

  clear(handle: unknown): void {
    if (handle === undefined || !this.#pending.has(handle)) return;
    this.#pending.delete(handle);
    this.#clock.clearTimeout(handle);
  }

  clearAll(): void {
    for (const handle of this.#pending) this.#clock.clearTimeout(handle);
    this.#pending.clear();
  }
}
