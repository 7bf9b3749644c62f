/**
 * One render function for every Tongxin element story: the story's args become the
 * element's attributes (strings, numbers, booleans), properties (`spec` and other objects)
 * and CSS custom properties (`--tx-…`, from the docs page's controls); its events go to
 * the Actions panel.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';

export const TX_EVENTS = ['tx-select', 'tx-render', 'tx-error'] as const;

/** What a story may set; the docs page adds one control per attribute, property and CSS property. */
export interface ElementArgs {
  src?: string;
  spec?: object;
  theme?: string;
  locale?: string;
  [name: string]: unknown;
}

/** Per-story layout of the element (not element API). */
export interface ElementParameters {
  /** CSS height of the element box. Default: none — the element sizes itself (`--tx-<element>-height`). */
  height?: string;
  /** CSS width. Default 100%. */
  width?: string;
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Creates `tag` from the story's args. */
export function createElement(tag: string, args: ElementArgs, layout: ElementParameters = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    // Event args (`onTx-select`) and shadow-part args are documentation only.
    if (typeof value === 'function') continue;
    if (name.startsWith('--')) el.style.setProperty(name, String(value));
    else if (typeof value === 'object') (el as unknown as Record<string, unknown>)[name] = value;
    else if (typeof value === 'boolean') el.toggleAttribute(kebab(name), value);
    else el.setAttribute(kebab(name), String(value));
  }
  el.style.display = 'block';
  el.style.width = layout.width ?? '100%';
  if (layout.height) el.style.height = layout.height;
  for (const type of TX_EVENTS) {
    const log = action(type);
    el.addEventListener(type, (event) => log((event as CustomEvent).detail));
  }
  return el;
}

/** The `render` of an element's stories; what a story's loaders return (e.g. a `spec`) joins its args. */
export function renderElement(tag: string) {
  return (args: ElementArgs, context: StoryContext): HTMLElement =>
    createElement(tag, { ...args, ...(context.loaded as ElementArgs | undefined) }, (context.parameters.tx ?? {}) as ElementParameters);
}
