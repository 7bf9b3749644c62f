import type { FeatureCollection, Geometry } from 'geojson';
import { fitProjection, projectPoint } from '@tongxin/geo';
import type { CompileContext, RegionProperties } from '../model.ts';

type GeoProjection = ReturnType<typeof fitProjection>;

const fitted = new WeakMap<object, Map<string, GeoProjection>>();

/**
 * d3's Mercator fitted to the chart's size, as ECharts draws the map: once per regions and size
 * (fitting streams every vertex, ~20 ms for 1,200 townships; station coverage also places its
 * labels with it). Callers only project and invert: the shared projection is never re-fitted.
 */
export function fittedProjection(regions: FeatureCollection<Geometry, RegionProperties>, ctx: Pick<CompileContext, 'width' | 'height'>): GeoProjection {
  const width = Math.max(1, ctx.width || 400);
  const height = Math.max(1, ctx.height || 300);
  let bySize = fitted.get(regions);
  if (!bySize) fitted.set(regions, (bySize = new Map()));
  const key = `${width}x${height}`;
  let projection = bySize.get(key);
  if (!projection) bySize.set(key, (projection = fitProjection(regions, [width, height], Math.min(width, height) * 0.05)));
  return projection;
}

/**
 * The projection ECharts draws the map with: d3's Mercator fitted to the
 * chart's size, handed over as project/unproject (ECharts' own default is a
 * plain equirectangular stretch). Fitted on first use: a compile whose option
 * is never drawn (a draft, see `CompileContext.draft`) never walks the geometry for it.
 */
export function mapProjection(regions: FeatureCollection<Geometry, RegionProperties>, ctx: CompileContext) {
  let projection: GeoProjection | undefined;
  let project: ((lon: number, lat: number) => [number, number] | null) | undefined;
  const fitted = () => (projection ??= fittedProjection(regions, ctx));
  return {
    // ECharts projects every vertex and marker through this: d3's numbers, without its per-point chain (projectPoint).
    project: (point: number[]) => (project ??= projectPoint(fitted()))(point[0]!, point[1]!) ?? [NaN, NaN],
    unproject: (point: number[]) => fitted().invert?.(point as [number, number]) ?? [NaN, NaN],
  };
}
