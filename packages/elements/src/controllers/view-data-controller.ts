import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { loadData, type LoadedData } from '@tongxin/core';
import { validateSpec, type Locale, type Spec } from '@tongxin/spec';
import { SpecInvalidError } from '../shared/errors.ts';
import { fetchSpecDocument } from '../shared/fetch-spec.ts';

/** Where the spec comes from. `attributes` is a JSON string built from simple attributes (stable for comparison). */
export interface SpecSource {
  src?: string;
  spec?: unknown;
  attributes?: string;
}

export interface ViewDataControllerOptions {
  source: () => SpecSource;
  /** Locale for validation messages at load time (they are re-worded on locale change). */
  locale: () => Locale;
}

/** A validated spec and its loaded datasets. */
export interface LoadedSpec {
  spec: Spec;
  data: LoadedData;
  /** URL the dataset URLs were resolved against. */
  baseUrl: string;
}

/**
 * Validates the spec and loads its datasets with `@lit/task`: a new `src` or
 * `spec` aborts the load in flight (its AbortSignal reaches every fetch).
 * Keeps the last good result so a re-load never flashes an empty box.
 */
export class ViewDataController {
  readonly task: Task<[string | undefined, unknown, string | undefined], LoadedSpec | undefined>;
  /** The last successfully loaded spec and data. */
  last: LoadedSpec | undefined;
  private lastSource: [string | undefined, unknown] | undefined;

  constructor(host: ReactiveControllerHost, options: ViewDataControllerOptions) {
    this.task = new Task(host, {
      args: () => {
        const source = options.source();
        return [source.src, source.spec, source.attributes];
      },
      task: async ([src, spec, attributes], { signal }) => {
        let input: unknown = spec ?? (attributes ? JSON.parse(attributes) : undefined);
        let baseUrl = document.baseURI;
        if (input === undefined && src) {
          baseUrl = new URL(src, document.baseURI).href;
          input = await fetchSpecDocument(baseUrl, signal, options.locale());
        }
        if (input === undefined) return undefined;
        const result = validateSpec(input, { locale: options.locale() });
        if (!result.valid || !result.spec) throw new SpecInvalidError(input);
        // The last good data are a fallback only for the same spec (a refresh), never for another one.
        const previous = this.lastSource?.[0] === src && this.lastSource?.[1] === spec ? this.last?.data : undefined;
        const data = await loadData(result.spec, { baseUrl, signal, previous });
        signal.throwIfAborted();
        this.last = { spec: result.spec, data, baseUrl };
        this.lastSource = [src, spec];
        return this.last;
      },
    });
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** Load again with the same inputs (the Retry button, a refresh). */
  reload(): void {
    void this.task.run();
  }
}

export { TaskStatus };
