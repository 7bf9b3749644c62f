import type { FeatureCollection, Geometry } from 'geojson';
import { fitProjection } from '@tongxin/geo';
import type { CompileContext, RegionProperties } from '../model.ts';

/**
 * The projection ECharts draws the map with: d3's Mercator fitted to the
 * chart's size, handed over as project/unproject (ECharts' own default is a
 * plain equirectangular stretch).
 */
export function mapProjection(regions: FeatureCollection<Geometry, RegionProperties>, ctx: CompileContext) {
  const width = Math.max(1, ctx.width || 400);
  const height = Math.max(1, ctx.height || 300);
  const projection = fitProjection(regions, [width, height], Math.min(width, height) * 0.05);
  return {
    project: (point: number[]) => projection(point as [number, number]) ?? [NaN, NaN],
    unproject: (point: number[]) => projection.invert?.(point as [number, number]) ?? [NaN, NaN],
  };
}
