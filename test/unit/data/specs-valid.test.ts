import { dirname, join, normalize } from 'node:path';
import { validateSpec, type Spec } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { dataExists, listSpecFiles, readData } from './data-files.ts';

const specFiles = listSpecFiles();

/** The files a spec's datasets name, read relative to the spec, by dataset id. */
function loadDatasets(specFile: string, spec: Spec): Record<string, unknown> {
  const loaded: Record<string, unknown> = {};
  for (const [id, dataset] of Object.entries(spec.datasets ?? {})) {
    if (dataset.url) loaded[id] = readData(normalize(join(dirname(specFile), dataset.url)));
  }
  return loaded;
}

describe('specs in data/', () => {
  it('are found: a dashboard and single-view specs for every county, and 来宾市', () => {
    for (const county of ['wuxuan', 'donglan', 'yuanan', 'qianwei', 'heshan', 'laibin']) {
      expect(specFiles).toContain(`${county}/dashboard.json`);
      expect(specFiles).toContain(`${county}/map.json`);
    }
  });

  it.each(specFiles)('%s names only dataset files that exist', (file) => {
    const spec = readData<Spec>(file);
    for (const dataset of Object.values(spec.datasets ?? {})) {
      if (dataset.url) expect(dataExists(normalize(join(dirname(file), dataset.url))), dataset.url).toBe(true);
    }
  });

  it.each(specFiles)('%s is valid, with its data', (file) => {
    const spec = readData<Spec>(file);
    const result = validateSpec(spec, { locale: 'en', datasets: loadDatasets(file, spec) });
    expect(result.errors.map((error) => `${error.path}: ${error.message}`)).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
