/**
 * The geometry reader (@tongxin/geo's `readRegions`, with d3-geo, turf and topojson-client behind
 * it), imported by `loadData` only when a dataset holds GeoJSON or TopoJSON: a KPI, trend or fund
 * page whose datasets are records does not load it (bench/size.ts).
 */
export { readRegions } from '@tongxin/geo';
