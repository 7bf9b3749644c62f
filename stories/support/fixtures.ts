/**
 * Small inline specs for the states the county files do not show: hostile and very long
 * names, empty data, English. All figures here are made up and marked `illustrative`.
 */

/** Text that must appear as text, never run: if a tooltip or label used innerHTML, the page would alert. */
export const HOSTILE_NAMES = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(2)>', '武宣镇</title><script>alert(3)</script>'];

/** Names as long as real ones get. */
export const LONG_NAMES = [
  '广西壮族自治区来宾市武宣县二塘镇政协委员工作联络站',
  '黄茆镇“两代表一委员”乡村振兴协商议事工作室（示范点）',
  '桐岭镇界别委员工作室暨委员书屋读书分享点',
  '通挽镇',
];

const WUXUAN_CORNER: [number, number] = [109.55, 23.5];
const CELL = 0.09;

/**
 * Square townships in a grid near 武宣县, codes 451323100, 451323101, …, exterior rings
 * counter-clockwise as RFC 7946 asks.
 */
export function squareTownships(names: readonly string[]) {
  const columns = Math.ceil(Math.sqrt(names.length));
  return {
    type: 'FeatureCollection' as const,
    features: names.map((name, i) => {
      const x0 = WUXUAN_CORNER[0] + (i % columns) * CELL;
      const y0 = WUXUAN_CORNER[1] + Math.floor(i / columns) * CELL;
      const ring = [[x0, y0], [x0 + CELL, y0], [x0 + CELL, y0 + CELL], [x0, y0 + CELL], [x0, y0]];
      return {
        type: 'Feature' as const,
        properties: { code: townshipCode(i), name },
        geometry: { type: 'Polygon' as const, coordinates: [ring] },
      };
    }),
  };
}

export function townshipCode(index: number): string {
  return String(451323100 + index);
}

const townshipsDataset = (names: readonly string[]) => ({
  values: squareTownships(names),
  format: 'geojson' as const,
  crs: 'gcj02' as const,
  illustrative: true,
  attribution: 'Storybook 示意区划 / illustrative squares',
});

export function countyMapSpec(names: readonly string[], title = '乡镇联络站数量（示意）') {
  return {
    version: 1,
    id: 'county-map',
    kind: 'county-map',
    title,
    datasets: {
      townships: townshipsDataset(names),
      stationCounts: { values: names.map((_, i) => ({ township: townshipCode(i), stations: (i * 3) % 7 + 1 })), illustrative: true },
    },
    regions: 'townships',
    measure: { data: 'stationCounts', field: 'stations', key: 'township', label: title },
  };
}

export function stationCoverageSpec(names: readonly string[], title = '联络站覆盖（示意）') {
  const fc = squareTownships(names);
  return {
    version: 1,
    id: 'station-coverage',
    kind: 'station-coverage',
    title,
    datasets: {
      townships: townshipsDataset(names),
      stations: {
        crs: 'gcj02',
        illustrative: true,
        // Every township but the last has a station at its centre.
        values: fc.features.slice(0, -1).map((f, i) => ({
          id: `s${i}`,
          name: `${f.properties.name}联络站`,
          kind: 'liaison',
          township: f.properties.code,
          lon: f.geometry.coordinates[0][0][0] + CELL / 2,
          lat: f.geometry.coordinates[0][0][1] + CELL / 2,
        })),
      },
    },
    regions: 'townships',
    stations: 'stations',
  };
}

export function activityTrendSpec(kinds: readonly string[], title = '履职活动（示意）') {
  const years = ['2021', '2022', '2023', '2024'];
  return {
    version: 1,
    id: 'activity-trend',
    kind: 'activity-trend',
    title,
    datasets: {
      activities: {
        illustrative: true,
        values: kinds.flatMap((kind, k) => years.map((period, y) => ({ period, kind, value: 10 + k * 4 + y * 6 }))),
      },
    },
    data: 'activities',
  };
}

export function fundChartSpec(campaigns: readonly string[], title = '捐赠资金（示意）') {
  return {
    version: 1,
    id: 'fund-chart',
    kind: 'fund-chart',
    title,
    datasets: {
      funds: {
        illustrative: true,
        values: campaigns.map((campaign, i) => ({ campaign, amount: 1_200_000 + i * 850_000, qualifier: 'over' })),
      },
    },
    data: 'funds',
  };
}

export function kpiSpec(labels: readonly string[], title = '履职要点（示意）') {
  return {
    version: 1,
    id: 'kpi',
    kind: 'kpi',
    title,
    items: labels.map((label, i) => ({ label, value: 40 + i * 17, unitLabel: '件', illustrative: true })),
  };
}

/** The same spec with every dataset's records (or features) removed: the empty state. */
export function withoutRecords<T extends { datasets?: Record<string, { values?: unknown }>; items?: unknown[] }>(spec: T): T {
  const copy = structuredClone(spec);
  for (const dataset of Object.values(copy.datasets ?? {})) {
    const values = dataset.values as { type?: string; features?: unknown[] } | unknown[] | undefined;
    if (Array.isArray(values)) dataset.values = [];
    else if (values?.type === 'FeatureCollection') dataset.values = { ...values, features: [] };
  }
  if (copy.items) copy.items = [];
  return copy;
}

/** A spec in English, title included. */
export function inEnglish<T extends object>(spec: T, title: string): T {
  return { ...spec, locale: 'en', title };
}
