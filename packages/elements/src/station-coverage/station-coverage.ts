import { LitElement, css, type PropertyDeclarations, type PropertyValues } from 'lit';
import { use } from 'echarts/core';
import { CustomChart, MapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, GraphicComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { Spec } from '@tongxin/spec';
import { compileStationCoverage, preloadGeometryReader } from '@tongxin/core';
import { ViewController, type ItemPoint } from '../controllers/view-controller.ts';
import { chartSupport } from '../shared/chart-support.ts';
import { frameStyles, srOnlyStyles } from '../shared/frame-styles.ts';
import { viewProperties } from '../shared/view-host.ts';
import type { Locale, ThemeName } from '@tongxin/spec';
import type { LoadedSpec, Selection } from '@tongxin/core';
import type { ECharts } from 'echarts/core';

// Only what station coverage draws: townships (geo + map), stations (scatter), service circles (custom).
use([GeoComponent, MapChart, ScatterChart, CustomChart, VisualMapComponent, LegendComponent, TooltipComponent, GraphicComponent,
  AriaComponent, LabelLayout, CanvasRenderer]);
// Every drawing reads regions: the geometry reader loads with this element's code, not after its first data.
preloadGeometryReader();

/**
 * @summary Liaison stations by kind on the township map, with per-township and overall coverage.
 *
 * @attr src - URL of a spec; dataset URLs resolve relative to it.
 * @attr regions - URL of township regions (GeoJSON/TopoJSON), with `stations`, for a map without a spec.
 * @attr stations - URL of station records (`id, name, kind, township, lon, lat`).
 * @attr theme - `portal` or `bigscreen`; overrides the spec's.
 * @attr locale - `zh-CN` or `en`; overrides the spec's.
 * @attr view - Id of the view to draw when the spec is a dashboard.
 * @attr pixel-ratio - Canvas pixel ratio (big screens: device ratio × scale).
 * @attr decal - Draw decal patterns on regions (colour-blind users, print).
 *
 * @fires tx-select - A township or station was chosen (click or Enter); detail `{ viewId, key: township code or station id, name, value }`.
 * @fires tx-render - The map finished drawing.
 * @fires tx-error - The spec or its data could not be used; detail `{ kind, errors: [{ path, message, hint }] }`.
 *
 * @csspart frame - The box around everything.
 * @csspart header - Title, badges and description.
 * @csspart title - The heading.
 * @csspart badge - The 示意数据 / stale badges.
 * @csspart chart - The focusable chart area (arrow keys move, Enter selects).
 * @csspart status - The loading, empty and error overlay.
 * @csspart footer - Sources of the figures.
 * @csspart table - The data table (a `<details>`).
 *
 * @cssproperty --tx-station-coverage-height - Height of the chart area. Default `440px`.
 * @cssproperty --tx-color-background - Chart background (see `cssCustomProperties` in @tongxin/core for all `--tx-color-*`).
 * @cssproperty --tx-color-surface - Frame background.
 * @cssproperty --tx-color-text - Text colour.
 * @cssproperty --tx-color-palette-1 - First series colour (…`-8`).
 * @cssproperty --tx-font-family - Font of the frame and the chart.
 */
export class TxStationCoverage extends LitElement {
  static override properties: PropertyDeclarations = { ...viewProperties, regions: { type: String }, stations: { type: String } };
  static override styles = [frameStyles, srOnlyStyles, css`:host { --_chart-height: var(--tx-station-coverage-height, 440px); }`];

  declare src?: string;
  declare spec?: Spec;
  /** A spec already validated and loaded by `loadSpec` (@tongxin/core), e.g. shared by several elements; nothing is validated or fetched again. */
  declare loaded?: LoadedSpec;
  /** A linked selection `{ field, value }` that filters the view's records (what `tx-dashboard` sets). */
  declare filter?: Selection;
  /** Key of the item shown selected (what `tx-dashboard` sets on the view a linked selection was picked in); null: none; unset: what a click selects. */
  declare selected?: string | null;
  declare theme?: ThemeName;
  declare locale?: Locale;
  declare view?: string;
  declare pixelRatio?: number;
  declare decal?: boolean;
  /** URL of township regions, for a coverage map without a spec (with `stations`). */
  declare regions?: string;
  /** URL of station records, for a coverage map without a spec (with `regions`). */
  declare stations?: string;

  private readonly controller = new ViewController(this, {
    charts: chartSupport,
    kind: 'station-coverage',
    sized: true,
    compile: compileStationCoverage,
    attributeSpec: () => (this.regions && this.stations
      ? {
        version: 1,
        kind: 'station-coverage',
        id: 'coverage',
        datasets: { regions: { url: this.regions }, stations: { url: this.stations } },
        regions: 'regions',
        stations: 'stations',
      }
      : undefined),
  });

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.controller.shouldUpdate(changed);
  }

  override render() {
    return this.controller.render();
  }

  /** The ECharts instance (undefined while disconnected). */
  get chart(): ECharts | undefined {
    return this.controller.echarts?.chart;
  }

  /** The ECharts option last drawn. */
  get option(): Record<string, unknown> | undefined {
    return this.controller.echarts?.option;
  }

  /** Viewport coordinates of a township's label point or a station (by code or station id). */
  pointOf(key: string): ItemPoint | undefined {
    return this.controller.pointOf(key);
  }

  /** The map as a PNG data URL. */
  toImage(pixelRatio?: number): string | undefined {
    return this.controller.toImage(pixelRatio);
  }

  /** The map as an SVG document. */
  toSVG(): Promise<string | undefined> {
    return this.controller.toSVG();
  }

  /** The data table as CSV. */
  toCSV(): string | undefined {
    return this.controller.toCSV();
  }
}
