import type { CountyMapView, RegionMeasure } from '@tongxin/spec';
import type { CompileContext, CompiledView, DataTable, LoadedData, SelectableItem } from '../model.ts';
import { messages } from '../messages.ts';
import { formatValue } from '../format/format-value.ts';
import { qualifierWord } from '../format/qualifier-word.ts';
import { anyIllustrative, distinct, recordSourceTitle } from './figure-sources.ts';
import { baseOption, contextTokens } from './base-option.ts';
import { mapProjection } from './map-projection.ts';
import { mapRegistration } from './map-registration.ts';
import { noteGraphic } from './note-graphic.ts';
import { ownEntry } from './own-entry.ts';
import { regionLevel } from './region-level.ts';
import { regionValues, type RegionValue } from './region-values.ts';
import { tooltipHtml } from './tooltip-html.ts';
import { regionFillOf, regionVisualMap } from './region-visual-map.ts';
import { regionLabelStyle } from './region-label-style.ts';

/**
 * A choropleth of townships or counties: one `map` series drawn with d3's
 * projection, coloured through a visualMap, labelled, single-selectable,
 * and drilled into a more detailed map when `ctx.drilledInto` names a
 * drill-down region.
 * Modules: MapChart, VisualMapComponent, TooltipComponent, GraphicComponent, AriaComponent.
 */
export function compileCountyMap(view: CountyMapView, data: LoadedData, ctx: CompileContext): CompiledView {
  const m = messages(ctx.locale);
  const tokens = contextTokens(ctx);
  const parentRegions = ownEntry(data.datasets, view.regions)?.regions;
  const drill = ctx.drilledInto ? view.drilldown?.find((d) => d.region === ctx.drilledInto) : undefined;
  const regionsId = drill ? drill.regions : view.regions;
  const measure: RegionMeasure | undefined = drill ? drill.measure : view.measure;
  const regionsSet = ownEntry(data.datasets, regionsId);
  const regions = regionsSet?.regions ?? { type: 'FeatureCollection' as const, features: [] };
  const drillCodes = new Set(drill ? [] : (view.drilldown ?? []).map((d) => d.region));

  const values = regionValues(regions, measure, data);
  const unit = measure?.unit ?? 'count';
  const fmt = (v: RegionValue) => (v.value == null ? m.noMeasure : formatValue(v.value, { locale: ctx.locale, unit, qualifier: v.qualifier }));
  const sourceOf = (v: RegionValue) => (v.record ? recordSourceTitle(data, measure?.data, v.record) : undefined);
  const registration = mapRegistration(regionsId, regions);
  const selected = ctx.selection?.value;

  const numeric = values.filter((v) => v.value != null);
  const fillOf = measure && numeric.length ? regionFillOf(numeric.map((v) => v.value!), unit, tokens) : undefined;
  const seriesData = values.map((v) => ({
    name: v.name,
    value: v.value,
    code: v.code,
    // Each name in the colour that reads on its own fill (a light ramp end needs dark text, a dark one light).
    label: regionLabelStyle(v.value != null && fillOf ? fillOf(v.value) : tokens.regionFill, tokens),
    ...(selected === v.code ? { selected: true } : {}),
  }));

  const illustrativeRegions = regionsSet?.illustrative === true;
  const attributions = distinct([regionsSet?.spec.attribution]);

  const option: Record<string, unknown> = {
    ...baseOption(ctx, {
      trigger: 'item',
      formatter: (p: { dataIndex: number; color?: string }) => {
        const v = values[p.dataIndex];
        if (!v) return '';
        return tooltipHtml(v.name, measure ? [{ label: measure.label ?? m.column.value, value: fmt(v), color: p.color }] : [], sourceOf(v) && m.sourcePrefix + sourceOf(v));
      },
    }),
    series: [
      {
        type: 'map',
        id: 'regions',
        name: measure?.label ?? view.title ?? '',
        map: registration.name,
        projection: mapProjection(regions, ctx),
        roam: false,
        selectedMode: 'single',
        // Names never take a click or a hover: a name that runs over a small neighbour (or grows when
        // its region is hovered) would otherwise select the wrong region (label.silent, ECharts ≥ 5).
        label: { show: view.labels !== false, formatter: '{b}', silent: true },
        labelLayout: { hideOverlap: true },
        emphasis: { label: { show: true, silent: true, ...regionLabelStyle(tokens.emphasis, tokens) }, itemStyle: { areaColor: tokens.emphasis } },
        select: { label: { show: true, silent: true, ...regionLabelStyle(tokens.selected, tokens) }, itemStyle: { areaColor: tokens.selected } },
        itemStyle: { areaColor: tokens.regionFill, borderColor: tokens.regionBorder, borderWidth: 1 },
        data: seriesData,
      },
    ],
    // The attribution goes to the footer (`attributions`); only the short badge is drawn.
    graphic: noteGraphic(illustrativeRegions ? m.illustrativeRegions : undefined, tokens),
  };
  if (measure && numeric.length) option.visualMap = regionVisualMap(numeric.map((v) => v.value!), unit, measure.label, ctx, tokens);

  const table: DataTable = {
    caption: m.caption.countyMap(view.title ?? ''),
    columns: [
      { key: 'region', label: m.column.region },
      { key: 'code', label: m.column.code },
      ...(measure
        ? [
            { key: 'value', label: measure.label ?? m.column.value, numeric: true },
            { key: 'qualifier', label: m.column.qualifier },
            { key: 'source', label: m.column.source },
          ]
        : []),
    ],
    rows: values.map((v) => ({
      cells: { region: v.name, code: v.code, ...(measure ? { value: fmt(v), qualifier: qualifierWord(v.qualifier, ctx.locale), source: sourceOf(v) ?? '' } : {}) },
      raw: { region: v.name, code: v.code, ...(measure ? { value: v.value, qualifier: v.qualifier ?? '', source: sourceOf(v) ?? '' } : {}) },
      ...(sourceOf(v) ? { source: sourceOf(v) } : {}),
      ...(v.qualifier ? { qualifier: v.qualifier } : {}),
    })),
  };

  const max = numeric.reduce<RegionValue | undefined>((best, v) => (!best || v.value! > best.value! ? v : best), undefined);
  const parentName = drill ? parentRegions?.features.find((f) => f.properties.code === drill.region)?.properties.name ?? drill.region : undefined;
  const summary = m.summary.countyMap({
    title: parentName ?? view.title,
    count: values.length,
    level: regionLevel(values.map((v) => v.code)),
    measure: measure ? measure.label ?? m.column.value : undefined,
    max: max ? { name: max.name, value: fmt(max) } : undefined,
  });

  const selectable: SelectableItem[] = values.map((v, i) => ({
    key: v.code,
    name: v.name,
    value: v.value,
    seriesIndex: 0,
    dataIndex: i,
    ...(drillCodes.has(v.code) ? { drill: true } : {}),
  }));

  return {
    view,
    option,
    maps: [registration],
    table,
    summary,
    illustrative: anyIllustrative(data, [regionsId, measure?.data], values.flatMap((v) => (v.record ? [v.record] : []))),
    illustrativeRegions,
    attributions,
    sources: distinct(values.map(sourceOf)),
    empty: values.length === 0,
    selectable,
    ...(drill ? { drill: { current: drill.region, name: parentName!, back: true } } : {}),
  };
}
