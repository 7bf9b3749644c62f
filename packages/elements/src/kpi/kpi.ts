import { LitElement, css, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { KpiItem, Locale, Qualifier, Spec, ThemeName, Unit } from '@tongxin/spec';
import { compileKpi } from '@tongxin/core';
import { ViewController } from '../controllers/view-controller.ts';
import { frameStyles, srOnlyStyles } from '../shared/frame-styles.ts';
import { viewProperties } from '../shared/view-host.ts';
import { renderKpiCards } from './kpi-cards.ts';
import { KpiFitController } from './kpi-fit-controller.ts';
import type { LoadedSpec, Selection } from '@tongxin/core';

/**
 * @summary Headline figures as cards: value with unit and qualifier, change against the previous period, source. HTML, no canvas.
 *
 * @attr src - URL of a spec; dataset URLs resolve relative to it.
 * @attr label - One figure without a spec: what is counted (e.g. 热线来电).
 * @attr value - Its number.
 * @attr unit - `count`, `percent`, `yuan`, `person-times`, `people`, `mu` or `work-days`.
 * @attr unit-label - Unit word when `unit` has none (件, 场次).
 * @attr qualifier - `over`, `about` or `at-least`.
 * @attr previous - The figure one period earlier.
 * @attr theme - `portal` or `bigscreen`; overrides the spec's.
 * @attr locale - `zh-CN` or `en`; overrides the spec's.
 * @attr view - Id of the view to draw when the spec is a dashboard.
 *
 * @fires tx-select - A card was chosen (click or Enter); detail `{ viewId, key, name, value }`.
 * @fires tx-render - The cards are drawn.
 * @fires tx-error - The spec or its data could not be used; detail `{ kind, errors: [{ path, message, hint }] }`.
 *
 * @csspart frame - The box around everything.
 * @csspart header - Title, badges and description.
 * @csspart cards - The grid of cards.
 * @csspart card - One figure (a button).
 * @csspart card-label - What is counted.
 * @csspart card-value - The figure with unit and qualifier.
 * @csspart card-change - Change against the previous period.
 * @csspart card-source - Where the figure comes from.
 * @csspart status - The loading, empty and error overlay.
 * @csspart table - The data table (a `<details>`).
 *
 * @cssproperty --tx-kpi-min-card-width - Narrowest card before the grid wraps. Default `11em`.
 * @cssproperty --tx-kpi-label-min-size - Smallest card label when the cards are shrunk to fit their room (a longer label takes two lines, then an ellipsis). Default `12px`.
 * @cssproperty --tx-kpi-value-size - Size of the figure. Default `2em`.
 * @cssproperty --tx-kpi-value-color - Colour of the figure. Default: the theme's first palette colour.
 * @cssproperty --tx-color-surface - Frame background.
 * @cssproperty --tx-color-text - Text colour.
 * @cssproperty --tx-font-family - Font.
 */
export class TxKpi extends LitElement {
  static override properties: PropertyDeclarations = {
    ...viewProperties,
    label: { type: String },
    value: { type: Number },
    unit: { type: String },
    unitLabel: { type: String, attribute: 'unit-label' },
    qualifier: { type: String },
    previous: { type: Number },
  };

  static override styles = [frameStyles, srOnlyStyles, css`
    /* No chart to cover: states take their own room, and empty cards none. */
    .status { position: static; }
    .cards:empty { display: none; }
    .cards {
      /* Shrunk as one by KpiFitController where the cards are taller than their room. */
      font-size: calc(1em * var(--_cards-fit, 1));
      display: grid;
      /* --_card-min: what the widest figure needs (KpiFitController), so long figures wrap the grid. */
      grid-template-columns: repeat(auto-fit, minmax(min(100%, max(var(--tx-kpi-min-card-width, 11em), var(--_card-min, 0px))), 1fr));
      gap: 0.75em;
      min-height: 5em;
    }
    .card {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.3em;
      padding: 0.75em 0.9em;
      font: inherit;
      text-align: start;
      color: var(--_text);
      background: var(--_card-background, transparent);
      border: 1px solid var(--_border);
      border-radius: 6px;
      cursor: pointer;
      /* A grid item is as wide as its content by default: a long figure would widen the card. */
      min-width: 0;
    }
    .card:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
    .card-label {
      /* Never below a legible size when the grid is shrunk to fit (cards on two rows): the label
         takes a second line, then ends in an ellipsis; the whole of it stays in the DOM and in title. */
      font-size: max(var(--tx-kpi-label-min-size, 12px), 0.9em);
      line-height: 1.3;
      color: var(--_text-muted);
      overflow-wrap: anywhere;
      max-width: 100%;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .card-value {
      /* One line, figure and unit together (never 30万 / 元, 4次以 / 上, person- / times): the
         size is fitted to the card by KpiFitController instead. */
      font-size: calc(var(--tx-kpi-value-size, 2em) * var(--_value-fit, 1));
      white-space: nowrap;
      /* As wide as the figure, up to the card: its scrollWidth is then the figure's own width,
         which is what KpiFitController sizes cards by (stretched, it read the card's width). */
      max-width: 100%;
      min-width: 0;
      overflow: hidden;
      font-weight: 700;
      line-height: 1.15;
      font-variant-numeric: tabular-nums;
      color: var(--tx-kpi-value-color, var(--_value));
    }
    .card-change { font-size: 0.85em; color: var(--_text-muted); overflow-wrap: anywhere; max-width: 100%; }
    .card-source { font-size: 0.75em; color: var(--_text-muted); overflow-wrap: anywhere; max-width: 100%; }
  `];

  declare src?: string;
  declare spec?: Spec;
  /** A spec already validated and loaded by `loadSpec` (@tongxin/core), e.g. shared by several elements; nothing is validated or fetched again. */
  declare loaded?: LoadedSpec;
  /** A linked selection `{ field, value }` that filters the view's records (what `tx-dashboard` sets). */
  declare filter?: Selection;
  /** Key of the item shown selected (what `tx-dashboard` sets on the view a linked selection was picked in); null: none; unset: what a click selects. */
  declare selected?: string | null;
  declare theme?: ThemeName;
  declare locale?: Locale;
  declare view?: string;
  declare pixelRatio?: number;
  declare decal?: boolean;
  /** One figure without a spec: what is counted. */
  declare label?: string;
  declare value?: number;
  declare unit?: Unit;
  declare unitLabel?: string;
  declare qualifier?: Qualifier;
  declare previous?: number;

  private readonly controller = new ViewController(this, {
    kind: 'kpi',
    compile: compileKpi,
    renderHtml: renderKpiCards,
    attributeSpec: () => {
      if (!this.label || this.value == null || !Number.isFinite(this.value)) return undefined;
      const item: KpiItem = { label: this.label, value: this.value };
      if (this.unit) item.unit = this.unit;
      if (this.unitLabel) item.unitLabel = this.unitLabel;
      if (this.qualifier) item.qualifier = this.qualifier;
      if (this.previous != null && Number.isFinite(this.previous)) item.previous = this.previous;
      return { version: 1, kind: 'kpi', id: 'kpi', items: [item] };
    },
  });

  constructor() {
    super();
    // Figures one line each, cards within their room (measured after each render and resize).
    new KpiFitController(this);
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.controller.shouldUpdate(changed);
  }

  override render() {
    return this.controller.render();
  }

  /** Where a card is, in viewport pixels (its centre). */
  pointOf(key: string): { x: number; y: number } | undefined {
    const index = (this.controller.compiled?.selectable ?? []).findIndex((i) => i.key === key);
    const card = this.renderRoot.querySelectorAll<HTMLElement>('.card')[index];
    if (!card) return undefined;
    const box = card.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }

  /** The figures as CSV. */
  toCSV(): string | undefined {
    return this.controller.toCSV();
  }
}
