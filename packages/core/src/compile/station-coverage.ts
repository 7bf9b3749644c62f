import type { StationCoverageView, StationKind, StationRecord } from '@tongxin/spec';
import { coverageStats, serviceCircle, type CoverageStats } from '@tongxin/geo';
import type { CompileContext, CompiledView, DataTable, LoadedData, MapRegistration, SelectableItem } from '../model.ts';
import { messages } from '../messages.ts';
import { formatCount } from '../format/format-count.ts';
import { formatPercent } from '../format/format-percent.ts';
import { anyIllustrative, distinct, recordSourceTitle } from './figure-sources.ts';
import { baseOption, contextTokens } from './base-option.ts';
import { fittedProjection, mapProjection } from './map-projection.ts';
import { mapRegistration } from './map-registration.ts';
import { labelsClearOfStations } from './labels-clear-of-stations.ts';
import { labelFont, labelFontMetrics } from './label-text-width.ts';
import { regionLabelStyle } from './region-label-style.ts';
import { noteGraphic } from './note-graphic.ts';
import { ownEntry } from './own-entry.ts';
import { regionLevel } from './region-level.ts';
import { stationRecords } from './station-records.ts';
import { tooltipHtml } from './tooltip-html.ts';
import { datasetRecords, selectRecords } from './view-records.ts';
import { memoByIdentity } from './memo-by-identity.ts';

const placements = new WeakMap<object, WeakMap<object, Map<string, { stations: StationRecord[]; allStations: CoverageStats; stats: CoverageStats }>>>();

const SYMBOLS = ['circle', 'diamond', 'triangle', 'rect', 'roundRect', 'pin'];
const KIND_ORDER: StationKind[] = ['liaison', 'deputies-studio', 'sector-studio', 'reading-point', 'consultation-point', 'industry-base'];

/** Above this many stations of a kind ECharts draws the kind in large mode: one path per series, no element per point. */
const LARGE_THRESHOLD = 2000;
/** Stations per scatter series at most, for a kind drawn in large mode (see `batches`). */
const STATION_BATCH = 1000;
/** Data rows [lon, lat, name, id]: the third column is the point's name, the fourth its id (stationPoints). */
const STATION_ROWS = {
  dimensions: ['lng', 'lat', { name: 'name', type: 'ordinal' }, { name: 'id', type: 'ordinal' }],
  encode: { lng: 0, lat: 1, itemName: 2, itemId: 3 },
};

/**
 * Stations by kind on the township map, and coverage: the `geo` component
 * draws the townships, a `map` series on it (geoIndex 0) carries each
 * township's counted stations so a piecewise visualMap colours covered and
 * uncovered ones (uncovered also hatched and labelled), one `scatter` series
 * per station kind with its own symbol, and optional service circles as a
 * `custom` series.
 * Modules: GeoComponent, MapChart, ScatterChart, CustomChart (serviceRadius only),
 * VisualMapComponent, LegendComponent, TooltipComponent, GraphicComponent, AriaComponent.
 */

