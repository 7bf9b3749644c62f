import type { ReactiveControllerHost } from 'lit';
import type { Clock, LoadedSpec, Selection } from '@tongxin/core';
import type { Locale, ThemeName } from '@tongxin/spec';

/** The properties every Tongxin element has; the controllers read them. */
export type TxViewHost = ReactiveControllerHost & HTMLElement & {
  src?: string;
  spec?: unknown;
  /** A spec already validated and loaded (`loadSpec`); a dashboard hands its views this. */
  loaded?: LoadedSpec;
  /** A linked selection filtering the view's records. */
  filter?: Selection;
  /** Key of the item shown selected (a dashboard's linked selection, on the view it was picked in); null: none; unset: what a click selects. */
  selected?: string | null;
  theme?: ThemeName;
  locale?: Locale;
  /** Id of the view to draw when the spec is a dashboard. */
  view?: string;
  /** Canvas pixel ratio (big screens: device ratio × scale). */
  pixelRatio?: number;
  /** Decal patterns on areas and bars. */
  decal?: boolean;
  /** The time a spec's `refresh` runs on (a `Clock` from @tongxin/core); default the system clock. */
  clock?: Clock;
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/** Lit property declarations shared by every element (spread into `static properties`). */
export const viewProperties = {
  src: { type: String },
  spec: { attribute: false },
  loaded: { attribute: false },
  filter: { attribute: false },
  selected: { attribute: false },
  theme: { type: String },
  locale: { type: String },
  view: { type: String },
  pixelRatio: { type: Number, attribute: 'pixel-ratio' },
  decal: { type: Boolean },
  clock: { attribute: false },
} as const;
