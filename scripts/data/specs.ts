import type {
  ActivityTrendSpec,
  CountyMapSpec,
  DashboardSpec,
  Dataset,
  DocumentBase,
  FundChartSpec,
  KpiSpec,
  Link,
  Source,
  StationCoverageSpec,
  View,
} from '../../packages/spec/src/types.ts';
import type { County } from './counties.ts';
import type { CountyContent, TrendPlan } from './county-content.ts';
import { outlineAttribution, sources, townshipNamesAttribution, type SourceId } from './sources.ts';

export const SCHEMA_PATH = '../../packages/spec/schema/v1.json';

/** File names of a county folder's datasets. */
export const files = {
  townships: 'townships.geo.json',
  townshipsTopo: 'townships.topo.json',
  stations: 'stations.json',
  kpi: 'kpi-figures.json',
  funds: 'fund-figures.json',
  activities: 'activities.json',
  townshipStats: 'township-stats.json',
} as const;

export function sourcesFor(ids: SourceId[]): Record<string, Source> {
  return Object.fromEntries(ids.map((id) => [id, sources[id]]));
}

export function townshipsDataset(county: County, url: string = files.townships): Dataset {
  return {
    url,
    format: url.endsWith('.topo.json') ? 'topojson' : 'geojson',
    ...(url.endsWith('.topo.json') ? { object: 'townships' } : {}),
    crs: 'gcj02',
    illustrative: true,
    attribution: `${outlineAttribution}；${townshipNamesAttribution}`,
    meta: { note: `${county.name}乡镇区划为示意区划：以 Voronoi 单元剪裁到县界生成（scripts/build-data.ts），不是真实边界。` },
  };
}

/** The datasets a county's specs may name, by id. */
export function countyDatasets(county: County, content: CountyContent): Record<string, Dataset> {
  const datasets: Record<string, Dataset> = {
    townships: townshipsDataset(county),
    stations: {
      url: files.stations,
      format: 'json',
      crs: 'gcj02',
      illustrative: true,
      source: content.source,
      meta: { note: '站点的存在与类型来自文章；位置为示意（在所属乡镇示意区划内生成）。' },
    },
    kpi: { url: files.kpi, format: 'json', source: content.source },
    funds: { url: files.funds, format: 'json', source: content.source },
  };
  if (content.activities.length > 0) {
    datasets.activities = {
      url: files.activities,
      format: 'json',
      illustrative: true,
      source: content.source,
      meta: {
        kinds: content.activityKinds,
        reportedTotals: Object.fromEntries(content.reportedTotals.map((total) => [total.kind, { total: total.total, quote: total.quote }])),
        note: '按期分布为示意；各类合计等于文章报道数。带 illustrative 的记录为生成数据。',
      },
    };
  }
  if (content.measure) {
    datasets['township-stats'] = {
      url: files.townshipStats,
      format: 'json',
      illustrative: true,
      source: content.source,
      meta: { note: '每个乡镇的站点数与活动数，由 stations.json 和 activities.json 汇总（示意分布）。' },
    };
  }
  return datasets;
}

function pick(datasets: Record<string, Dataset>, ids: string[]): Record<string, Dataset> {
  return Object.fromEntries(ids.map((id) => [id, datasets[id]]));
}

function documentBase(content: CountyContent, title: string, description: string, datasets: Record<string, Dataset>): DocumentBase {
  return {
    $schema: SCHEMA_PATH,
    version: 1,
    title,
    description,
    locale: 'zh-CN',
    theme: 'portal',
    sources: sourcesFor([content.source]),
    datasets,
  };
}

function mapView(county: County, content: CountyContent): View {
  if (content.coverageKinds) {
    return {
      id: 'map',
      kind: 'station-coverage',
      title: content.coverageTitle,
      description: `${county.name}各乡镇的站点（位置示意）与覆盖情况。`,
      regions: 'townships',
      stations: 'stations',
      countKinds: content.coverageKinds,
      labels: true,
    };
  }
  return countyMapView(county, content);
}

function countyMapView(county: County, content: CountyContent): View {
  return {
    id: 'map',
    kind: 'county-map',
    title: `${county.name}乡镇（示意区划）`,
    description: content.measure
      ? `${county.name}各乡镇的${content.measure.label}。`
      : `${county.name}的乡镇；区划为示意。`,
    regions: 'townships',
    ...(content.measure
      ? { measure: { data: 'township-stats', field: content.measure.field, key: 'township', label: content.measure.label, unit: 'count' as const } }
      : {}),
    labels: true,
  };
}

function trendView(plan: TrendPlan): View {
  return {
    id: plan.id,
    kind: 'activity-trend',
    title: plan.title,
    description: plan.description,
    data: 'activities',
    period: plan.period,
    mark: plan.mark,
    series: plan.series,
    ...(plan.annotations ? { annotations: plan.annotations } : {}),
  };
}

function fundsView(content: CountyContent): View {
  return {
    id: 'funds',
    kind: 'fund-chart',
    title: content.fundsTitle,
    description: '金额按文章所写，带“多/余/以上”的为下限。',
    data: 'funds',
    by: content.fundsBy,
    mode: 'bar',
  };
}

