/**
 * A deadline for one read: `signal` aborts when the caller's signal does or when `ms` have passed,
 * and `timedOut()` tells the two apart (a timeout is an error to show; the caller's abort is not).
 * `done()` clears the timer and the listener; call it in a `finally`.
 */
export interface ReadDeadline {
  signal: AbortSignal;
  timedOut(): boolean;
  done(): void;
}

export function readDeadline(outer: AbortSignal | null | undefined, ms: number): ReadDeadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const abort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', abort, { once: true });
  if (outer?.aborted) abort();
  return {
    signal: controller.signal,
    timedOut: () => controller.signal.aborted && !outer?.aborted,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abort);
    },
  };
}
