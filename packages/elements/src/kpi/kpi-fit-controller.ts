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
    if (this.fitKey(cards, body) === this.fitted) return;
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
    const defaultMinimum = !cardsStyle.getPropertyValue('--tx-kpi-min-card-width').trim();
    put('--_value-fit', String(valueFit));
    const cardMin = (widest * valueFit + chrome + 2) / em;
    // Nothing that changes the layout is needed (figures at full size, the widest within the default
    // minimum card width, the grid at scale 1): nothing is written, so the layout measured above is
    // the one drawn and the frame's own style and layout find nothing to do again.
    if (fitsAsLaidOut && valueFit === 1 && defaultMinimum && Number(cardMin.toFixed(3)) <= DEFAULT_MIN_CARD_EM) {
      this.fitted = this.fitKey(cards, body);
      return;
    }
    cards.style.setProperty('--_card-min', `${cardMin.toFixed(3)}em`);
    // 2. The largest scale of the whole grid at which it fits the body's height (a dashboard cell of
    //    fixed height; a page gives the body the grid's own height) and every figure its card.
    // Each try lays the cards out (a forced layout). Smaller, the cards need no more than their room
    // in proportion (columns only get more, rows fewer), so the scale at which the full-size layout
    // would just fit is a scale that fits: the search for the largest one starts there.
    let room = 1;
    const fits = (scale: number) => {
      put('--_cards-fit', String(scale));
      const height = body.clientHeight;
      let ratio = height > 0 && cards.scrollHeight > 0 ? height / cards.scrollHeight : 1;
      for (const v of values) if (v.scrollWidth > 0) ratio = Math.min(ratio, (v.parentElement!.offsetWidth - chrome + 0.5) / v.scrollWidth);
      room = ratio * scale;
      return values.every((v) => v.scrollWidth <= v.clientWidth + 0.5) && !(height > 0 && cards.scrollHeight > height + 0.5);
    };
    if (fits(1)) {
      this.fitted = this.fitKey(cards, body);
      return;
    }
    // Scales in thousandths: the last one tried, when it fits, is the one kept (no further write).
    const thousandths = (scale: number) => Math.floor(scale * 1000) / 1000;
    let low = MIN_FIT;
    let high = 1;
    const guess = Math.max(MIN_FIT, thousandths(room));
    if (guess > MIN_FIT && guess < 1) {
      if (fits(guess)) low = guess;
      else high = guess;
    }
    // Then by halving, to within 2% of the largest scale that fits.
    while (high - low > FIT_STEP) {
      const middle = thousandths((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle;
    }
    put('--_cards-fit', String(low));
    this.fitted = this.fitKey(cards, body);
  }

  /**
   * What a fit depends on: the grid's width and the body's height (the room), every text in the
   * cards, the host's font size and the two custom properties the styles size cards by, and the
   * fonts loaded so far. Read after a fit, it is the state that fit left.
   */
  private fitKey(cards: HTMLElement, body: HTMLElement): string {
    const style = getComputedStyle(this.host);
    return [cards.clientWidth, body.clientHeight, style.fontSize, style.getPropertyValue('--tx-kpi-min-card-width'),
      style.getPropertyValue('--tx-kpi-value-size'), this.fontsLoaded, cards.textContent].join('\u0001');
  }
}
