import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileView, loadData } from '../../../packages/core/src/index.ts';
import type { Spec, View } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { dataDir, listSpecFiles, readData } from './data-files.ts';

/** Serves file: URLs from disk, the way a portal's web server serves data/. */
const fileFetch = (async (input: RequestInfo | URL) => {
  const text = await readFile(fileURLToPath(String(input)), 'utf8');
  return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
}) as typeof fetch;

/** The views of a spec: a dashboard's, or the single view a view spec is. */
function viewsOf(spec: Spec): View[] {
  return spec.kind === 'dashboard' ? spec.views : [spec as unknown as View];
}

describe('specs in data/ draw something', () => {
  it.each(listSpecFiles())('%s: every view loads and compiles to a non-empty chart', async (file) => {
    const spec = readData<Spec>(file);
    const data = await loadData(spec, { baseUrl: pathToFileURL(`${dataDir}/${file}`), fetch: fileFetch });
    for (const view of viewsOf(spec)) {
      const compiled = compileView(view, data, { locale: 'zh-CN', theme: 'portal', width: 800, height: 600 });
      expect(compiled.empty, `${file} view ${view.id}`).toBe(false);
      expect(compiled.table.rows.length, `${file} view ${view.id}`).toBeGreaterThan(0);
    }
  });
});
