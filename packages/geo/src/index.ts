/**
 * @tongxin/geo — pure geometry for Tongxin maps: read regions, fix winding for d3-geo,
 * convert between WGS-84, GCJ-02 and BD-09, place stations, coverage, projections.
 */
export type { LonLat, RegionProperties, RegionFeature, RegionCollection } from './types.ts';
export { EARTH_RADIUS_METRES } from './types.ts';
export { geoMessage, geoMessages, type GeoMessageKey, type GeoMessageDetails } from './messages.ts';
export { GeoInputError } from './geo-input-error.ts';
export { readRegions, type ReadRegionsOptions } from './read-regions.ts';
export { rewindForD3 } from './rewind-for-d3.ts';
export { convertPoint } from './convert-point.ts';
export { convertRecords } from './convert-records.ts';
export { convertRegions } from './convert-regions.ts';
export { haversineDistance } from './haversine-distance.ts';
export { regionContaining } from './region-containing.ts';
export { stationsByTownship, type StationsByTownship, type TownshipMismatch } from './stations-by-township.ts';
export { coverageStats, type CoverageOptions, type CoverageStats, type RegionCoverage } from './coverage-stats.ts';
export { fitProjection } from './fit-projection.ts';
export { projectedBounds } from './projected-bounds.ts';
export { serviceCircle } from './service-circle.ts';
export { regionLabelPoint } from './region-label-point.ts';
export { projectPoint } from './project-point.ts';
