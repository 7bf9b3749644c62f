/**
 * Checked Tongxin tags in React 19 JSX:
 *
 *   import type {} from '@tongxin/elements/jsx-react';   // or "types": ["@tongxin/elements/jsx-react"]
 *   <tx-county-map src="/data/wuxuan/map.json" theme="portal" ontx-select={(e) => e.detail.key} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  TxActivityTrend, TxCountyMap, TxFundChart, TxKpi, TxStationCoverage,
} from '@tongxin/elements';
import type { TxDashboard } from '@tongxin/elements/dashboard.js';
import type {
  TxActivityTrendProps, TxCountyMapProps, TxDashboardProps, TxFundChartProps, TxKpiProps, TxStationCoverageProps,
} from './elements-props.js';

type Tag<E extends HTMLElement, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
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
