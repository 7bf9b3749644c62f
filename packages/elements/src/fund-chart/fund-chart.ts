import { LitElement, css, type PropertyDeclarations, type PropertyValues } from 'lit';
import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { FundChartView, Spec } from '@tongxin/spec';
import { compileFundChart } from '@tongxin/core';
import { ViewController, type ItemPoint } from '../controllers/view-controller.ts';
import { chartSupport } from '../shared/chart-support.ts';
import { frameStyles, srOnlyStyles } from '../shared/frame-styles.ts';
import { viewProperties } from '../shared/view-host.ts';
import type { Locale, ThemeName } from '@tongxin/spec';
import type { LoadedSpec, Selection } from '@tongxin/core';
import type { ECharts } from 'echarts/core';

// Only what a fund chart draws: bars (amounts, progress), a line (cumulative), the target line
// (compileFundChart emits no `graphic`: no GraphicComponent).
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

/**
 * @summary Money raised by campaign, purpose or donor, progress to a target, or cumulative, in 万元/亿元 with qualifiers.
 *
 * @attr src - URL of a spec; dataset URLs resolve relative to it.
 * @attr mode - `bar`, `progress` or `cumulative`; overrides the spec's.
 * @attr by - `campaign`, `purpose` or `donor`; overrides the spec's.
 * @attr target - Target in yuan for `progress`; overrides the spec's.
 * @attr theme - `portal` or `bigscreen`; overrides the spec's.
 * @attr locale - `zh-CN` or `en`; overrides the spec's.
 * @attr view - Id of the view to draw when the spec is a dashboard.
 * @attr pixel-ratio - Canvas pixel ratio (big screens: device ratio × scale).
 * @attr decal - Draw decal patterns on regions (colour-blind users, print).
 *
 * @fires tx-select - A bar was chosen (click or Enter); detail `{ viewId, key: group, name, value: yuan }`.
 * @fires tx-render - The chart finished drawing.
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
 * @cssproperty --tx-fund-chart-height - Height of the chart area. Default `360px`.
 * @cssproperty --tx-color-background - Chart background (see `cssCustomProperties` in @tongxin/core for all `--tx-color-*`).
 * @cssproperty --tx-color-surface - Frame background.
 * @cssproperty --tx-color-text - Text colour.
 * @cssproperty --tx-color-palette-1 - First series colour (…`-8`).
 * @cssproperty --tx-font-family - Font of the frame and the chart.
 */
export class TxFundChart extends LitElement {
  static override properties: PropertyDeclarations = { ...viewProperties, mode: { type: String }, by: { type: String }, target: { type: Number } };
  static override styles = [frameStyles, srOnlyStyles, css`:host { --_chart-height: var(--tx-fund-chart-height, 360px); }`];

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
  /** `bar`, `progress` or `cumulative`; overrides the spec's. */
  declare mode?: FundChartView['mode'];
  /** Field to group by; overrides the spec's. */
  declare by?: FundChartView['by'];
  /** Target in yuan for `progress`; overrides the spec's. */
  declare target?: number;

  private readonly controller = new ViewController(this, {
    charts: chartSupport,
    kind: 'fund-chart',
    compile: compileFundChart,
    viewOverrides: () => ({
      ...(this.mode ? { mode: this.mode } : {}),
      ...(this.by ? { by: this.by } : {}),
      ...(this.target != null && Number.isFinite(this.target) ? { target: this.target } : {}),
    }),
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

  /** Viewport coordinates of a bar or point (by item key), for pointers and tests. */
  pointOf(key: string): ItemPoint | undefined {
    return this.controller.pointOf(key);
  }

  /** The chart as a PNG data URL. */
  toImage(pixelRatio?: number): string | undefined {
    return this.controller.toImage(pixelRatio);
  }

  /** The chart as an SVG document. */
  toSVG(): Promise<string | undefined> {
    return this.controller.toSVG();
  }

  /** The data table as CSV. */
  toCSV(): string | undefined {
    return this.controller.toCSV();
  }
}
