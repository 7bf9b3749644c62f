import type { View } from '@tongxin/spec';
import type { CompileContext, CompiledView, LoadedData } from '../model.ts';
import { compileActivityTrend } from './activity-trend.ts';
import { compileCountyMap } from './county-map.ts';
import { compileFundChart } from './fund-chart.ts';
import { compileKpi } from './kpi.ts';
import { compileStationCoverage } from './station-coverage.ts';

/** A view and its loaded data → everything an element needs to draw it. Pure. */
export function compileView(view: View, data: LoadedData, ctx: CompileContext): CompiledView {
  switch (view.kind) {
    case 'county-map':
      return compileCountyMap(view, data, ctx);
    case 'station-coverage':
      return compileStationCoverage(view, data, ctx);
    case 'activity-trend':
      return compileActivityTrend(view, data, ctx);
    case 'fund-chart':
      return compileFundChart(view, data, ctx);
    case 'kpi':
      return compileKpi(view, data, ctx);
    default:
      throw new Error(`Unknown view kind: ${(view as { kind?: unknown }).kind}`);
  }
}
