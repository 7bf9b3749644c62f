import { systemClock, TrackedTimers, type Clock } from './clock.ts';

export interface TourOptions {
  /** Number of stops (regions of the toured map). */
  count: number;
  /** Time on each stop, ms. */
  interval: number;
  /** After the last user interaction, wait this long before touring again. Default 3 × interval. */
  resumeAfter?: number;
  clock?: Clock;
  /** Called with the stop to show, or -1 when the tour pauses and the highlight should clear. */
  onStep: (index: number) => void;
}

/** Why the tour is not moving. */
export interface TourPauses {
  /** A person touched the screen recently. */
  interaction: boolean;
  /** The page is hidden (another tab, screen off): no point animating. */
  hidden: boolean;
  /** Stopped for good. */
  stopped: boolean;
}

/**
 * A big screen's highlight tour: step through `count` regions every `interval`; pause as
 * soon as a person interacts and pick up again after `resumeAfter` of quiet; pause while
 * the document is hidden. Pure apart from the injected clock: the element wires events.
 */
export class TourSequencer {
  readonly #options: TourOptions;
  readonly #timers: TrackedTimers;
  #index = -1;
  /** Last stop shown, kept through pauses so the tour picks up where it left off. */
  #position = -1;
  #running = false;
  #stepTimer: unknown;
  #resumeTimer: unknown;
  #pauses: TourPauses = { interaction: false, hidden: false, stopped: false };

  constructor(options: TourOptions) {
    if (!(options.interval > 0)) throw new RangeError(`tour interval must be positive, got ${options.interval}`);
    this.#options = options;
    this.#timers = new TrackedTimers(options.clock ?? systemClock);
  }

  /** The stop shown now, or -1. */
  get index(): number {
    return this.#index;
  }

  get paused(): boolean {
    return !this.#running || this.#pauses.interaction || this.#pauses.hidden || this.#pauses.stopped;
  }

  get pauses(): Readonly<TourPauses> {
    return { ...this.#pauses };
  }

  /** Timers pending (at most two: the next step and the resume). */
  get timersPending(): number {
    return this.#timers.pending;
  }

  /** Show the first stop now, then step every interval. */
  start(): void {
    if (this.#running || this.#pauses.stopped) return;
    this.#running = true;
    this.#advance();
  }

  /** A person touched the screen: stop moving, clear the highlight, resume after quiet. */
  interact(): void {
    if (!this.#running || this.#pauses.stopped) return;
    const wasMoving = !this.paused;
    this.#pauses.interaction = true;
    this.#timers.clear(this.#stepTimer);
    this.#stepTimer = undefined;
    this.#timers.clear(this.#resumeTimer);
    this.#resumeTimer = this.#timers.set(() => {
      this.#resumeTimer = undefined;
      this.#pauses.interaction = false;
      if (!this.paused) this.#advance();
    }, this.#options.resumeAfter ?? this.#options.interval * 3);
    if (wasMoving) this.#show(-1);
  }

  /** The document's visibility changed. */
  setHidden(hidden: boolean): void {
    if (this.#pauses.hidden === hidden || this.#pauses.stopped) return;
    this.#pauses.hidden = hidden;
    if (hidden) {
      this.#timers.clear(this.#stepTimer);
      this.#stepTimer = undefined;
    } else if (!this.paused) {
      this.#advance();
    }
  }

  /** The number of stops changed (a new map was loaded): restart from the first. */
  setCount(count: number): void {
    this.#options.count = count;
    if (this.#position >= count) this.#position = -1;
  }

  /** Cancel every timer. Final. */
  stop(): void {
    this.#pauses.stopped = true;
    this.#running = false;
    this.#timers.clearAll();
    this.#stepTimer = this.#resumeTimer = undefined;
  }

  #advance(): void {
    const { count, interval } = this.#options;
    if (count <= 0) {
      this.#show(-1);
    } else {
      this.#position = (this.#position + 1) % count;
      this.#show(this.#position);
    }
    this.#timers.clear(this.#stepTimer);
    this.#stepTimer = this.#timers.set(() => {
      this.#stepTimer = undefined;
      if (!this.paused) this.#advance();
    }, interval);
  }

  #show(index: number): void {
    if (index === this.#index && index === -1) return;
    this.#index = index;
    this.#options.onStep(index);
  }
}
