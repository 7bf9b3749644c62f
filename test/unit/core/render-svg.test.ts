import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Spec, ThemeName, View } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { compileView, loadData, themeTokens } from '../../../packages/core/src/index.ts';
import { renderSvg } from '../../../packages/core/src/render/render-svg.ts';
import { dataDir, listSpecFiles, readData } from '../data/data-files.ts';
import { xmlProblems } from './xml-well-formed.ts';

const fileFetch = (async (input: RequestInfo | URL) =>
  new Response(await readFile(fileURLToPath(String(input)), 'utf8'), { status: 200 })) as typeof fetch;

describe('xmlProblems (the checker itself)', () => {
  it('accepts well-formed SVG and rejects what ECharts used to write', () => {
    expect(xmlProblems(`<svg xmlns="http://www.w3.org/2000/svg"><text style="font-family:'PingFang SC', sans-serif">a &amp; b</text></svg>`)).toEqual([]);
    expect(xmlProblems(`<svg><text style="font-family:"PingFang SC", sans-serif">a</text></svg>`)).not.toEqual([]);
    expect(xmlProblems(`<svg><g></svg>`)).not.toEqual([]);
    expect(xmlProblems(`<svg><text>a & b</text></svg>`)).not.toEqual([]);
  });
});

describe('renderSvg writes well-formed XML', () => {
  it.each(listSpecFiles())('%s, every view in both themes', async (file) => {
    const spec = readData<Spec>(file);
    const data = await loadData(spec, { baseUrl: pathToFileURL(`${dataDir}/${file}`), fetch: fileFetch });
    const views = spec.kind === 'dashboard' ? spec.views : [spec as unknown as View];
    for (const theme of ['portal', 'bigscreen'] as ThemeName[]) {
      for (const view of views) {
        const compiled = compileView(view, data, { locale: 'zh-CN', theme, width: 640, height: 400, reducedMotion: true });
        const svg = renderSvg(compiled, { width: 640, height: 400, tokens: themeTokens(theme) });
        expect(svg).toMatch(/^<svg/);
        expect(xmlProblems(svg), `${file} ${view.id} ${theme}`).toEqual([]);
      }
    }
  });

  it('also with a font read back from CSS (getComputedStyle quotes family names with ")', async () => {
    const spec = readData<Spec>('wuxuan/trend.json');
    const data = await loadData(spec, { baseUrl: pathToFileURL(`${dataDir}/wuxuan/trend.json`), fetch: fileFetch });
    const tokens = { ...themeTokens('portal'), fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' };
    const compiled = compileView(spec as unknown as View, data, { locale: 'zh-CN', theme: 'portal', width: 640, height: 400, tokens });
    const svg = renderSvg(compiled, { width: 640, height: 400, tokens });
    expect(svg).toContain("Noto Sans CJK SC");
    expect(xmlProblems(svg)).toEqual([]);
  });
});
