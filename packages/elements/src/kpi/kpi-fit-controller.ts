import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Smallest scale a figure is drawn at before it is clipped (never wrapped). */
const MIN_FIT = 0.3;
/** The styles' fallback for `--tx-kpi-min-card-width` (kpi.ts), in the grid's em. */
const DEFAULT_MIN_CARD_EM = 11;
/** The grid is fitted to within this much of the largest scale that fits. */
const FIT_STEP = 0.02;

/**
 * Fits the KPI cards to their room, measured after every render and resize:
 * - every figure with its unit is one line (`white-space: nowrap` in the styles), so 30万元
 *   never becomes 30万 / 元; no card is narrower than the widest figure (`--_card-min`), so
 *   long English units wrap the grid into more rows; only a figure wider than the whole grid
 *   is shrunk (`--_value-fit`, all figures alike, so they stay comparable);
 * - where the cards are taller than the body the frame gives them (a dashboard cell of fixed
 *   height), the whole grid is drawn at the largest scale that fits (`--_cards-fit`) instead of
 *   running over the data table's toggle below.
 * Sizes are set through the CSSOM (`style.setProperty`), which a strict CSP allows.
 */
export class KpiFitController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => this.schedule());
    this.observer.observe(this.host);
    this.fitted = undefined;
  }

  /** Waiting for the page's fonts to load, to fit again then (see `fit`). */
  private waitingForFonts = false;
  /** Goes up each time the page's fonts finish loading: the same texts may now be wider. */
  private fontsLoaded = 0;
  /**
   * The room, texts and sizes the last fit was made for (`fitKey`). A fit lays the cards out up to
   * nine times (a dashboard cell: the binary search below), so an update, a resize observation or
   * a font load that changes none of them does not fit again.
   */
  private fitted: string | undefined;

  hostUpdated(): void {
    this.schedule();
    const body = this.host.shadowRoot?.querySelector('[part="body"]');
    if (body && this.observer) this.observer.observe(body);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.fit();
    });
  }

  /** Measure and set the factors. */
  fit(): void {
    const root = this.host.shadowRoot;
    const cards = root?.querySelector<HTMLElement>('[part~="cards"]');
    const body = root?.querySelector<HTMLElement>('[part="body"]');
    if (!cards || !body || !cards.isConnected || cards.clientWidth === 0) return;
    const values = [...cards.querySelectorAll<HTMLElement>('.card-value')];
    if (!values.length) return;
    // Unchanged since the last fit: nothing to do (the reads lay out what the page lays out anyway).
    // Read before any write, and kept as the fit's own: nothing it reads depends on the scales the fit
    // writes, and read after the last write it would lay the cards out once more.
    const key = this.fitKey(cards, body);
    if (key === this.fitted) return;
    // Fonts still loading will change the figures' widths: fit again when they have. Asked here, where
    // the cards are being measured anyway: reading the font set brings the page's style and layout
    // up to date, which on connect was a layout of its own.
    const fonts = document.fonts;
    if (fonts?.status === 'loading' && !this.waitingForFonts) {
      this.waitingForFonts = true;
      void fonts.ready.then(() => {
        this.waitingForFonts = false;
        this.fontsLoaded++;
        this.schedule();
      });
    }
    // Each write that changes a style makes the next read lay the cards out again: only changes are
    // written (an unset factor is 1, the styles' fallback), so a first fit measures the layout the
    // page was going to do anyway.
    const put = (name: string, value: string) => {
      if ((cards.style.getPropertyValue(name) || '1') !== value) cards.style.setProperty(name, value);
    };
    put('--_cards-fit', '1');
    put('--_value-fit', '1');
    if (cards.style.getPropertyValue('--_card-min')) cards.style.removeProperty('--_card-min');
    // 1. No card narrower than the widest figure needs (in em: it scales with the grid below), so
    //    long figures ("over 8,200 person-times") wrap the grid into more rows instead of shrinking.
    //    Only a figure wider than the whole grid is shrunk (--_value-fit, all figures alike).
    const widest = Math.max(...values.map((v) => v.scrollWidth));
    // The same layout also tells whether the cards fit as they are (read before any write below).
    const fitsAsLaidOut = values.every((v) => v.scrollWidth <= v.clientWidth + 0.5) && !(body.clientHeight > 0 && cards.scrollHeight > body.clientHeight + 0.5);
    const card = values[0].parentElement!;
    const cardStyle = getComputedStyle(card);
    const chrome = card.offsetWidth - card.clientWidth + parseFloat(cardStyle.paddingLeft) + parseFloat(cardStyle.paddingRight);
    const valueFit = Math.max(MIN_FIT, Math.min(1, Math.floor(((cards.clientWidth - chrome - 2) / widest) * 100) / 100));
    // Read before the writes below (neither depends on them): no style recalc forced.
    const cardsStyle = getComputedStyle(cards);
    const em = parseFloat(cardsStyle.fontSize) || 16;
    const gap = parseFloat(cardsStyle.columnGap) || 0;
    const minimumSet = cardsStyle.getPropertyValue('--tx-kpi-min-card-width').trim();
    const defaultMinimum = !minimumSet;
    put('--_value-fit', String(valueFit));
    const cardMin = (widest * valueFit + chrome + 2) / em;
    // Nothing that changes the layout is needed (figures at full size, the widest within the default
    // minimum card width, the grid at scale 1): nothing is written, so the layout measured above is
    // the one drawn and the frame's own style and layout find nothing to do again.
    if (fitsAsLaidOut && valueFit === 1 && defaultMinimum && Number(cardMin.toFixed(3)) <= DEFAULT_MIN_CARD_EM) {
      this.fitted = key;
      return;
    }
    cards.style.setProperty('--_card-min', `${cardMin.toFixed(3)}em`);
    // 2. The largest scale of the whole grid at which it fits the body's height (a dashboard cell of
    //    fixed height; a page gives the body the grid's own height) and every figure its card.
    // Each try lays the cards out (a forced layout), so the search starts from a prediction and
    // brackets it: in the common case three layouts (full size, the prediction, one step beside it).
    let room = 1;
    let gridHeight = 0;
    const fits = (scale: number) => {
      put('--_cards-fit', String(scale));
      const height = body.clientHeight;
      gridHeight = cards.scrollHeight;
      let ratio = height > 0 && gridHeight > 0 ? height / gridHeight : 1;
      for (const v of values) if (v.scrollWidth > 0) ratio = Math.min(ratio, (v.parentElement!.offsetWidth - chrome + 0.5) / v.scrollWidth);
      room = ratio * scale;
      return values.every((v) => v.scrollWidth <= v.clientWidth + 0.5) && !(height > 0 && gridHeight > height + 0.5);
    };
    if (fits(1)) {
      this.fitted = key;
      return;
    }
    // Scales in thousandths: the last one tried, when it fits, is the one kept (no further write).
    const thousandths = (scale: number) => Math.floor(scale * 1000) / 1000;
    // Without a height of its own the body leaves only the figures' widths, and a minimum set in another
    // unit than em or px is not modelled: then the last layout's proportion, a scale that fits
    // (smaller, columns only get more, rows fewer).
    const minimum = cardMinimum(minimumSet);
    const grid = minimum && { cards: values.length, width: cards.clientWidth, height: body.clientHeight, em, gap, minEm: Math.max(minimum.em, cardMin), minPx: minimum.px };
    const heights: [number, number][] = [[1, gridHeight]];
    const predict = () => thousandths((grid && predictScale(grid, heights)) || room);
    let low = MIN_FIT;
    let high = 1;
    const probe = (scale: number) => {
      const fitted = fits(scale);
      heights.push([scale, gridHeight]);
      if (fitted) low = scale;
      else high = scale;
      return fitted;
    };
    const open = (scale: number) => scale > low && scale < high;
    // The prediction, then once more from the rows' heights at two scales (part of a card does not
    // scale: its border, the labels' smallest size); within a step of the largest scale that fits,
    // one try a step above (it fitted) or below (it did not) closes the search.
    let guess = predict();
    for (let round = 0; round < 2 && open(guess); round++) {
      const fitted = probe(guess);
      const next = predict();
      // The new prediction is worth a layout only where it says more than a step beside the guess.
      if (round === 1 || !open(next) || (fitted ? next <= guess + FIT_STEP : next >= guess - FIT_STEP)) {
        const beside = thousandths(fitted ? guess + FIT_STEP : guess - FIT_STEP);
        if (open(beside)) probe(beside);
        break;
      }
      guess = next;
    }
    // Otherwise by halving, to within 2% of the largest scale that fits.
    while (Math.round((high - low) * 1000) > FIT_STEP * 1000) probe(thousandths((low + high) / 2));
    put('--_cards-fit', String(low));
    this.fitted = key;
  }

  /**
   * What a fit depends on: the grid's width and the body's height (the room), every text in the
   * cards, the host's font size and the two custom properties the styles size cards by, and the
   * fonts loaded so far; none of them the scales a fit writes.
   */
  private fitKey(cards: HTMLElement, body: HTMLElement): string {
    const style = getComputedStyle(this.host);
    return [cards.clientWidth, body.clientHeight, style.fontSize, style.getPropertyValue('--tx-kpi-min-card-width'),
      style.getPropertyValue('--tx-kpi-value-size'), this.fontsLoaded, cards.textContent].join('\u0001');
  }
}

