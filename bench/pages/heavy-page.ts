/**
 * The page bench/heavy-spec.ts drives: loads one spec URL into a <tx-fund-chart> while a
 * PerformanceObserver records long tasks and a requestAnimationFrame loop records the longest gap
 * between frames. Modes:
 *   before    what an element did before issue 11: core's loadSpec on the page, then `loaded`
 *   worker    the element's `src` (loadSpecOffThread: the load-spec worker)
 *   fallback  the element's `src` with Worker deleted (the page loads, yielding between steps)
 * and the same loads without an element (steps 1–5 only: `loadOnly`).
 * Plus the raw structured-clone cost of the records, and the worker round trip for small specs.
 */
import '@tongxin/elements/define.js';
import { loadSpec } from '@tongxin/core';
import { fetchSpecText } from '../../packages/elements/src/shared/fetch-spec.ts';
import { loadSpecOffThread } from '../../packages/elements/src/shared/load-spec-off-thread.ts';

type Mode = 'before' | 'worker' | 'fallback';

declare global {
  interface Window {
    benchReady?: boolean;
    heavy: typeof heavy;
  }
}

interface Measured {
  mode: Mode;
  /** Append (or fetch, for `before`) → tx-render, ms. */
  total: number;
  longestTask: number;
  longTasks: number;
  /** Sum of long tasks' time over 50 ms (Total Blocking Time). */
  blocking: number;
  longestFrameGap: number;
  /** Loading-state texts seen. */
  texts: string[];
}

const stage = document.getElementById('stage')!;

function monitor() {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let last = performance.now();
  let longestGap = 0;
  let running = true;
  const frame = (now: number) => {
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    async stop() {
      // Long-task entries arrive after their task: give the observer a frame.
      await new Promise((done) => setTimeout(done, 100));
      running = false;
      observer.disconnect();
      for (const entry of observer.takeRecords()) tasks.push(entry.duration);
      return { longestTask: Math.max(0, ...tasks), longTasks: tasks.length, blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0), longestFrameGap: longestGap };
    },
  };
}

function settle(el: HTMLElement): Promise<void> {
  return new Promise((done, fail) => {
    el.addEventListener('tx-render', () => done(), { once: true });
    el.addEventListener('tx-error', (e) => fail(new Error(JSON.stringify((e as CustomEvent).detail).slice(0, 500))), { once: true });
  });
}

const heavy = {
  async load(mode: Mode, src: string): Promise<Measured> {
    stage.replaceChildren();
    await new Promise((done) => setTimeout(done, 200));
    const Original = globalThis.Worker;
    const el = document.createElement('tx-fund-chart') as HTMLElement & { loaded?: unknown; src?: string };
    el.style.cssText = 'display:block;width:800px;height:500px';
    const texts: string[] = [];
    const watcher = new MutationObserver(() => {
      const text = el.shadowRoot?.querySelector('[part~="loading"]')?.textContent?.trim();
      if (text && texts.at(-1) !== text) texts.push(text);
    });
    const watch = () => (el.shadowRoot ? watcher.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true }) : requestAnimationFrame(watch));
    const probe = monitor();
    const started = performance.now();
    try {
      const drawn = settle(el);
      if (mode === 'before') {
        const url = new URL(src, location.href).href;
        const text = await (await fetch(url)).text();
        el.loaded = await loadSpec({ text, url });
        stage.append(el);
      } else {
        // @ts-expect-error: a page without workers
        if (mode === 'fallback') delete globalThis.Worker;
        el.setAttribute('src', src);
        stage.append(el);
        watch();
      }
      await drawn;
      const total = performance.now() - started;
      return { mode, total, ...(await probe.stop()), texts };
    } finally {
      globalThis.Worker = Original;
      watcher.disconnect();
    }
  },

  /** Steps 1–5 alone (no element, no drawing): core's loadSpec on the page, or loadSpecOffThread. */
  async loadOnly(mode: 'before' | 'worker', src: string): Promise<Omit<Measured, 'mode' | 'texts'> & { records: number }> {
    await new Promise((done) => setTimeout(done, 200));
    const probe = monitor();
    const started = performance.now();
    const url = new URL(src, location.href).href;
    // As the element reads `src`: before, response.text(); now, fetchSpecText (decoded piece by piece).
    const text = mode === 'before' ? await (await fetch(url)).text() : await fetchSpecText(url, new AbortController().signal);
    const loaded = mode === 'before' ? await loadSpec({ text, url }) : await loadSpecOffThread({ text, url });
    const total = performance.now() - started;
    return { total, ...(await probe.stop()), records: loaded.data.datasets.funds.records?.length ?? 0 };
  },

  /** structuredClone of the spec's records (serialize + deserialize, one thread), whole and per chunk. */
  async cloneCost(src: string, chunk: number): Promise<{ records: number; whole: number; perChunk: number }> {
    const text = await (await fetch(src)).text();
    const records = (JSON.parse(text) as { datasets: { funds: { values: unknown[] } } }).datasets.funds.values;
    let started = performance.now();
    structuredClone(records);
    const whole = performance.now() - started;
    const part = records.slice(0, chunk);
    started = performance.now();
    for (let i = 0; i < 5; i++) structuredClone(part);
    return { records: records.length, whole, perChunk: (performance.now() - started) / 5 };
  },

  /** loadSpecOffThread on the page and in a worker for one spec text: median of `rounds`. */
  async roundTrip(src: string, rounds: number): Promise<{ page: number; worker: number }> {
    const url = new URL(src, location.href).href;
    const text = await (await fetch(url)).text();
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (thread: 'never' | 'always') => {
      const samples: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const started = performance.now();
        await loadSpecOffThread({ text, url }, { thread });
        samples.push(performance.now() - started);
      }
      return median(samples);
    };
    await time('always');
    return { page: await time('never'), worker: await time('always') };
  },
};

window.heavy = heavy;
window.benchReady = true;
