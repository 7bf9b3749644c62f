import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** A position as GeoJSON writes it: longitude first, then latitude, in degrees. */
export type LonLat = [lon: number, lat: number];

/**
 * Properties every region feature carries after `readRegions`.
 * Structurally the same as `RegionProperties` in `@tongxin/core` (core depends on geo, not the
 * other way round, so the type is declared here too).
 */
export interface RegionProperties {
  /** NBS code (township: 9 digits, county: 6). */
  code: string;
  name: string;
  [key: string]: unknown;
}

/** One region: a township or a county. */
export type RegionFeature = Feature<Geometry, RegionProperties>;

/** Regions as `readRegions` returns them: codes and names set, winding fixed for d3-geo. */
export type RegionCollection = FeatureCollection<Geometry, RegionProperties>;

/** Mean Earth radius (IUGG), in metres; used for distances and service circles. */
export const EARTH_RADIUS_METRES = 6371008.8;
