import type { ReactiveControllerHost } from 'lit';

/**
 * The first loading state waits for the next animation frame. A spec in hand (the `spec`
 * property, attributes) whose data are inline loads in microtasks: its first render is then the
 * view itself, not a loading frame rendered and replaced before anything is painted. A frame's
 * callbacks run before that frame is painted, so a load still running then shows the loading state
 * in time for the first paint: never a blank. Once anything else has been shown, a later loading
 * state (a new spec) shows at once.
 */
export class LoadingDelay {
  private readonly host: ReactiveControllerHost;
  /** The loading state may be shown now. */
  private due = false;
  private frame = 0;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /**
   * Whether to render nothing for now instead of the loading state. `loading`: the state to render
   * is loading; `atOnce`: show it without waiting (a `src` being fetched, a load reporting progress).
   */
  defer(loading: boolean, atOnce: boolean): boolean {
    if (this.due || !loading || atOnce) {
      if (this.frame) cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.due = true;
      return false;
    }
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.due = true;
      this.host.requestUpdate();
    });
    return true;
  }
}
