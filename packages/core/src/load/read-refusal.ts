import type { ReadRefusalKind } from '../messages.ts';

export type { ReadRefusalKind };

/**
 * Thrown by a sandboxed `fetch` (the CLI's, `renderSpec()`'s) when it will not read a URL or cuts
 * a read short. `loadData` turns it into a `DataLoadError` of the same kind, so the refusal reaches
 * the user with its own code (`refused-file`, `refused-origin`, `timeout`, `too-large`).
 */
export class ReadRefusal extends Error {
  readonly kind: ReadRefusalKind;
  /** The limit crossed: milliseconds for `timeout`, bytes for `too-large`. */
  readonly limit?: number;

  constructor(kind: ReadRefusalKind, url: string, limit?: number) {
    super(`${kind}: ${url}`);
    this.name = 'ReadRefusal';
    this.kind = kind;
    if (limit !== undefined) this.limit = limit;
  }
}
