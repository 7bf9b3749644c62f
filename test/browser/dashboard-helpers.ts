/** Helpers for the <tx-dashboard> browser tests. */
import '../../packages/elements/src/dashboard/define.ts';
import type { TxDashboard } from '../../packages/elements/src/dashboard/index.ts';
import type { Clock } from '../../packages/core/src/index.ts';

export type { TxDashboard };

/** Poll `check` every 20 ms until it returns a truthy value, failing after `ms`. */
export async function until<T>(check: () => T | Promise<T>, what: string, ms = 15_000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The view elements the dashboard drew, by view id. */
export function views(dashboard: HTMLElement): Map<string, HTMLElement & { option?: Record<string, unknown>; pointOf?(key: string): { x: number; y: number } | undefined }> {
  const cells = dashboard.shadowRoot?.querySelectorAll<HTMLElement>('.cell') ?? [];
  return new Map([...cells].map((cell) => [cell.dataset.view!, cell.firstElementChild as HTMLElement]));
}

/** Every view has drawn: charts have a canvas, KPI views their cards. */
export function allDrawn(dashboard: HTMLElement): boolean {
  const elements = [...views(dashboard).values()];
  return elements.length > 0 && elements.every((el) => el.shadowRoot?.querySelector('[part="chart"] canvas, [part~="cards"]'));
}

/** Text of the dashboard header, whitespace collapsed. */
export function headerText(dashboard: HTMLElement): string {
  return (dashboard.shadowRoot?.querySelector('[part="header"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every canvas under `root`, through shadow roots. */
export function canvases(root: Element | ShadowRoot): HTMLCanvasElement[] {
  const found: HTMLCanvasElement[] = [...root.querySelectorAll('canvas')];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...canvases(el.shadowRoot));
  return found;
}

/**
 * A stand-in network for URLs under /virtual/: each request is answered by `respond`
 * (a body to send as JSON, or an HTTP status to fail with). Other URLs go to the real fetch.
 */
export function fakeNetwork(respond: (url: string, call: number) => unknown | { status: number }) {
  const realFetch = globalThis.fetch;
  const calls: string[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/virtual/')) return realFetch(input, init);
    init?.signal?.throwIfAborted();
    calls.push(url);
    const answer = respond(url, calls.length);
    if (answer && typeof answer === 'object' && 'status' in answer && typeof (answer as { status: unknown }).status === 'number') {
      return new Response('unavailable', { status: (answer as { status: number }).status });
    }
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { calls, restore: () => { globalThis.fetch = realFetch; } };
}

/**
 * A clock that runs `factor` times faster than the wall: specs keep realistic durations (a
 * refresh is at least 5 s, a tour stop 1 s) and the tests still see many cycles in seconds.
 */
export function fastClock(factor: number): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * factor,
    setTimeout: (callback, ms) => setTimeout(callback, ms / factor),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

/** Create a dashboard in a host box of the given size and wait for every view to draw. */
export async function mountDashboard(setup: { src?: string; spec?: unknown; width: number; height: number; attrs?: Record<string, string>; clock?: Clock }): Promise<{ host: HTMLElement; dashboard: TxDashboard }> {
  const host = document.createElement('div');
  host.style.cssText = `position:absolute;left:0;top:0;width:${setup.width}px;height:${setup.height}px;`;
  const dashboard = document.createElement('tx-dashboard');
  dashboard.style.cssText = 'width:100%;height:100%;';
  for (const [k, v] of Object.entries(setup.attrs ?? {})) dashboard.setAttribute(k, v);
  if (setup.clock) dashboard.clock = setup.clock;
  if (setup.src) dashboard.src = setup.src;
  if (setup.spec) dashboard.spec = setup.spec as never;
  host.append(dashboard);
  document.body.append(host);
  await until(() => allDrawn(dashboard), 'every view to draw');
  await dashboard.updateComplete;
  return { host, dashboard };
}
