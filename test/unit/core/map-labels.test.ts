import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ThemeName, View } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { compileView, loadData, themeTokens } from '../../../packages/core/src/index.ts';
import { contrastRatio } from '../../../packages/core/src/theme/contrast.ts';
import { textWidth } from '../../../packages/core/src/format/text-width.ts';
import { renderSvg } from '../../../packages/core/src/render/render-svg.ts';
import { svgFills } from './fixtures.ts';

const dataDir = fileURLToPath(new URL('../../../data/', import.meta.url));
const fileFetch = (async (input: RequestInfo | URL) => new Response(await readFile(fileURLToPath(String(input)), 'utf8'), { status: 200 })) as typeof fetch;
const THEMES: ThemeName[] = ['portal', 'bigscreen'];

async function draw(file: string, theme: ThemeName, width: number, height: number) {
  const spec = JSON.parse(await readFile(`${dataDir}${file}`, 'utf8'));
  const data = await loadData(spec, { baseUrl: pathToFileURL(`${dataDir}${file}`), fetch: fileFetch });
  const compiled = compileView(spec as View, data, { locale: 'zh-CN', theme, width, height });
  const tokens = themeTokens(theme);
  return { compiled, tokens, svg: renderSvg(compiled, { width, height, tokens }) };
}

/** The <text> elements of a rendered SVG with their centre and colours. */
function svgLabels(svg: string) {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((match) => {
    const [, attrs, text] = match;
    const [, tx, ty] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(attrs)?.map(Number) ?? [0, 0, 0];
    return {
      text,
      /** Position in the document: later elements are painted over earlier ones. */
      index: match.index!,
      x: tx + Number(/ x="([-\d.]+)"/.exec(attrs)?.[1] ?? 0),
      y: ty + Number(/ y="([-\d.]+)"/.exec(attrs)?.[1] ?? 0),
      fill: /fill="([^"]+)"/.exec(attrs)?.[1] ?? '',
      stroke: /stroke="([^"]+)"/.exec(attrs)?.[1],
      strokeWidth: Number(/stroke-width="([^"]+)"/.exec(attrs)?.[1] ?? 0),
    };
  });
}

/** Centres of the station markers (scatter series) drawn as transformed unit symbols. */
function svgMarkers(svg: string) {
  return [...svg.matchAll(/<path[^>]*transform="matrix\(([-\d.]+),0,0,[-\d.]+,([-\d.]+),([-\d.]+)\)"[^>]*ecmeta_series_index="([1-9])"[^>]*ecmeta_ssr_type="chart"/g)]
    .map((m) => ({ radius: Number(m[1]), x: Number(m[2]), y: Number(m[3]), index: m.index! }))
    .filter((m) => m.radius > 0);
}

describe('township names are never covered by station markers', () => {
  for (const file of ['wuxuan/coverage.json', 'qianwei/coverage.json', 'heshan/coverage.json']) {
    for (const theme of THEMES) {
      for (const [width, height] of [[688, 400], [480, 360], [900, 620]]) {
        it(`${file} ${theme} ${width}×${height}`, async () => {
          const { compiled, svg, tokens } = await draw(file, theme, width, height);
          const names = new Set(compiled.table.rows.map((r) => r.cells.region));
          const labels = svgLabels(svg).filter((l) => names.has(l.text));
          const markers = svgMarkers(svg);
          expect(labels.length).toBeGreaterThan(0);
          expect(markers.length).toBeGreaterThan(0);
          let clear = 0;
          for (const label of labels) {
            const halfWidth = textWidth(label.text, tokens.fontSize) / 2;
            const halfHeight = tokens.fontSize / 2;
            const touching = markers.filter((m) => Math.abs(m.x - label.x) < halfWidth + m.radius && Math.abs(m.y - label.y) < halfHeight + m.radius);
            if (touching.length === 0) clear++;
            // Where no free spot is near (a crowded county seat), the name is painted over the markers, haloed.
            for (const m of touching) {
              const where = `${label.text} at (${label.x.toFixed(0)}, ${label.y.toFixed(0)}), marker at (${m.x.toFixed(0)}, ${m.y.toFixed(0)})`;
              expect(label.index, `${where}: name painted over the marker`).toBeGreaterThan(m.index);
              expect(label.strokeWidth, `${where}: haloed`).toBeGreaterThanOrEqual(2);
              expect(contrastRatio(label.fill, label.stroke ?? label.fill), where).toBeGreaterThanOrEqual(4.5);
            }
          }
          // Most names find a spot clear of every marker (犍为, ~170 stations in 15 townships, is the crowded case).
          expect(clear / labels.length).toBeGreaterThanOrEqual(0.7);
        });
      }
    }
  }
});

describe('region names read on their fill (WCAG 4.5:1, or a halo that gives it)', () => {
  for (const file of ['wuxuan/map.json', 'qianwei/map.json', 'laibin/map.json', 'wuxuan/coverage.json']) {
    for (const theme of THEMES) {
      it(`${file} ${theme}`, async () => {
        const { compiled, svg } = await draw(file, theme, 688, 440);
        const names = compiled.table.rows.map((r) => r.cells.region);
        const fills = svgFills(svg, 0);
        const labels = svgLabels(svg);
        let checked = 0;
        names.forEach((name, i) => {
          const label = labels.find((l) => l.text === name);
          if (!label || !fills[i]) return;
          checked++;
          const onFill = contrastRatio(label.fill, fills[i]);
          const onHalo = label.stroke && label.strokeWidth >= 1.5 ? contrastRatio(label.fill, label.stroke) : 0;
          expect(Math.max(onFill, onHalo), `${name}: ${label.fill} on ${fills[i]}${label.stroke ? ` (halo ${label.stroke})` : ''}`).toBeGreaterThanOrEqual(4.5);
        });
        expect(checked).toBeGreaterThan(1);
      });
    }
  }
});
