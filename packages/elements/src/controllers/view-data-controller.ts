import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { LoadedSpec, SpecSource } from '@tongxin/core';
import type { Locale } from '@tongxin/spec';
import { fetchSpecText } from '../shared/fetch-spec.ts';
import type { LoadProgressState } from '../shared/load-spec-off-thread.ts';
import { loadViewSpec } from '../shared/load-view-spec.ts';

/** Where the spec comes from, in the order the element honours them. */
export interface ViewDataInputs {
  /** A spec already through the pipeline's steps 1–5 (what a dashboard hands its views): used as is. */
  loaded?: LoadedSpec;
  /** The `spec` property: a document. */
  spec?: unknown;
  /** A spec built from the element's simple attributes, as JSON (stable for comparison). */
  attributes?: string;
  /** The `src` attribute: the spec's URL. */
  src?: string;
}

export interface ViewDataControllerOptions {
  inputs: () => ViewDataInputs;
  /** Locale for messages at load time (they are worded again on locale change). */
  locale: () => Locale;
  /**
   * Validate the spec only (steps 1–3; `only: []` loads no dataset): the host loads the datasets
   * itself, one URL at a time, so one failing URL fails only its own views (tx-dashboard), or
   * retries them itself (a view whose spec has `refresh`). A function decides per source.
   */
  deferDatasets?: boolean | ((source: SpecSource) => boolean);
}

/**
 * Runs the pipeline's steps 1–5 (`loadSpec` from @tongxin/core) with `@lit/task`: a new `src`
 * or `spec` aborts the load in flight (its AbortSignal reaches every fetch). A `loaded` input
 * skips them: nothing is validated or fetched again. Keeps the last good result, so a re-load
 * never flashes an empty box.
 */
export class ViewDataController {
  readonly task: Task<[LoadedSpec | undefined, unknown, string | undefined, string | undefined], LoadedSpec | undefined>;
  private readonly inputs: () => ViewDataInputs;
  /** The last spec the task loaded. */
  private lastLoaded: LoadedSpec | undefined;
  private lastSource: [unknown, string | undefined, string | undefined] | undefined;
  /** What the load in flight is doing (parse, validate, load, receive), for the loading state. */
  progress: LoadProgressState | undefined;

  constructor(host: ReactiveControllerHost, options: ViewDataControllerOptions) {
    this.inputs = options.inputs;
    // A handed-over spec needs no load: the task does not run for it, so there is no second update
    // of the host for its result, and each view of a dashboard draws in its first update. (Added
    // before the task, so this runs before the task's own hostUpdate.)
    host.addController({ hostUpdate: () => { this.task.autoRun = this.inputs().loaded === undefined; } });
    this.task = new Task(host, {
      args: () => {
        const { loaded, spec, attributes, src } = options.inputs();
        return [loaded, spec, attributes, src];
      },
      task: async ([loaded, spec, attributes, src], { signal }) => {
        if (loaded) return loaded;
        let source: SpecSource;
        if (spec !== undefined || attributes !== undefined) {
          source = { document: spec ?? JSON.parse(attributes!), url: document.baseURI };
        } else if (src) {
          const url = new URL(src, document.baseURI).href;
          source = { text: await fetchSpecText(url, signal), url };
        } else {
          return undefined;
        }
        // The last good data are a fallback only for the same spec (a refresh), never for another one.
        const same = this.lastSource?.[0] === spec && this.lastSource?.[1] === attributes && this.lastSource?.[2] === src;
        const onProgress = (progress: LoadProgressState) => { this.progress = progress; host.requestUpdate(); };
        const result = await loadViewSpec(source, { signal, locale: options.locale(), ...(deferFor(options.deferDatasets, source) ? { only: [] } : {}), onProgress, ...(same && this.lastLoaded ? { previous: this.lastLoaded.data } : {}) })
          .finally(() => { this.progress = undefined; });
        this.lastLoaded = result;
        this.lastSource = [spec, attributes, src];
        return result;
      },
    });
  }

  /** The spec and data on screen: the handed-over ones, else the last the task loaded. */
  get current(): LoadedSpec | undefined {
    return this.inputs().loaded ?? this.lastLoaded;
  }

  /** What the last load threw, while no handed-over spec replaces it. */
  get error(): unknown {
    return !this.inputs().loaded && this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** True once there is something to show or a failure to report. */
  get settled(): boolean {
    return this.inputs().loaded !== undefined || this.task.status === TaskStatus.COMPLETE || this.task.status === TaskStatus.ERROR;
  }

  /** Load again with the same inputs (the Retry button, a refresh). */
  reload(): void {
    void this.task.run();
  }
}

function deferFor(defer: ViewDataControllerOptions['deferDatasets'], source: SpecSource): boolean {
  return typeof defer === 'function' ? defer(source) : defer === true;
}

export { TaskStatus };
export type { LoadedSpec, SpecSource };
