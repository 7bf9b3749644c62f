const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Inline records in a spec document (every dataset's `values`): how heavy its load will be. */
export function countInlineRecords(document: unknown): number {
  if (!isRecord(document) || !isRecord(document.datasets)) return 0;
  let count = 0;
  for (const dataset of Object.values(document.datasets)) {
    if (isRecord(dataset) && Array.isArray(dataset.values)) count += dataset.values.length;
  }
  return count;
}