/** The grid `predictScale` predicts for; lengths in CSS pixels at scale 1. */
interface GridRoom {
  /** How many cards. */
  cards: number;
  /** The grid's width (the same at every scale) and the body's height (its room). */
  width: number;
  height: number;
  /** The grid's em and column/row gap at scale 1 (both scale with it). */
  em: number;
  gap: number;
  /** The narrowest a card may be: the larger of `minEm` of the grid's em (scales with it) and `minPx`. */
  minEm: number;
  minPx: number;
}

/** `--tx-kpi-min-card-width` as set (empty: the styles' 11em) in em and px; undefined in any other unit. */
export function cardMinimum(value: string): { em: number; px: number } | undefined {
  if (!value) return { em: DEFAULT_MIN_CARD_EM, px: 0 };
  const length = /^(\d*\.?\d+)(em|px)$/.exec(value);
  if (!length) return value === '0' ? { em: 0, px: 0 } : undefined;
  return length[2] === 'em' ? { em: Number(length[1]), px: 0 } : { em: 0, px: Number(length[1]) };
}

/**
 * The largest scale at which the cards should fit, from the auto-fit grid's arithmetic and the
 * grid's heights measured so far (`[scale, height]`, the first at scale 1):
 * - at scale `s` a track is at least `max(minPx, minEm·em·s)` wide and the gaps `gap·s`, so `k`
 *   columns fit while `k·minEm·em·s + (k−1)·gap·s ≤ width` and `k·minPx + (k−1)·gap·s ≤ width`;
 * - a row is `a + b·s` tall: from one height, `b·s` (as tall as the rows measured, on average,
 *   scaled); from the last two, when they had as many columns, the line through them (a card's
 *   border and its labels' smallest size do not scale).
 * Each column count gives the scale its rows fit at; the best of them is the prediction.
 * Undefined without a height to fit. Approximate (labels wrap differently at another width):
 * `fit` tries it, and searches from there.
 */
