/** Helpers for the browser tests: mount an element and wait for it, read its canvas. */
import '@tongxin/elements/define.js';
import { getInstanceByDom } from '@tongxin/elements/echarts.js';
import type { TxErrorEvent, TxRenderEvent } from '@tongxin/elements';

export type TxElement = HTMLElement & {
  spec?: unknown;
  src?: string;
  theme?: string;
  locale?: string;
  updateComplete: Promise<boolean>;
  pointOf(key: string): { x: number; y: number } | undefined;
  toCSV(): string | undefined;
  toImage?(): string | undefined;
  toSVG?(): Promise<string | undefined>;
  chart?: ReturnType<typeof getInstanceByDom>;
  option?: Record<string, unknown>;
};

/** Wait for an event on `target`, failing after `ms`. */
export function nextEvent<E extends Event>(target: EventTarget, type: string, ms = 10000): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    target.addEventListener(type, (e) => {
      clearTimeout(timer);
      resolve(e as E);
    }, { once: true });
  });
}

/** Create `tag` at a fixed size, set properties/attributes, append it, and wait for tx-render or tx-error. */
export async function mount(tag: string, setup: { spec?: unknown; attrs?: Record<string, string>; width?: number } = {}):
  Promise<{ el: TxElement; event: TxRenderEvent | TxErrorEvent }> {
  const el = document.createElement(tag) as TxElement;
  el.style.width = `${setup.width ?? 640}px`;
  for (const [k, v] of Object.entries(setup.attrs ?? {})) el.setAttribute(k, v);
  if (setup.spec) el.spec = setup.spec;
  const settled = Promise.race([nextEvent<TxRenderEvent>(el, 'tx-render'), nextEvent<TxErrorEvent>(el, 'tx-error')]);
  document.body.append(el);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

/** Open the element's data table (its rows are rendered only while it is open) and wait for the rows. */
export async function openTable(el: TxElement): Promise<HTMLDetailsElement> {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="table"]');
  if (!details) throw new Error('no data table');
  const toggled = nextEvent(details, 'toggle');
  details.open = true;
  await toggled;
  await el.updateComplete;
  return details;
}

/** The chart container inside the element's shadow root. */
export function chartContainer(el: HTMLElement): HTMLElement {
  const container = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]');
  if (!container) throw new Error('no chart container');
  return container;
}

/** The ECharts instance on the element's container, from the shared registry. */
export function instanceOf(el: HTMLElement) {
  return getInstanceByDom(chartContainer(el));
}

/** Pixels of the chart's canvas that are not transparent / not the background colour. */
export function paintedPixels(el: HTMLElement, background?: [number, number, number]): { painted: number; total: number } {
  const canvas = chartContainer(el).querySelector('canvas');
  if (!canvas) throw new Error('no canvas');
  const ctx = canvas.getContext('2d')!;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] === 0) continue;
    if (background && Math.abs(data[i] - background[0]) + Math.abs(data[i + 1] - background[1]) + Math.abs(data[i + 2] - background[2]) < 6) continue;
    painted++;
  }
  return { painted, total: data.length / 4 };
}

/** Text of the element's shadow root, whitespace collapsed. */
export function shadowText(el: HTMLElement): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function cleanup(): void {
  for (const el of [...document.body.children]) if (el.tagName.startsWith('TX-')) el.remove();
}

/**
 * ECharts' whole option as drawn (`getOption()`), functions as their source, as JSON values; a
 * component removed by a replace leaves a null in its list, which draws nothing, and only the
 * selected items of a `selectedMap` are kept. 'no chart' when the element has no ECharts instance.
 */
export function drawnOption(el: Element): unknown {
  const chart = (el as Element & { chart?: { getOption(): Record<string, unknown> } }).chart;
  if (!chart) return 'no chart';
  const option = chart.getOption();
  for (const [key, value] of Object.entries(option)) if (Array.isArray(value)) option[key] = value.filter((item) => item !== null);
  // What is selected, not what once was: `false` entries are unselected items.
  for (const list of [option.series, option.geo]) {
    for (const component of (list ?? []) as Record<string, unknown>[]) {
      const selected = Object.entries((component.selectedMap ?? {}) as Record<string, boolean>).filter(([, on]) => on);
      if (selected.length) component.selectedMap = Object.fromEntries(selected);
      else delete component.selectedMap;
    }
  }
  return JSON.parse(JSON.stringify(option, (_k, v: unknown) => (typeof v === 'function' ? String(v) : v)));
}

/** Where two JSON values differ, as paths with both values (empty when they draw the same). */
export function differences(a: unknown, b: unknown, path = ''): string[] {
  // ECharts writes null for what is unset (a graphic's `left` once `right` is merged in), and
  // normalises some options to empty objects (`emphasis: { label: {} }`): the same drawing as unset.
  if (JSON.stringify(a) === JSON.stringify(b) || (unset(a) && unset(b))) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`));
  }
  return [`${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`];
}

/** Nothing set: null, undefined, or an object whose every value is unset. */
function unset(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(unset);
}
