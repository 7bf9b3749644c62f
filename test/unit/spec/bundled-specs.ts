/** The bundled specs under data/ and the files their datasets name, read as test/unit/data/specs-valid.test.ts reads them. */
import { dirname, join, normalize } from 'node:path';
import type { Spec } from '../../../packages/spec/src/index.ts';
import { listSpecFiles, readData } from '../data/data-files.ts';

export const specFiles = listSpecFiles();

/** The files a spec's datasets name, read relative to the spec, by dataset id. */
export function loadDatasets(specFile: string, spec: Spec): Record<string, unknown> {
  const loaded: Record<string, unknown> = {};
  for (const [id, dataset] of Object.entries(spec.datasets ?? {})) {
    if (dataset.url) loaded[id] = readData(normalize(join(dirname(specFile), dataset.url)));
  }
  return loaded;
}
