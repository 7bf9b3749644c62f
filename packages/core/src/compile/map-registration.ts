import type { FeatureCollection, Geometry } from 'geojson';
import { regionLabelPoint } from '@tongxin/geo';
import type { MapRegistration, RegionProperties } from '../model.ts';

const cache = new WeakMap<object, MapRegistration>();

/**
 * The regions as a map for `echarts.registerMap`. The name is stable for the
 * same dataset and codes (re-registering on refresh replaces, not piles up)
 * and differs between maps on one page. Each feature gets `cp`, the point
 * ECharts puts its label on, inside the region even for crescent shapes.
 */
export function mapRegistration(datasetId: string, regions: FeatureCollection<Geometry, RegionProperties>): MapRegistration {
  const cached = cache.get(regions);
  if (cached) return cached;
  const codes = regions.features.map((f) => f.properties.code).join(',');
  const registration: MapRegistration = {
    name: `tx-${datasetId}-${hash(codes).toString(36)}`,
    geoJSON: {
      type: 'FeatureCollection',
      features: regions.features.map((feature) => ({
        ...feature,
        properties: { ...feature.properties, cp: feature.geometry ? regionLabelPoint(feature) : undefined },
      })),
    },
  };
  cache.set(regions, registration);
  return registration;
}

/** FNV-1a, 32 bits: enough to tell maps apart, not a security hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
