import type { FeatureCollection, Geometry } from 'geojson';
import { fitProjection, projectedBounds } from '@tongxin/geo';

type GeoProjection = ReturnType<typeof fitProjection>;
import type { CompileContext, RegionProperties } from '../model.ts';

/**
 * The projection ECharts draws the map with: d3's Mercator fitted to the
 * chart's size, handed over as project/unproject (ECharts' own default is a
 * plain equirectangular stretch). Fitted on first use: a compile whose option
 * is never drawn (a draft, or one replaced before the chart draws) never walks
 * the geometry for it.
 */
export function mapProjection(regions: FeatureCollection<Geometry, RegionProperties>, ctx: CompileContext) {
  let projection: GeoProjection | undefined;
  const fitted = () => (projection ??= fittedMapProjection(regions, ctx));
  return {
    project: (point: number[]) => fitted()(point as [number, number]) ?? [NaN, NaN],
    unproject: (point: number[]) => fitted().invert?.(point as [number, number]) ?? [NaN, NaN],
  };
}

const lastFit = new WeakMap<object, { key: string; projection: GeoProjection; bounds?: ReturnType<typeof projectedBounds> }>();

/**
 * The map's projection at the chart's size (5% padding), the same object for the same regions and
 * size: the drawing and the label placement (labelsClearOfStations) share one fit of the geometry.
 * The last size per regions is kept (a resize fits again). Callers only project with it.
 */
export function fittedMapProjection(regions: FeatureCollection<Geometry, RegionProperties>, size: { width: number; height: number }): GeoProjection {
  const width = Math.max(1, size.width || 400);
  const height = Math.max(1, size.height || 300);
  const key = `${width}x${height}`;
  const last = lastFit.get(regions);
  if (last?.key === key) return last.projection;
  const projection = fitProjection(regions, [width, height], Math.min(width, height) * 0.05);
  lastFit.set(regions, { key, projection });
  return projection;
}

/** Pixel bounds of the regions under `fittedMapProjection` at this size, computed once with it. */
export function fittedMapBounds(regions: FeatureCollection<Geometry, RegionProperties>, size: { width: number; height: number }): ReturnType<typeof projectedBounds> {
  const projection = fittedMapProjection(regions, size);
  const fit = lastFit.get(regions)!;
  return (fit.bounds ??= projectedBounds(regions, projection));
}
