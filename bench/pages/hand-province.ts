/**
 * Plain hand-written ECharts for the province benchmark: what a developer would write without
 * Tongxin for the station-coverage picture of 1,200 townships and 10k–100k stations, from the
 * same two files the element reads (township GeoJSON, station JSON): fetch both, registerMap,
 * count stations per township, one `map` series on the geo coloured covered/uncovered by a
 * piecewise visualMap, one `scatter` per station kind (`large` above 2,000 points, as ECharts'
 * docs advise for big scatters), an item tooltip, a legend, a click handler for the township.
 *
 * What it does not do that the element does: validate the spec or the records, convert
 * coordinates between CRSs, place stations in townships by geometry (it trusts each record's
 * `township` code), hatch and label uncovered townships, move names off the markers or hide
 * overlapping names (it draws no township names: 1,200 unfiltered labels would be unreadable),
 * aria summary, data table, sources, attribution, illustrative badge, theme tokens, a symbol per
 * kind, keyboard selection.
 */
import { init, registerMap, type ECharts } from 'echarts/core';

interface Regions { type: 'FeatureCollection'; features: Array<{ properties: { code: string; name: string } }> }
interface Station { id: string; name: string; kind: string; township: string; lon: number; lat: number }

const KIND_NAMES: Record<string, string> = {
  liaison: '政协工作联络站', 'deputies-studio': '“两代表一委员”工作室', 'sector-studio': '界别委员工作室',
  'reading-point': '委员书屋', 'consultation-point': '协商议事室', 'industry-base': '委员产业基地',
};

/** Fetch, shape and draw into `el`; `onInit` runs between init and setOption (to listen for `finished`). */
export async function provinceCoverage(el: HTMLElement, regionsUrl: string, stationsUrl: string, onInit?: (chart: ECharts) => void, onTownship?: (code: string) => void): Promise<ECharts> {
  const [regions, stations] = await Promise.all([
    fetch(regionsUrl).then((r) => r.json() as Promise<Regions>),
    fetch(stationsUrl).then((r) => r.json() as Promise<Station[]>),
  ]);
  registerMap('hand-province', regions as never);
  const counts = new Map<string, number>();
  const byKind = new Map<string, Station[]>();
  for (const s of stations) {
    counts.set(s.township, (counts.get(s.township) ?? 0) + 1);
    if (!byKind.has(s.kind)) byKind.set(s.kind, []);
    byKind.get(s.kind)!.push(s);
  }
  const kinds = [...byKind.keys()];
  const chart = init(el);
  onInit?.(chart);
  chart.setOption({
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex: number; dataIndex: number; name: string; value: unknown }) =>
        p.seriesIndex === 0 ? `${p.name}：${p.value} 个站点` : byKind.get(kinds[p.seriesIndex - 1])![p.dataIndex].name,
    },
    legend: { top: 4, data: kinds.map((k) => KIND_NAMES[k] ?? k) },
    geo: { map: 'hand-province', roam: false, itemStyle: { borderColor: '#fff' } },
    visualMap: { type: 'piecewise', seriesIndex: 0, left: 8, bottom: 8, pieces: [{ lte: 0, label: '未覆盖', color: '#e4e5e8' }, { gte: 1, label: '已覆盖', color: '#9dc2e3' }] },
    series: [
      { type: 'map', geoIndex: 0, data: regions.features.map((f) => ({ name: f.properties.name, value: counts.get(f.properties.code) ?? 0 })) },
      ...kinds.map((kind) => {
        const list = byKind.get(kind)!;
        return { type: 'scatter', coordinateSystem: 'geo', name: KIND_NAMES[kind] ?? kind, symbolSize: 12, large: list.length > 2000, data: list.map((s) => [s.lon, s.lat]) };
      }),
    ],
  });
  if (onTownship) {
    const codes = new Map(regions.features.map((f) => [f.properties.name, f.properties.code]));
    chart.on('click', (event) => {
      const code = codes.get(event.name);
      if (code && (event.componentType === 'geo' || event.seriesIndex === 0)) onTownship(code);
    });
  }
  return chart;
}
