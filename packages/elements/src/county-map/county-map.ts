import { LitElement, css, type PropertyDeclarations, type PropertyValues } from 'lit';
import { use } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { AriaComponent, GraphicComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { Spec } from '@tongxin/spec';
import { compileCountyMap, preloadGeometryReader } from '@tongxin/core';
import { ViewController, type ItemPoint } from '../controllers/view-controller.ts';
import { chartSupport } from '../shared/chart-support.ts';
import { frameStyles, srOnlyStyles } from '../shared/frame-styles.ts';
import { viewProperties } from '../shared/view-host.ts';
import type { Locale, ThemeName } from '@tongxin/spec';
import type { LoadedSpec, Selection } from '@tongxin/core';
import type { ECharts } from 'echarts/core';

// Only what a county map draws: map series, colour scale, tooltip, note text, aria.
use([MapChart, VisualMapComponent, TooltipComponent, GraphicComponent, AriaComponent, LabelLayout, CanvasRenderer]);
// Every drawing reads regions: the geometry reader loads with this element's code, not after its first data.
preloadGeometryReader();

/**
 * @summary A choropleth of townships or counties, with labels, selection and drill-down.
 *
 * @attr src - URL of a spec; dataset URLs resolve relative to it.
 * @attr regions - URL of a GeoJSON/TopoJSON of regions, for a map without a spec.
 * @attr theme - `portal` or `bigscreen`; overrides the spec's.
 * @attr locale - `zh-CN` or `en`; overrides the spec's.
 * @attr view - Id of the view to draw when the spec is a dashboard.
 * @attr pixel-ratio - Canvas pixel ratio (big screens: device ratio × scale).
 * @attr decal - Draw decal patterns on regions (colour-blind users, print).
 *
 * @fires tx-select - A region was chosen (click or Enter); detail `{ viewId, key: region code, name, value }`.
 * @fires tx-render - The map finished drawing.
 * @fires tx-error - The spec or its data could not be used; detail `{ kind, errors: [{ path, message, hint }] }`.
 *
 * @csspart frame - The box around everything.
 * @csspart header - Title, badges and description.
 * @csspart title - The heading.
 * @csspart badge - The 示意数据 / stale badges.
 * @csspart back - The 返回 button of a drill-down.
 * @csspart chart - The focusable chart area (arrow keys move, Enter selects).
 * @csspart status - The loading, empty and error overlay.
 * @csspart footer - Sources and map attribution.
 * @csspart table - The data table (a `<details>`).
 *
 * @cssproperty --tx-county-map-height - Height of the map area. Default `420px`.
 * @cssproperty --tx-color-background - Chart background (see `cssCustomProperties` in @tongxin/core for all `--tx-color-*`).
 * @cssproperty --tx-color-surface - Frame background.
 * @cssproperty --tx-color-text - Text colour.
 * @cssproperty --tx-color-region-fill - Fill of regions without a measure.
 * @cssproperty --tx-color-ramp-1 - Choropleth ramp, low (…`-5` high).
 * @cssproperty --tx-font-family - Font of the frame and the chart.
 */
export class TxCountyMap extends LitElement {
  static override properties: PropertyDeclarations = { ...viewProperties, regions: { type: String } };
  static override styles = [frameStyles, srOnlyStyles, css`:host { --_chart-height: var(--tx-county-map-height, 420px); }`];

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
  /** URL of a GeoJSON/TopoJSON of regions (with `code` and `name` properties), for a map without a spec. */
  declare regions?: string;

  private readonly controller = new ViewController(this, {
    charts: chartSupport,
    kind: 'county-map',
    // Not sized: ECharts fits the projected regions to the chart itself, so the drawing does not
    // depend on the size compiled at (only station coverage places labels in pixels).
    compile: compileCountyMap,
    drilldown: true,
    attributeSpec: () => (this.regions
      ? {
        version: 1,
        kind: 'county-map',
        id: 'map',
        datasets: { regions: { url: this.regions } },
        regions: 'regions',
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

  /** Region code of the open drill-down, if any. */
  get drilledInto(): string | undefined {
    return this.controller.drilledInto;
  }

  /** Viewport coordinates of a region's label point (for tours, pointers and tests). */
  pointOf(code: string): ItemPoint | undefined {
    return this.controller.pointOf(code);
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