/** Ids of the datasets the views read, in first-use order. */
export function datasetsUsedBy(views: View[]): string[] {
  const ids: string[] = [];
  const add = (id: string | undefined) => {
    if (id && !ids.includes(id)) ids.push(id);
  };
  for (const view of views) {
    if (view.kind === 'county-map') {
      add(view.regions);
      add(view.measure?.data);
      for (const drill of view.drilldown ?? []) [drill.regions, drill.measure?.data].forEach(add);
    } else if (view.kind === 'station-coverage') {
      add(view.regions);
      add(view.stations);
    } else {
      add(view.data);
    }
  }
  return ids;
}

/** Views whose records carry `township`, so a map selection can filter them. */
function townshipLinkedViews(content: CountyContent): string[] {
  const linked: string[] = [];
  for (const plan of content.trends) {
    if (content.activities.some((record) => record.township && plan.series.includes(record.kind))) linked.push(plan.id);
  }
  if (content.funds.some((record) => record.township)) linked.push('funds');
  return linked;
}

export function dashboardSpec(county: County, content: CountyContent): DashboardSpec {
  const datasets = countyDatasets(county, content);
  const rest = [...content.trends.map(trendView), fundsView(content)];
  // Three or more charts beside the map do not fit stacked in one column at 1080 px (each
  // would get a sliver of plot under its title and source lines): the map gives up two
  // columns and the first two charts share a row.
  const paired = rest.length >= 3;
  const mapWidth = paired ? 12 : 14;
  const x = mapWidth;
  const w = 24 - mapWidth;
  const map = { ...mapView(county, content), grid: { x: 0, y: 0, w: mapWidth, h: 24 } };
  const kpiItems = content.headline.map((label) => {
    const item = content.kpis.find((kpi) => kpi.label === label);
    if (!item) throw new Error(`${county.slug}: headline ${label} is not a KPI`);
    return item;
  });
  const right: View[] = [
    { id: 'kpi', kind: 'kpi', title: '主要数据', items: kpiItems, grid: { x, y: 0, w, h: 6 } },
  ];
  const rows: View[][] = paired ? [rest.slice(0, 2), ...rest.slice(2).map((view) => [view])] : rest.map((view) => [view]);
  let y = 6;
  rows.forEach((row, i) => {
    const h = i === rows.length - 1 ? 24 - y : Math.floor(18 / rows.length);
    const cellWidth = w / row.length;
    row.forEach((view, j) => right.push({ ...view, grid: { x: x + j * cellWidth, y, w: cellWidth, h } }));
    y += h;
  });
  const views = [map, ...right];
  const linked = townshipLinkedViews(content);
  const links: Link[] = linked.length > 0 ? [{ select: 'map', filter: linked, field: 'township' }] : [];
  return {
    ...documentBase(content, content.title, content.description, pick(datasets, datasetsUsedBy(views))),
    theme: 'bigscreen',
    refresh: '10m',
    kind: 'dashboard',
    layout: { width: 1920, height: 1080, fit: 'contain', columns: 24, rowHeight: 40, gap: 12 },
    views,
    ...(links.length > 0 ? { links } : {}),
  };
}

/** One spec per view kind the county's data support, by file name. */
export function singleViewSpecs(county: County, content: CountyContent, topojson = false): Record<string, object> {
  const datasets = countyDatasets(county, content);
  const specs: Record<string, object> = {};
  const map = countyMapView(county, content) as CountyMapSpec & View;
  const mapDatasets = pick(datasets, content.measure ? ['townships', 'township-stats'] : ['townships']);
  // The county with a TopoJSON copy draws its map from it, to show `format: "topojson"`.
  if (topojson) mapDatasets.townships = townshipsDataset(county, files.townshipsTopo);
  const mapSpec: CountyMapSpec = {
    ...documentBase(content, map.title!, map.description!, mapDatasets),
    ...(map as Omit<CountyMapSpec, keyof DocumentBase>),
  };
  specs['map.json'] = mapSpec;
  if (content.coverageKinds) {
    const view = mapView(county, content);
    const spec: StationCoverageSpec = {
      ...documentBase(content, view.title!, view.description!, pick(datasets, ['townships', 'stations'])),
      ...(view as Omit<StationCoverageSpec, keyof DocumentBase>),
    };
    specs['coverage.json'] = spec;
  }
  if (content.trends.length > 0) {
    const view = trendView(content.trends[0]);
    const spec: ActivityTrendSpec = {
      ...documentBase(content, view.title!, view.description!, pick(datasets, ['activities'])),
      ...(view as Omit<ActivityTrendSpec, keyof DocumentBase>),
    };
    specs['trend.json'] = spec;
  }
  const funds = fundsView(content);
  const fundSpec: FundChartSpec = {
    ...documentBase(content, funds.title!, funds.description!, pick(datasets, ['funds'])),
    ...(funds as Omit<FundChartSpec, keyof DocumentBase>),
  };
  specs['funds.json'] = fundSpec;
  const kpiSpec: KpiSpec = {
    ...documentBase(content, `${county.name}政协履职数据`, '文章报道的数字，带来源与“多/余/约/以上”限定。', pick(datasets, ['kpi'])),
    id: 'kpi',
    kind: 'kpi',
    data: 'kpi',
  };
  specs['kpi.json'] = kpiSpec;
  return specs;
}
