import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { StationKind, StationRecord } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { countySlugs, readData } from './data-files.ts';

type RegionFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

/** d3-geo wants clockwise exteriors, the opposite of RFC 7946: reverse every ring. */
function forD3(feature: RegionFeature): RegionFeature {
  const reverse = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const geometry =
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: reverse(feature.geometry.coordinates) }
      : { type: 'MultiPolygon' as const, coordinates: feature.geometry.coordinates.map(reverse) };
  return { ...feature, geometry };
}

const stationFields = new Set(['id', 'name', 'kind', 'township', 'lon', 'lat', 'village', 'opened', 'source', 'illustrative']);

function load(slug: string) {
  const regions = readData<{ features: RegionFeature[] }>(`${slug}/townships.geo.json`).features;
  const stations = readData<StationRecord[]>(`${slug}/stations.json`);
  return { regions, stations };
}

function countByKind(stations: StationRecord[], kind: StationKind) {
  return stations.filter((station) => station.kind === kind).length;
}

describe.each(countySlugs)('%s stations', (slug) => {
  const { regions, stations } = load(slug);

  it('each lies inside its own township region and no other', () => {
    for (const station of stations) {
      const containing = regions.filter((region) => geoContains(forD3(region), [station.lon, station.lat]));
      expect(containing.map((region) => region.properties.code), station.id).toEqual([station.township]);
    }
  });

  it('have unique ids, StationRecord fields only, and generated positions marked illustrative', () => {
    expect(new Set(stations.map((station) => station.id)).size).toBe(stations.length);
    for (const station of stations) {
      for (const field of Object.keys(station)) expect(stationFields.has(field), `${station.id}.${field}`).toBe(true);
      expect(station.illustrative).toBe(true);
      expect(station.source).toBeTruthy();
    }
  });
});

describe('stations the articles report', () => {
  it('武宣: a liaison station in each of the 10 townships; deputies studios in 二塘镇石耇村 and 桐岭镇四安村', () => {
    const { regions, stations } = load('wuxuan');
    const liaison = stations.filter((station) => station.kind === 'liaison');
    expect(liaison.map((station) => station.township).sort()).toEqual(regions.map((region) => region.properties.code).sort());
    const name = (code: string) => regions.find((region) => region.properties.code === code)!.properties.name;
    const studios = stations.filter((station) => station.kind === 'deputies-studio').map((station) => `${name(station.township)}${station.village}`);
    expect(studios.sort()).toEqual(['二塘镇石耇村', '桐岭镇四安村'].sort());
  });

  it('合山: a liaison station in every township', () => {
    const { regions, stations } = load('heshan');
    expect(stations.filter((station) => station.kind === 'liaison').map((station) => station.township).sort()).toEqual(
      regions.map((region) => region.properties.code).sort(),
    );
  });

  it('犍为: 75 reading points, 4 sector studios, 23 industry bases, and 67 platforms as “1+15+N”', () => {
    const { regions, stations } = load('qianwei');
    expect(countByKind(stations, 'reading-point')).toBe(75);
    expect(countByKind(stations, 'sector-studio')).toBe(4);
    expect(countByKind(stations, 'industry-base')).toBe(23);
    expect(countByKind(stations, 'liaison') + countByKind(stations, 'consultation-point')).toBe(67);
    // One town-level station in each of the 15 towns.
    expect(regions).toHaveLength(15);
    const liaisonTowns = stations.filter((station) => station.kind === 'liaison').map((station) => station.township);
    expect(new Set(liaisonTowns).size).toBe(15);
    expect(liaisonTowns).toHaveLength(15);
  });
});