export function predictScale(grid: GridRoom, heights: readonly (readonly [number, number])[]): number | undefined {
  const { cards, width, height, em, gap, minEm, minPx } = grid;
  if (cards < 1 || width <= 0 || height <= 0 || em <= 0 || heights.length === 0) return undefined;
  // The largest scale with at least `columns` columns (0: none, even at the smallest scale).
  const widthFor = (columns: number) => {
    if (columns <= 1) return 1;
    if (columns * minPx > width) return 0;
    const byEm = width / (columns * minEm * em + (columns - 1) * gap);
    return gap > 0 ? Math.min(byEm, (width - columns * minPx) / ((columns - 1) * gap)) : byEm;
  };
  const columnsAt = (scale: number) => {
    let columns = 1;
    while (columns < cards && widthFor(columns + 1) >= scale) columns++;
    return columns;
  };
  // One row's height at a measured scale.
  const rowAt = ([scale, measured]: readonly [number, number]) => {
    const rows = Math.ceil(cards / columnsAt(scale));
    return (measured - (rows - 1) * gap * scale) / rows;
  };
  const last = heights[heights.length - 1];
  let fixed = 0;
  let scaled = rowAt(last) / last[0];
  const before = heights.length > 1 ? heights[heights.length - 2] : undefined;
  // Only rows of the same number of columns: cards of other widths wrap their labels otherwise.
  if (before && Math.abs(before[0] - last[0]) > 1e-6 && columnsAt(before[0]) === columnsAt(last[0])) {
    const slope = (rowAt(last) - rowAt(before)) / (last[0] - before[0]);
    const intercept = rowAt(last) - slope * last[0];
    // A line that does not grow with the scale, or starts below zero, is no row: keep the proportion.
    if (slope > 0 && intercept >= 0) {
      fixed = intercept;
      scaled = slope;
    }
  }
  if (!(scaled > 0)) return undefined;
  let best = 0;
  const fullColumns = columnsAt(1);
  for (let columns = fullColumns; columns <= cards; columns++) {
    const rows = Math.ceil(cards / columns);
    // More columns that save no row cannot fit a larger scale than one column fewer.
    if (columns > fullColumns && Math.ceil(cards / (columns - 1)) === rows) continue;
    const byHeight = (height - rows * fixed) / (rows * scaled + (rows - 1) * gap);
    best = Math.max(best, Math.min(1, widthFor(columns), byHeight));
  }
  return best > 0 ? best : undefined;
}
