import type { RefreshState, RefreshStatus } from './refresh-scheduler.ts';

/** What the dashboard header says about its data as a whole. */
export interface RefreshSummary {
  /** `fresh` only when every dataset is; `stale` as soon as one shows last good data. */
  status: RefreshStatus;
  /**
   * The oldest last-success time among the datasets: every figure on screen is at
   * least this recent. Undefined until every dataset has loaded once.
   */
  lastSuccessAt?: number;
  /** Age of the stalest data shown, ms. */
  age?: number;
  /** Most consecutive failures of any dataset. */
  failures: number;
  /** Datasets that are stale or failing. */
  failing: string[];
}

const RANK: Record<RefreshStatus, number> = { fresh: 0, loading: 1, stale: 2, error: 3 };

/** Fold per-dataset refresh states into one header line. */
export function summarizeRefresh(states: ReadonlyMap<string, RefreshState<unknown>>): RefreshSummary {
  let status: RefreshStatus = 'fresh';
  let lastSuccessAt: number | undefined;
  let age: number | undefined;
  let failures = 0;
  let everyLoaded = true;
  const failing: string[] = [];
  for (const [id, state] of states) {
    if (RANK[state.status] > RANK[status]) status = state.status;
    failures = Math.max(failures, state.failures);
    if (state.status === 'stale' || state.status === 'error') failing.push(id);
    if (state.lastSuccessAt === undefined) {
      everyLoaded = false;
      continue;
    }
    if (lastSuccessAt === undefined || state.lastSuccessAt < lastSuccessAt) {
      lastSuccessAt = state.lastSuccessAt;
      age = state.age;
    }
  }
  const summary: RefreshSummary = { status, failures, failing };
  if (everyLoaded && lastSuccessAt !== undefined) {
    summary.lastSuccessAt = lastSuccessAt;
    if (age !== undefined) summary.age = age;
  }
  return summary;
}
