import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import { GeoInputError } from './geo-input-error.ts';
import { rewindForD3 } from './rewind-for-d3.ts';
import type { RegionCollection, RegionFeature } from './types.ts';

export interface ReadRegionsOptions {
  /** Expected format; read from the input's `type` when absent. */
  format?: 'geojson' | 'topojson';
  /** TopoJSON object to read. Default: the topology's first object. */
  object?: string;
  /** Property holding the region code. Default `code`; then the feature `id`, then `adcode` (AMap/DataV files). */
  codeProperty?: string;
  /** Property holding the region name. Default `name`; the code stands in when it is missing. */
  nameProperty?: string;
}

type Topology = Parameters<typeof topologyFeature>[0];

/**
 * Reads regions from a GeoJSON FeatureCollection (or single Feature) or a TopoJSON
 * Topology: every feature gets a string `code` and `name`, open rings are closed,
 * coordinates are checked to be longitude/latitude, and rings are wound for d3-geo.
 * Coordinates stay in whatever CRS the file uses. Throws `GeoInputError` on bad input.
 */
export function readRegions(input: unknown, options: ReadRegionsOptions = {}): RegionCollection {
  if (!isObject(input)) {
    throw new GeoInputError('not-geojson-or-topojson', { found: describe(input) });
  }
  const found =
    input.type === 'Topology'
      ? 'topojson'
      : input.type === 'FeatureCollection' || input.type === 'Feature'
        ? 'geojson'
        : undefined;
  if (!found) throw new GeoInputError('not-geojson-or-topojson', { found: describe(input) });
  if (options.format && options.format !== found) {
    throw new GeoInputError('format-mismatch', { expected: options.format, found });
  }
  const features = found === 'topojson' ? topologyFeatures(input, options.object) : geojsonFeatures(input);
  const codeProperty = options.codeProperty ?? 'code';
  const nameProperty = options.nameProperty ?? 'name';
  const seen = new Set<string>();
  const regions = features.map((raw, index) => {
    const region = toRegion(raw, index, codeProperty, nameProperty);
    // Joins, selection and coverage all key on the code, so it must be unique.
    if (seen.has(region.properties.code)) {
      throw new GeoInputError('region-duplicate-code', { code: region.properties.code });
    }
    seen.add(region.properties.code);
    return region;
  });
  return rewindForD3({ type: 'FeatureCollection', features: regions });
}

function topologyFeatures(input: Record<string, unknown>, object: string | undefined): unknown[] {
  const { objects, arcs } = input;
  if (!isObject(objects) || !Array.isArray(arcs)) throw new GeoInputError('topology-invalid', {});
  const available = Object.keys(objects);
  const name = object ?? available[0];
  // Own keys only: an object named "__proto__" or "constructor" must not find Object.prototype or Object.
  if (name === undefined || !Object.hasOwn(objects, name) || !isObject(objects[name])) {
    throw new GeoInputError('topology-object-missing', { object: name ?? '', available });
  }
  const result = topologyFeature(input as unknown as Topology, name) as Feature | FeatureCollection;
  return result.type === 'FeatureCollection' ? result.features : [result];
}

function geojsonFeatures(input: Record<string, unknown>): unknown[] {
  if (input.type === 'Feature') return [input];
  if (!Array.isArray(input.features)) throw new GeoInputError('features-not-array', {});
  return input.features;
}

function toRegion(raw: unknown, index: number, codeProperty: string, nameProperty: string): RegionFeature {
  if (!isObject(raw) || raw.type !== 'Feature') throw new GeoInputError('feature-invalid', { index });
  const properties = isObject(raw.properties) ? raw.properties : {};
  // Own properties only: a codeProperty or nameProperty such as "constructor" must not read Object.
  const own = (key: string) => (Object.hasOwn(properties, key) ? properties[key] : undefined);
  const code = [own(codeProperty), raw.id, own('adcode')].map(asCode).find((c) => c !== undefined);
  if (code === undefined) throw new GeoInputError('region-without-code', { index, codeProperty });
  const nameValue = own(nameProperty);
  const name = typeof nameValue === 'string' && nameValue !== '' ? nameValue : code;
  const geometry = raw.geometry;
  if (!isObject(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    const geometryType = isObject(geometry) && typeof geometry.type === 'string' ? geometry.type : 'null';
    throw new GeoInputError('region-not-polygon', { code, geometryType });
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons)) throw new GeoInputError('region-bad-coordinates', { code, position: 'none' });
  const closed = polygons.map((polygon) => {
    if (!Array.isArray(polygon)) throw new GeoInputError('region-bad-coordinates', { code, position: describe(polygon) });
    return polygon.map((ring) => closeRing(checkRing(ring, code)));
  });
  const fixed: Geometry =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: closed[0] ?? [] }
      : { type: 'MultiPolygon', coordinates: closed };
  const region: RegionFeature = {
    type: 'Feature',
    properties: { ...properties, code, name },
    geometry: fixed,
  };
  if (raw.id !== undefined) region.id = raw.id as string | number;
  return region;
}

function checkRing(ring: unknown, code: string): Position[] {
  if (!Array.isArray(ring)) throw new GeoInputError('region-bad-coordinates', { code, position: describe(ring) });
  for (const position of ring) {
    const ok =
      Array.isArray(position) &&
      typeof position[0] === 'number' &&
      typeof position[1] === 'number' &&
      Math.abs(position[0]) <= 180 &&
      Math.abs(position[1]) <= 90; // also false for NaN
    // Projected metres (EPSG:3857, BD-09 Mercator) and swapped lat/lon fail here.
    if (!ok) throw new GeoInputError('region-bad-coordinates', { code, position: describe(position) });
  }
  return ring as Position[];
}

/** d3-geo drops a ring's last position assuming it repeats the first; close open rings so none is lost. */
function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, first];
}

function asCode(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return JSON.stringify(value).slice(0, 60);
  if (isObject(value)) return typeof value.type === 'string' ? `type "${value.type}"` : 'an object without a type';
  return typeof value === 'string' ? `a string` : String(value);
}
