/**
 * Checked Tongxin tags in Vue 3 templates (vue-tsc, Volar):
 *
 *   // env.d.ts (or any .ts file the app's tsconfig includes)
 *   import type {} from '@tongxin/elements/vue';
 *
 *   <tx-fund-chart :spec.prop="spec" mode="progress" @tx-select="(e) => e.detail.name" />
 *
 * Tag names, props (typed from the element classes: `theme="dark"` or `:mode="42"` are errors) and
 * event payloads (`@tx-select` gets a `TxSelectEvent`) are checked. Vue's compiler must also be told
 * that `tx-*` are custom elements (`compilerOptions.isCustomElement`, see examples/vue/vite.config.ts);
 * with `vueCompilerOptions.strictTemplates` vue-tsc rejects a misspelt tag.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  TxActivityTrend, TxCountyMap, TxErrorEvent, TxFundChart, TxKpi, TxRenderEvent, TxSelectEvent, TxStationCoverage,
} from '@tongxin/elements';
import type { TxDashboard } from '@tongxin/elements/dashboard.js';
import type {
  TxActivityTrendProps, TxCountyMapProps, TxDashboardProps, TxEventProps, TxFundChartProps, TxKpiProps,
  TxStationCoverageProps,
} from './elements-props.js';

/** The events every view element fires, by name. */
export interface TxViewEvents {
  'tx-select': TxSelectEvent;
  'tx-render': TxRenderEvent;
  'tx-error': TxErrorEvent;
}
/** The events `tx-dashboard` fires (tx-select bubbles from its views). */
export interface TxDashboardEvents {
  'tx-select': TxSelectEvent;
  'tx-error': TxErrorEvent;
}

type VueEmit<Events> = EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;

/**
 * A custom element as Vue's template checker sees it (the pattern of Vue's guide, "Web Components
 * and TypeScript"): `$props` are what a template may bind, `$emit` the events it may listen to.
 */
export type DefineTxElement<El extends HTMLElement, Props, Events> = new () => El & {
  /** @deprecated Template prop types only; not a property of the element. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & PublicProps;
  /** @deprecated Template event types only; not a property of the element. */
  $emit: VueEmit<Events>;
};

type VueProps<P> = Omit<P, keyof TxEventProps>;

declare module 'vue' {
  interface GlobalComponents {
    'tx-county-map': DefineTxElement<TxCountyMap, VueProps<TxCountyMapProps>, TxViewEvents>;
    'tx-station-coverage': DefineTxElement<TxStationCoverage, VueProps<TxStationCoverageProps>, TxViewEvents>;
    'tx-activity-trend': DefineTxElement<TxActivityTrend, VueProps<TxActivityTrendProps>, TxViewEvents>;
    'tx-fund-chart': DefineTxElement<TxFundChart, VueProps<TxFundChartProps>, TxViewEvents>;
    'tx-kpi': DefineTxElement<TxKpi, VueProps<TxKpiProps>, TxViewEvents>;
    'tx-dashboard': DefineTxElement<TxDashboard, VueProps<TxDashboardProps>, TxDashboardEvents>;
  }
}
