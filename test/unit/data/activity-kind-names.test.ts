import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Locale, Spec, View } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { compileView, loadData, messages } from '../../../packages/core/src/index.ts';
import { dataDir, listDataFiles, listSpecFiles, readData } from './data-files.ts';

const locales: Locale[] = ['zh-CN', 'en'];
const fileFetch = (async (input: RequestInfo | URL) =>
  new Response(await readFile(fileURLToPath(String(input)), 'utf8'), { status: 200 })) as typeof fetch;

describe('activity kinds in data/ have names (no raw key on a legend)', () => {
  const files = listDataFiles().filter((f) => f.endsWith('activities.json'));

  it('finds the activity files', () => expect(files.length).toBeGreaterThanOrEqual(3));

  it.each(files)('%s: every kind is named in zh-CN and en', (file) => {
    const kinds = [...new Set(readData<{ kind: string }[]>(file).map((r) => r.kind))];
    for (const locale of locales) {
      const names = messages(locale).activityKind;
      const unnamed = kinds.filter((k) => !names[k] || names[k] === k);
      expect(unnamed, `${file} in ${locale}`).toEqual([]);
    }
  });

  it.each(listSpecFiles())('%s: trend legends and series show names, not keys', async (file) => {
    const spec = readData<Spec>(file);
    const views = (spec.kind === 'dashboard' ? spec.views : [spec as unknown as View]).filter((v) => v.kind === 'activity-trend');
    if (views.length === 0) return;
    const data = await loadData(spec, { baseUrl: pathToFileURL(`${dataDir}/${file}`), fetch: fileFetch });
    for (const view of views) {
      for (const locale of locales) {
        const { option } = compileView(view, data, { locale, theme: 'portal', width: 800, height: 400 });
        const names = (option.series as { name: string }[]).map((s) => s.name);
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) expect(name, `${file} ${view.id} ${locale}`).not.toMatch(/^[a-z]+(-[a-z]+)+$|^[a-z]+$/);
      }
    }
  });
});
