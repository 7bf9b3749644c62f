/**
 * How often each costly step of the pipeline ran in this page or process: the dashboard's
 * promise that a click never validates or loads anything is checked against these.
 */
export interface PipelineStats {
  /** Documents validated (steps 2–3). */
  validate: number;
  /** Datasets loads (step 4, one per `loadData`, however many URLs it fetches). */
  load: number;
  /** Views compiled (step 7). */
  compile: number;
}

const counts: PipelineStats = { validate: 0, load: 0, compile: 0 };

export function countStep(step: keyof PipelineStats): void {
  counts[step]++;
}

/** A copy of the counters; compare two copies to see what an action cost. */
export function pipelineStats(): PipelineStats {
  return { ...counts };
}
