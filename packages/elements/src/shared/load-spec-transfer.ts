/**
 * What crosses between `loadSpecOffThread` (the page) and `load-spec-worker` (a module Worker):
 * the messages, errors as codes and parameters (re-created as `SpecFailure` / `DataLoadError` on
 * the other side, so `describeFailure` words them in any locale), and big record arrays cut out
 * of a spec and sent in chunks.
 *
 * Why chunks: structured clone deserializes a message in one task on the receiving thread. A
 * LoadedSpec with 1,000,000 records is one message of ~1 s on the page (bench/heavy-spec.ts);
 * the same records in messages of `CHUNK_RECORDS` are many short tasks, and the page paints and
 * answers input between them.
 */
import { DataLoadError, DatasetShapeError, SpecFailure, type DataLoadErrorInit, type FoundShape, type LoadedData, type LoadedSpec, type PipelineError } from '@tongxin/core';
import { GeoInputError } from '@tongxin/geo';
import type { Locale } from '@tongxin/spec';

/**
 * Records per chunk message: ~10 ms to deserialize on the page for fund-sized records (a clone of
 * 20,000 is ~25 ms each way: bench/heavy-spec.ts). The page asks for each chunk after the last one
 * (`more`): Chromium may run several queued messages in one task, so they are never queued.
 */
export const CHUNK_RECORDS = 10_000;
/** Characters per message of a long spec text: copying a string to a worker is one task per message. */
export const TEXT_SLICE = 1_000_000;
/** Arrays shorter than this travel inside the spec's own message. */
export const SPLIT_MIN = 2 * CHUNK_RECORDS;

/** A record array cut out of an object: where it goes back (`values` of a spec dataset, or `records` of a loaded one). */
export interface Placement {
  slot: number;
  at: 'values' | 'records';
  dataset: string;
}

export type LoadStepName = 'parse' | 'validate' | 'load';

/** Page → worker. */
export type ToWorker =
  | { type: 'start'; text?: string; textParts?: number; document?: unknown; url: string; locale?: Locale; only?: readonly string[]; previous?: LoadedData; placements: Placement[]; lengths: number[] }
  | { type: 'chunk'; slot: number; records: unknown[] }
  /** A slice of a long spec text (`textParts` of them), in order. */
  | { type: 'text'; text: string }
  | { type: 'run' }
  /** The page is ready for the next chunk of the result. */
  | { type: 'more' };

/** Worker → page. */
export type FromWorker =
  | { type: 'step'; step: LoadStepName; records?: number }
  | { type: 'loaded'; loaded: LoadedSpec; placements: Placement[]; lengths: number[]; refreshErrors?: WireError[] }
  | { type: 'chunk'; slot: number; records: unknown[] }
  | { type: 'done' }
  | { type: 'failed'; error: WireError };

type WireCause = { type: 'shape'; expected: DatasetShapeError['expected']; found: FoundShape } | { type: 'geo'; key: string; details: unknown };

export type WireError =
  | { type: 'spec-failure'; kind: SpecFailure['kind']; errors: readonly PipelineError[] }
  | { type: 'data-load'; init: Omit<DataLoadErrorInit, 'cause'>; cause?: WireCause }
  | { type: 'other'; name: string; message: string };

/** An error as codes and parameters. */
export function encodeError(error: unknown): WireError {
  if (error instanceof SpecFailure) return { type: 'spec-failure', kind: error.kind, errors: error.errors };
  if (error instanceof DataLoadError) {
    // The constructor's init (TS-private) holds what every locale's wording needs.
    const { cause, ...init } = (error as unknown as { init: DataLoadErrorInit }).init;
    const wire: WireError = { type: 'data-load', init };
    if (cause instanceof DatasetShapeError) wire.cause = { type: 'shape', expected: cause.expected, found: cause.found };
    else if (cause instanceof GeoInputError) wire.cause = { type: 'geo', key: cause.key, details: cause.details };
    return wire;
  }
  return { type: 'other', name: (error as Error)?.name ?? 'Error', message: error instanceof Error ? error.message : String(error) };
}