export function compileStationCoverage(view: StationCoverageView, data: LoadedData, ctx: CompileContext): CompiledView {
  const m = messages(ctx.locale);
  const tokens = contextTokens(ctx);
  const regionsSet = ownEntry(data.datasets, view.regions);
  const stationsSet = ownEntry(data.datasets, view.stations);
  // Own keys only: a kind outside the catalogue is shown as written (stationKindName reads inherited keys too).
  const kindName = (kind: string) => ownEntry<string>(m.stationKind, kind) ?? kind;
  const regions = regionsSet?.regions ?? { type: 'FeatureCollection' as const, features: [] };
  const crs = regionsSet?.crs ?? 'wgs84';
  const rawStations = selectRecords(datasetRecords(data, view.stations), ctx.selection);
  const placed = memoByIdentity(placements, rawStations, regions, `${stationsSet?.crs ?? 'wgs84'}>${crs}|${(view.countKinds ?? []).join(',')}`, () => {
    const stations = stationRecords(rawStations, stationsSet?.crs ?? 'wgs84', crs);
    const allStations = coverageStats(regions, stations);
    // Placing stations is the costly part on a province map: only redo it when some kinds do not count.
    const stats = view.countKinds?.length ? coverageStats(regions, stations, { kinds: view.countKinds }) : allStations;
    return { stations, allStations, stats };
  });
  const { stations, allStations, stats } = placed;
  const rate = formatPercent(stats.rate * 100, ctx.locale);

  // Stations by kind, in one pass (in the order given within a kind); kinds in order of first appearance, then by rank.
  const byKind = new Map<string, StationRecord[]>();
  for (const s of stations) {
    const list = byKind.get(s.kind);
    if (list) list.push(s);
    else byKind.set(s.kind, [s]);
  }
  const kinds = distinct([...byKind.keys()]).sort((a, b) => rank(a) - rank(b));
  const sourceOf = (s: StationRecord) => recordSourceTitle(data, view.stations, s as never);
  const stationLines = (s: StationRecord) => [
    { label: m.column.kind, value: kindName(s.kind) },
    ...(s.village ? [{ label: m.column.village, value: String(s.village) }] : []),
  ];

  // One series per kind; a kind drawn in large mode, one series per STATION_BATCH of its stations
  // (same name, one legend item). Chromium's canvas closePath takes time in proportion to the
  // sub-paths already in the path (5,000 triangles: 143 ms, 20,000: 1.96 s), and a large series is
  // one path: in batches of 5,000, 100,000 stations spent 1.2 s of their 1.9 s first render in
  // closePath, in batches of 1,000 about a fifth of that (each series adds ~1 ms of ECharts' own).
  // Every batch of such a kind is drawn in large mode (largeThreshold 0), the last one too.
  // Drawn at once, not progressively: progressive frames re-played the whole path each frame.
  const batches = kinds.flatMap((kind, k) => {
    const ofKind = byKind.get(kind)!;
    if (ofKind.length <= LARGE_THRESHOLD) return [{ kind, k, b: 0, large: false, stations: ofKind }];
    return Array.from({ length: Math.ceil(ofKind.length / STATION_BATCH) }, (_, b) => ({ kind, k, b, large: true, stations: ofKind.slice(b * STATION_BATCH, (b + 1) * STATION_BATCH) }));
  });
  const stationsInSeries = batches.map((batch) => batch.stations);
  const illustrativeRegions = regionsSet?.illustrative === true;
  const attributions = distinct([regionsSet?.spec.attribution]);

  // Each station's source looked up once: distinct per township (for the table) and overall, in order of first appearance.
  const sourcesByTownship = new Map<string, Set<string>>();
  const allSources = new Set<string>();
  for (const st of stations) {
    const source = sourceOf(st);
    if (source == null || source === '') continue;
    allSources.add(source);
    const township = String(st.township);
    const set = sourcesByTownship.get(township);
    if (set) set.add(source);
    else sourcesByTownship.set(township, new Set([source]));
  }
  const table: DataTable = {
    caption: m.caption.stationCoverage(view.title ?? ''),
    columns: [
      { key: 'region', label: m.column.region },
      { key: 'code', label: m.column.code },
      { key: 'countedStations', label: m.column.countedStations, numeric: true },
      { key: 'stations', label: m.column.stations, numeric: true },
      { key: 'covered', label: m.column.covered },
      { key: 'source', label: m.column.source },
    ],
    rows: stats.byRegion.map((r, i) => {
      const source = [...(sourcesByTownship.get(r.code) ?? [])].join('；');
      return {
        cells: {
          region: r.name,
          code: r.code,
          countedStations: String(r.stations),
          stations: String(allStations.byRegion[i].stations),
          covered: r.covered ? m.covered : m.uncovered,
          source,
        },
        raw: { region: r.name, code: r.code, countedStations: r.stations, stations: allStations.byRegion[i].stations, covered: r.covered ? 1 : 0, source },
        ...(source ? { source } : {}),
      };
    }),
  };

  const summary = m.summary.stationCoverage({
    title: view.title,
    total: stats.total,
    covered: stats.covered,
    rate,
    level: regionLevel(stats.byRegion.map((r) => r.code)),
    uncovered: stats.byRegion.filter((r) => !r.covered).map((r) => r.name),
    stations: stations.filter((s) => !view.countKinds?.length || view.countKinds.includes(s.kind)).length,
  });

  const selectable: SelectableItem[] = [
    ...stats.byRegion.map((r, i) => ({ key: r.code, name: r.name, value: r.stations, seriesIndex: 0, dataIndex: i })),
    ...stationsInSeries.flatMap((list, k) => list.map((s, i) => ({ key: String(s.id ?? s.name), name: s.name, value: null, seriesIndex: k + 1, dataIndex: i }))),
  ];

  const compiled = (option: Record<string, unknown>, maps: MapRegistration[]): CompiledView => ({
    view,
    option,
    maps,
    table,
    summary,
    illustrative: anyIllustrative(data, [view.regions, view.stations], rawStations),
    illustrativeRegions,
    attributions,
    sources: [...allSources],
    empty: regions.features.length === 0,
    selectable,
  });

  // A draft (the frame before the chart exists, `CompileContext.draft`) is never drawn: only the
  // table, summary, sources and items the frame shows. (What it made of the drawing before went into
  // caches the drawing then used: the two together cost the same; BENCHMARKS.md.)
  if (ctx.draft) return compiled({}, []);

  const registration = mapRegistration(view.regions, regions);
  // Uncovered townships are hatched, all with this one decal object. ECharts copies the option as
  // it reads it, a decal in each township's itemStyle with it, and makes a canvas and draws a
  // pattern for each copy (60 townships at province scale: ~8 ms); the same object, it draws one
  // pattern for all. `__ec_primitive__` is the mark ECharts' copy leaves as it is (its own typed
  // arrays get it): an ECharts that no longer knew it would copy it, as before. Drawing, ECharts
  // writes into this object: `dirty`, and its defaults for the keys not given. Those keys are
  // there already, not enumerable, so what it writes stays out of the option's JSON (what a redraw
  // is compared by, what an export writes): the decal's JSON is the five keys given.
  const unlisted = { value: undefined, writable: true };
  const hatch = Object.defineProperties({ symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: tokens.textMuted }, {
    __ec_primitive__: { value: true },
    dirty: unlisted,
    symbolSize: unlisted,
    symbolKeepAspect: unlisted,
    backgroundColor: unlisted,
    maxTileWidth: unlisted,
    maxTileHeight: unlisted,
  });
  const regionsSeries = {
    type: 'map',
    id: 'coverage',
    name: m.covered,
    geoIndex: 0,
    data: stats.byRegion.map((r, i) => ({
      name: r.name,
      value: r.stations,
      code: r.code,
      ...(r.covered ? {} : { itemStyle: { decal: hatch } }),
      ...(ctx.selection?.value === r.code ? { selected: true } : {}),
      totalStations: allStations.byRegion[i].stations,
    })),
  };
  const stationSeries = batches.map(({ kind, k, b, large, stations: batch }) => ({
    type: 'scatter',
    id: b === 0 ? `stations-${kind}` : `stations-${kind}-${b}`,
    name: kindName(kind),
    coordinateSystem: 'geo',
    geoIndex: 0,
    symbol: SYMBOLS[rank(kind) % SYMBOLS.length],
    symbolSize: tokens.fontSize,
    z: 3,
    itemStyle: { color: tokens.palette[k % tokens.palette.length], borderColor: tokens.surface, borderWidth: 1 },
    emphasis: { scale: 1.4 },
    // Province scale: a kind with more stations than LARGE_THRESHOLD is drawn as batched paths
    // (measured: 10k stations 1.6 s → 0.8 s, 100k 27 s → 5 s); county data stay below it.
    large: true,
    largeThreshold: large ? 0 : LARGE_THRESHOLD,
    progressive: 0,
    // Rows [lon, lat, name, id] with the name and id read as such (see stationPoints).
    ...(large ? {} : STATION_ROWS),
    data: stationPoints(batch, large),
  }));
  const circles = view.serviceRadius && view.serviceRadius > 0 ? stations.map((s) => serviceCircle([s.lon, s.lat], view.serviceRadius!).coordinates[0]) : [];
  const series: Record<string, unknown>[] = [regionsSeries, ...stationSeries];
  if (circles.length) {
    series.push({
      type: 'custom',
      id: 'service-area',
      name: m.serviceArea(formatCount(view.serviceRadius!, { locale: ctx.locale, unitLabel: ctx.locale === 'zh-CN' ? '米' : 'm' })),
      coordinateSystem: 'geo',
      geoIndex: 0,
      silent: true,
      z: 2,
      // The ring's points are projected by the geo coordinate system at render time.
      renderItem: (params: { dataIndex: number }, api: { coord: (p: number[]) => number[] }) => ({
        type: 'polygon',
        shape: { points: circles[params.dataIndex].map((p) => api.coord(p)) },
        style: { fill: tokens.serviceArea, stroke: tokens.palette[0], lineWidth: 0.5, opacity: 0.9 },
      }),
      data: circles.map((_, i) => i),
    });
  }

  const labelPoints = new Map(registration.geoJSON.features.map((f) => [String(f.properties?.code), f.properties?.cp as [number, number] | undefined]));
  // Two label styles, not one per township (each weighs the colours' contrast: 14 ms for 1,200).
  const coveredLabel = regionLabelStyle(tokens.covered, tokens, { halo: true });
  const uncoveredLabel = { ...regionLabelStyle(tokens.uncovered, tokens, { halo: true }), formatter: `{b}\n${m.uncovered}`, fontWeight: 'bold' };
  const uncoveredCodes = new Set(stats.byRegion.filter((r) => !r.covered).map((r) => r.code));
  const placedLabels = view.labels === false ? { moved: new Map<string, [number, number]>(), hidden: new Set<string>() } : labelsClearOfStations(
    regions,
    stats.byRegion.flatMap((r) => {
      const at = labelPoints.get(r.code);
      return at ? [{ code: r.code, at, lines: r.covered ? [r.name] : [r.name, m.uncovered] }] : [];
    }),
    stations,
    { width: Math.max(1, ctx.width || 400), height: Math.max(1, ctx.height || 300), fontSize: tokens.fontSize, symbolSize: tokens.fontSize },
    fittedProjection(regions, ctx),
    {
      regular: labelFontMetrics(labelFont(tokens.fontSize, tokens.fontFamily)),
      bold: labelFontMetrics(labelFont(tokens.fontSize, tokens.fontFamily, 'bold')),
      halo: Math.max(Number(coveredLabel.textBorderWidth ?? 0), Number((uncoveredLabel as Record<string, unknown>).textBorderWidth ?? 0)),
      isBold: (code) => uncoveredCodes.has(code),
    },
  );
  /**
   * Township names as label-only series drawn above the markers (z 4): a name moves off the
   * markers where there is room (movedLabels) and, on a crowded map, stays readable over them
   * with a halo; names that would collide with each other are left out. Uncovered townships say
   * so in their label, not only by colour. Two series, covered names and uncovered ones, each
   * with its label style at series level and rows [lon, lat, name] for data: a label object per
   * item made ECharts build a model per name and read its label options name by name.
   */
  function townshipNames(covered: boolean): Record<string, unknown> {
    return {
      type: 'scatter',
      id: covered ? 'township-names' : 'township-names-uncovered',
      coordinateSystem: 'geo',
      geoIndex: 0,
      silent: true,
      z: 4,
      // Size 0: only the labels show. A rect, not the default circle: ECharts builds each symbol's
      // path for its bounds, and 1,200 arcs cost tens of milliseconds for nothing drawn.
      symbol: 'rect',
      symbolSize: 0,
      // The symbol at opacity 0, the label at 1 (it would take its symbol's): zrender then skips the
      // empty symbols before measuring them for culling (1,000 bounding boxes on a province map).
      label: { show: true, position: 'inside', fontSize: tokens.fontSize, opacity: 1, ...(covered ? { formatter: '{b}', ...coveredLabel } : uncoveredLabel) },
      itemStyle: { opacity: 0 },
      // Only the names that show: the ones a name before them would cover are left out here
      // (placedLabels.hidden), with the boxes ECharts would measure, so ECharts' own overlap
      // hiding has nothing left to hide and is not asked for (its label layout pass over every
      // name is skipped).
      tooltip: { show: false },
      dimensions: ['lng', 'lat', { name: 'name', type: 'ordinal' }],
      encode: { lng: 0, lat: 1, itemName: 2 },
      data: stats.byRegion.flatMap((r) => {
        if (r.covered !== covered) return [];
        const at = placedLabels.moved.get(r.code) ?? labelPoints.get(r.code);
        if (!at || placedLabels.hidden.has(r.code)) return [];
        return [[at[0], at[1], r.name]];
      }),
    };
  }
  if (view.labels !== false) series.push(townshipNames(true), townshipNames(false));

  const option: Record<string, unknown> = {
    ...baseOption(ctx, {
      trigger: 'item',
      formatter: (p: { componentType?: string; seriesIndex?: number; dataIndex: number; name?: string; color?: string }) => {
        // A township answers as the coverage series, or as the geo component when hovered outside its data.
        if (p.componentType === 'geo' || p.seriesIndex === 0) {
          const r = p.componentType === 'geo' ? stats.byRegion.find((x) => x.name === p.name) : stats.byRegion[p.dataIndex];
          if (!r) return '';
          return tooltipHtml(r.name, [
            { label: m.column.countedStations, value: String(r.stations) },
            { label: m.column.covered, value: r.covered ? m.covered : m.uncovered },
          ]);
        }
        const s = stationsInSeries[(p.seriesIndex ?? 0) - 1]?.[p.dataIndex];
        if (!s) return '';
        const source = sourceOf(s);
        return tooltipHtml(s.name, stationLines(s), source && m.sourcePrefix + source);
      },
    }),
    geo: {
      map: registration.name,
      tooltip: { show: true },
      projection: mapProjection(regions, ctx),
      roam: false,
      selectedMode: 'single',
      // Names are drawn by the township-names series, above the station markers.
      label: { show: false },
      itemStyle: { areaColor: tokens.regionFill, borderColor: tokens.regionBorder, borderWidth: 1 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: tokens.emphasis } },
      select: { label: { show: false }, itemStyle: { areaColor: tokens.selected } },
    },
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      left: 8,
      bottom: 8,
      textStyle: { color: tokens.text, fontSize: tokens.fontSize },
      pieces: [
        // lte/gte: ECharts reads min/max as open bounds, which would leave 0 and 1 uncoloured.
        { lte: 0, label: m.uncovered, color: tokens.uncovered },
        { gte: 1, label: m.covered, color: tokens.covered },
      ],
    },
    legend: { show: kinds.length > 0, top: 4, left: 'center', data: kinds.map(kindName), textStyle: { color: tokens.text } },
    series,
    // The attribution goes to the footer (`attributions`); only the short badge is drawn.
    graphic: noteGraphic(illustrativeRegions ? m.illustrativeRegions : undefined, tokens),
  };
  return compiled(option, [registration]);
}

/**
 * A scatter series' data. In large mode ECharts keeps no element, name or id per point, so a batch
 * drawn that way is flat coordinates, [lon, lat, lon, lat, …]: at 100,000 stations the items with
 * name and id were three copies of 100,000 objects (ours and ECharts' clones of the option), half
 * the element's heap over hand-written ECharts. Other series keep name and id, which ECharts uses
 * to match points across updates, as rows [lon, lat, name, id] (STATION_ROWS): an item that is an
 * object makes ECharts build a model per point to look for item options (about 4,500 points of
 * the province's smaller kinds: ~20 ms of its first render). The tooltip and the selectable items
 * find a station by series and index either way.
 */
function stationPoints(batch: StationRecord[], large: boolean): Float64Array | [number, number, string, string][] {
  if (!large) return batch.map((s) => [s.lon, s.lat, s.name, s.id]);
  const points = new Float64Array(batch.length * 2);
  batch.forEach((s, i) => {
    points[2 * i] = s.lon;
    points[2 * i + 1] = s.lat;
  });
  return points;
}

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind as StationKind);
  return i < 0 ? KIND_ORDER.length : i;
}
