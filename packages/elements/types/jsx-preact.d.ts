/**
 * Checked Tongxin tags in Preact JSX:
 *
 *   import type {} from '@tongxin/elements/jsx-preact';
 *   <tx-fund-chart src="/data/wuxuan/funds.json" ontx-select={(e) => e.detail.name} />
 */
import type { JSX as PreactJSX } from 'preact';
import type {
  TxActivityTrend, TxCountyMap, TxFundChart, TxKpi, TxStationCoverage,
} from '@tongxin/elements';
import type { TxDashboard } from '@tongxin/elements/dashboard.js';
import type {
  TxActivityTrendProps, TxCountyMapProps, TxDashboardProps, TxFundChartProps, TxKpiProps, TxStationCoverageProps,
} from './elements-props.js';

type Tag<E extends HTMLElement, P> = Omit<PreactJSX.HTMLAttributes<E>, keyof P> & P;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'tx-county-map': Tag<TxCountyMap, TxCountyMapProps>;
      'tx-station-coverage': Tag<TxStationCoverage, TxStationCoverageProps>;
      'tx-activity-trend': Tag<TxActivityTrend, TxActivityTrendProps>;
      'tx-fund-chart': Tag<TxFundChart, TxFundChartProps>;
      'tx-kpi': Tag<TxKpi, TxKpiProps>;
      'tx-dashboard': Tag<TxDashboard, TxDashboardProps>;
    }
  }
}