/** The error again, of its class: worded by `describeFailure` like one thrown on the page. */
export function decodeError(wire: WireError, locale?: Locale): Error {
  switch (wire.type) {
    case 'spec-failure':
      return new SpecFailure(wire.kind, wire.errors, locale);
    case 'data-load': {
      const cause = wire.cause?.type === 'shape' ? new DatasetShapeError(wire.cause.expected, wire.cause.found)
        : wire.cause?.type === 'geo' ? new GeoInputError(wire.cause.key as never, wire.cause.details as never)
        : undefined;
      return new DataLoadError({ ...wire.init, ...(cause ? { cause } : {}) });
    }
    default: {
      const error = new Error(wire.message);
      error.name = wire.name;
      return error;
    }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A spec document with its big inline `values` arrays cut out (shallow copies: the caller's
 * object is never changed). Anything not shaped like a spec is returned as is, to be judged by
 * the validator.
 */
export function splitDocument(document: unknown): { document: unknown; placements: Placement[]; arrays: unknown[][] } {
  const placements: Placement[] = [];
  const arrays: unknown[][] = [];
  if (!isRecord(document) || !isRecord(document.datasets)) return { document, placements, arrays };
  const datasets: Record<string, unknown> = {};
  for (const [id, dataset] of Object.entries(document.datasets)) {
    if (isRecord(dataset) && Array.isArray(dataset.values) && dataset.values.length >= SPLIT_MIN) {
      placements.push({ slot: arrays.length, at: 'values', dataset: id });
      arrays.push(dataset.values);
      // Defined, not assigned: an id "__proto__" stays an own key.
      Object.defineProperty(datasets, id, { value: { ...dataset, values: [] }, enumerable: true, writable: true, configurable: true });
    } else {
      Object.defineProperty(datasets, id, { value: dataset, enumerable: true, writable: true, configurable: true });
    }
  }
  return { document: { ...document, datasets }, placements, arrays };
}

/**
 * A LoadedSpec with its big arrays (inline `values`, loaded `records`) cut out. Built of new
 * objects, keeping what is shared shared: a loaded dataset's `spec` is the spec's dataset, and
 * inline records are the spec's `values`, so each array travels once.
 */
export function splitLoaded(loaded: LoadedSpec): { loaded: LoadedSpec; placements: Placement[]; arrays: unknown[][] } {
  const placements: Placement[] = [];
  const arrays: unknown[][] = [];
  const slotOf = (array: unknown[]): number => {
    let slot = arrays.indexOf(array);
    if (slot < 0) slot = arrays.push(array) - 1;
    return slot;
  };
  const specDatasets: Record<string, unknown> = Object.create(null);
  const copies = new Map<unknown, unknown>();
  for (const [id, dataset] of Object.entries(loaded.spec.datasets ?? {})) {
    let copy: unknown = dataset;
    if (Array.isArray(dataset.values) && dataset.values.length >= SPLIT_MIN) {
      placements.push({ slot: slotOf(dataset.values), at: 'values', dataset: id });
      copy = { ...dataset, values: [] };
    }
    copies.set(dataset, copy);
    specDatasets[id] = copy;
  }
  const dataDatasets: Record<string, unknown> = Object.create(null);
  for (const [id, dataset] of Object.entries(loaded.data.datasets)) {
    const copy = { ...dataset, spec: copies.get(dataset.spec) ?? dataset.spec };
    if (Array.isArray(dataset.records) && dataset.records.length >= SPLIT_MIN) {
      placements.push({ slot: slotOf(dataset.records), at: 'records', dataset: id });
      copy.records = [];
    }
    dataDatasets[id] = copy;
  }
  const { refreshErrors: _, ...data } = loaded.data;
  return {
    loaded: { ...loaded, spec: { ...loaded.spec, datasets: specDatasets } as LoadedSpec['spec'], data: { ...data, datasets: dataDatasets } as LoadedData },
    placements,
    arrays,
  };
}

/** Put the arrays back where `placements` say, into objects that arrived by message (they are ours to change). */
export function joinArrays(target: { spec?: unknown; datasets?: unknown; data?: unknown }, placements: readonly Placement[], arrays: readonly unknown[][]): void {
  const specDatasets = (isRecord(target.spec) ? target.spec.datasets : target.datasets) as Record<string, Record<string, unknown>> | undefined;
  const dataDatasets = (isRecord(target.data) ? target.data.datasets : undefined) as Record<string, Record<string, unknown>> | undefined;
  for (const { slot, at, dataset } of placements) {
    if (at === 'values' && specDatasets && Object.hasOwn(specDatasets, dataset)) specDatasets[dataset].values = arrays[slot];
    if (at === 'records' && dataDatasets && Object.hasOwn(dataDatasets, dataset)) dataDatasets[dataset].records = arrays[slot];
  }
}

/** `previous` as the worker needs it: no records or regions (they stay on the page and go back into stale datasets). */
export function previousWithoutContent(previous: LoadedData): LoadedData {
  const datasets: LoadedData['datasets'] = Object.create(null);
  for (const [id, dataset] of Object.entries(previous.datasets)) {
    const { records: _r, regions: _g, ...rest } = dataset;
    datasets[id] = rest;
  }
  const { refreshErrors: _, ...data } = previous;
  return { ...data, datasets };
}

/** Stale datasets (a failed refresh kept the last good data) get the page's own records and regions back. */
export function restoreStale(data: LoadedData, previous: LoadedData | undefined): void {
  if (!previous) return;
  for (const [id, dataset] of Object.entries(data.datasets)) {
    if (!dataset.stale || !Object.hasOwn(previous.datasets, id)) continue;
    const last = previous.datasets[id];
    if (last.records) dataset.records = last.records;
    if (last.regions) dataset.regions = last.regions;
  }
}

export { countInlineRecords } from './count-inline-records.ts';
