/**
 * Props of each Tongxin tag in JSX (React 19, Preact): the element's own properties, typed from
 * its class, and its events as `ontx-select` / `ontx-render` / `ontx-error` — React 19 and Preact
 * set a prop as a property when the element has one and add `on<event-name>` props as listeners.
 */
import type {
  TxActivityTrend, TxCountyMap, TxErrorEvent, TxFundChart, TxKpi, TxRenderEvent, TxSelectEvent, TxStationCoverage,
} from '@tongxin/elements';
import type { TxDashboard } from '@tongxin/elements/dashboard.js';

export interface TxEventProps {
  /** A region, bar, point or card was chosen (click or Enter). */
  'ontx-select'?: (event: TxSelectEvent) => void;
  /** The view finished drawing. */
  'ontx-render'?: (event: TxRenderEvent) => void;
  /** The spec or its data could not be used. */
  'ontx-error'?: (event: TxErrorEvent) => void;
}

type ViewProps = 'src' | 'spec' | 'theme' | 'locale' | 'view' | 'pixelRatio' | 'decal';

export type TxCountyMapProps = Partial<Pick<TxCountyMap, ViewProps | 'regions'>> & TxEventProps;
export type TxStationCoverageProps = Partial<Pick<TxStationCoverage, ViewProps | 'regions' | 'stations'>> & TxEventProps;
export type TxActivityTrendProps = Partial<Pick<TxActivityTrend, ViewProps | 'mark' | 'period'>> & TxEventProps;
export type TxFundChartProps = Partial<Pick<TxFundChart, ViewProps | 'mode' | 'by' | 'target'>> & TxEventProps;
export type TxKpiProps = Partial<Pick<TxKpi, ViewProps | 'label' | 'value' | 'unit' | 'unitLabel' | 'qualifier' | 'previous'>> & TxEventProps;
export type TxDashboardProps = Partial<Pick<TxDashboard, 'src' | 'spec' | 'theme' | 'locale' | 'fit' | 'noTour'>> & TxEventProps;
