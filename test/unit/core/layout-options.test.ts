// Compiled options that keep big-screen layouts whole (issue 12 part 4): every data/ view's option
// confines its tooltip and bounds its width with wrapping; map names never take a click; fund-chart
// campaign names are truncated at a bounded width; a region name that would not read on the page
// (where it spills off a region made of specks) carries a halo that does.
import { describe, expect, it } from 'vitest';
import type { CountyMapView } from '@tongxin/spec';
import { compileCountyMap, compileFundChart, themeTokens } from '../../../packages/core/src/index.ts';
import { regionLabelStyle } from '../../../packages/core/src/compile/region-label-style.ts';
import { contrastRatio } from '../../../packages/core/src/theme/contrast.ts';
import { load, seriesOf, townships, zh } from './fixtures.ts';

const mapView: CountyMapView = { id: 'map', kind: 'county-map', title: '武宣县', regions: 'townships', measure: { data: 'counts', field: 'stations', label: '联络站数', unit: 'count' } };
const mapData = { townships: { values: townships }, counts: { values: [{ township: '451323100', stations: 3 }, { township: '451323101', stations: 1 }] } };

describe('layout-safe options', () => {
  it('tooltips are confined to the chart, with a bounded width and wrapping', async () => {
    const map = compileCountyMap(mapView, await load(mapData), zh).option;
    const funds = compileFundChart({ id: 'f', kind: 'fund-chart', data: 'funds', by: 'campaign' } as never, await load({ funds: { values: [{ campaign: '捐种一棵大树', amount: 3000000 }] } }), zh).option;
    for (const option of [map, funds]) {
      const tooltip = option.tooltip as Record<string, unknown>;
      expect(tooltip.confine).toBe(true);
      expect(String(tooltip.extraCssText)).toMatch(/max-width/);
      expect(String(tooltip.extraCssText)).toMatch(/white-space: normal/);
    }
  });

  it('map names are silent in every state (a name over a neighbour never takes its click)', async () => {
    const [series] = seriesOf(compileCountyMap(mapView, await load(mapData), zh).option);
    expect(series.label.silent).toBe(true);
    expect(series.emphasis.label.silent).toBe(true);
    expect(series.select.label.silent).toBe(true);
  });

  it('fund-chart campaign names are truncated with an ellipsis at a bounded width', async () => {
    const long = '委员乡镇联络站建设与乡村振兴产业帮扶专项捐资'.repeat(4);
    const option = compileFundChart({ id: 'f', kind: 'fund-chart', data: 'funds', by: 'campaign' } as never, await load({ funds: { values: [{ campaign: long, amount: 3000000 }] } }), zh).option;
    const axisLabel = (option.yAxis as { axisLabel: { width: number; overflow: string } }).axisLabel;
    expect(axisLabel.overflow).toBe('truncate');
    expect(axisLabel.width).toBeLessThan(zh.width / 3);
  });

  for (const theme of ['portal', 'bigscreen'] as const) {
    it(`${theme}: a name on a light or dark fill reads on the page too (halo where its colour does not)`, () => {
      const tokens = themeTokens(theme);
      for (const fill of ['#ffffff', '#f0f4fa', '#0b1e3f', '#1f4a7a', '#ffd166']) {
        const style = regionLabelStyle(fill, tokens) as { color: string; textBorderColor?: string };
        const onPage = contrastRatio(tokens.surface, style.color) >= 3;
        if (!onPage) {
          expect(style.textBorderColor, `${theme} ${fill}`).toBeDefined();
          expect(contrastRatio(style.textBorderColor!, style.color)).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }
});
