/**
 * Plain hand-written ECharts: the code a portal developer would write for the same 武宣 pictures
 * without Tongxin — read the data files, shape them with a few lines of array code, one
 * `init` + `setOption` per chart, KPI cards as plain DOM. Not Tongxin's compiled option: no
 * validation, no data table, no aria summary, no themes from tokens, no formatting library.
 * The same ECharts modules as the elements (the page registers them), the same data.
 * Used by bench/overhead.ts (single charts) and bench/dashboard.ts (the dashboard page).
 */
import { init, registerMap, type ECharts } from 'echarts/core';
import { feature } from 'topojson-client';

export interface StationRow { id: string; name: string; kind: string; township: string; lon: number; lat: number }
export interface ActivityRow { period: string; kind: string; value: number; township?: string }
export interface FundRow { campaign: string; amount: number; qualifier?: string }
export interface KpiRow { label: string; value: number; unit?: string; unitLabel?: string }
export interface TownshipStat { township: string; name: string; [field: string]: unknown }
type Regions = { type: 'FeatureCollection'; features: Array<{ properties: { code: string; name: string }; geometry: unknown }> };

const RED = '#c23531';
const RAMP = ['#cfe1f1', '#9dc2e3', '#6a9fcf', '#3a6fa8', '#1f4a7a'];
const QUALIFIER: Record<string, string> = { over: '多', about: '约', 'at-least': '以上' };
const STATION_KINDS: Record<string, string> = { liaison: '联络站', 'deputies-studio': '代表委员工作室', 'sector-studio': '界别工作室', 'reading-point': '读书点', 'consultation-point': '协商议事点', 'industry-base': '产业基地' };
const ACTIVITY_KINDS: Record<string, string> = { 'culture-outreach': '送文化进基层', 'hotline-enterprise': '企业热线诉求', 'hotline-public': '群众热线诉求', supervision: '专项监督' };

/** 5000000, 多 → 500多万元. */
const wan = (yuan: number, qualifier = '') => `${Number((yuan / 1e4).toFixed(1))}${qualifier}万元`;

/** Called between init and the first setOption (to listen for `finished`). */
export type OnInit = (chart: ECharts) => void;

/** ECharts' next `finished` (listen before setOption). */
export function finished(chart: ECharts): Promise<number> {
  return new Promise((done) => chart.on('finished', () => done(performance.now())));
}

/** Bars by campaign, in 万元 with 多/约. */
export function fundChart(el: HTMLElement, funds: FundRow[], onInit?: OnInit): ECharts {
  const chart = init(el);
  onInit?.(chart);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 72, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${v / 1e4}万` } },
    yAxis: { type: 'category', inverse: true, data: funds.map((f) => f.campaign) },
    series: [{
      type: 'bar',
      itemStyle: { color: RED },
      data: funds.map((f) => f.amount),
      label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => wan(funds[p.dataIndex].amount, QUALIFIER[funds[p.dataIndex].qualifier ?? ''] ?? '') },
    }],
  });
  return chart;
}

/** Township regions coloured by one field of the township table (a TopoJSON or GeoJSON file). */
export function countyMap(el: HTMLElement, regions: Regions | { type: 'Topology'; objects: Record<string, unknown> }, stats: TownshipStat[], field: string, onInit?: OnInit, mapName = 'hand-wuxuan'): ECharts {
  const geojson = regions.type === 'Topology' ? feature(regions as never, (regions.objects as Record<string, never>).townships) as unknown as Regions : regions;
  registerMap(mapName, geojson as never);
  const values = stats.map((s) => Number(s[field] ?? 0));
  const chart = init(el);
  onInit?.(chart);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}：${Number.isFinite(p.value) ? p.value : '—'}` },
    visualMap: { min: Math.min(...values), max: Math.max(...values), left: 8, bottom: 8, calculable: true, inRange: { color: RAMP } },
    series: [{ type: 'map', map: mapName, label: { show: true }, data: stats.map((s, i) => ({ name: s.name, value: values[i] })) }],
  });
  return chart;
}

/** Stations on the township map, townships with a liaison station filled, the others grey. */
export function stationCoverage(el: HTMLElement, regions: Regions, stations: StationRow[], onInit?: OnInit, onTownship?: (code: string, name: string) => void, mapName = 'hand-wuxuan-coverage'): ECharts {
  registerMap(mapName, regions as never);
  const covered = new Set(stations.filter((s) => s.kind === 'liaison').map((s) => s.township));
  const kinds = [...new Set(stations.map((s) => s.kind))];
  const chart = init(el);
  onInit?.(chart);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { bottom: 4, data: kinds.map((k) => STATION_KINDS[k] ?? k) },
    geo: {
      map: mapName,
      label: { show: true },
      regions: regions.features.map((f) => ({ name: f.properties.name, itemStyle: { areaColor: covered.has(f.properties.code) ? '#9dc2e3' : '#e4e5e8' } })),
    },
    series: kinds.map((kind) => ({
      type: 'scatter',
      coordinateSystem: 'geo',
      name: STATION_KINDS[kind] ?? kind,
      symbolSize: 8,
      data: stations.filter((s) => s.kind === kind).map((s) => ({ name: s.name, value: [s.lon, s.lat] })),
    })),
  });
  if (onTownship) {
    const codes = new Map(regions.features.map((f) => [f.properties.name, f.properties.code]));
    chart.on('click', (event) => {
      if (event.componentType === 'geo' && codes.has(event.name)) onTownship(codes.get(event.name)!, event.name);
    });
  }
  return chart;
}

/** The trend's option: months × kinds, stacked, for the records given. */
export function trendOption(activities: ActivityRow[]): Record<string, unknown> {
  const months = [...new Set(activities.map((a) => a.period))].sort();
  const kinds = Object.keys(ACTIVITY_KINDS);
  const sums = new Map<string, number>();
  for (const a of activities) sums.set(`${a.kind}|${a.period}`, (sums.get(`${a.kind}|${a.period}`) ?? 0) + a.value);
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value' },
    series: kinds.map((kind, i) => ({
      type: 'bar',
      stack: 'total',
      name: ACTIVITY_KINDS[kind],
      data: months.map((m) => sums.get(`${kind}|${m}`) ?? 0),
      ...(i === 0 ? { markLine: { symbol: 'none', data: [{ xAxis: '2022-01', label: { formatter: '开通企业、群众服务热线' } }] } } : {}),
    })),
  };
}

/** Activities by month, stacked by kind, with the one annotation. */
export function activityTrend(el: HTMLElement, activities: ActivityRow[], onInit?: OnInit): ECharts {
  const chart = init(el);
  onInit?.(chart);
  chart.setOption(trendOption(activities));
  return chart;
}

/** KPI cards: label, figure with unit. */
export function kpiCards(el: HTMLElement, items: KpiRow[]): void {
  for (const item of items) {
    const card = el.appendChild(document.createElement('div'));
    card.className = 'card';
    card.appendChild(document.createElement('div')).textContent = item.label;
    card.appendChild(document.createElement('strong')).textContent = item.unit === 'percent' ? `${item.value}%` : `${item.value.toLocaleString('zh-CN')}${item.unitLabel ?? ''}`;
  }
}
