// Preact JSX with @tongxin/elements/jsx-preact.
import type {} from '@tongxin/elements/jsx-preact';

export const trend = <tx-activity-trend src="/data/wuxuan/trend.json" mark="line" ontx-render={(event) => event.detail.empty} />;
export const funds = <tx-fund-chart mode="progress" target={5_000_000} class="funds" />;

// @ts-expect-error locale is 'zh-CN' | 'en'
export const badLocale = <tx-county-map locale="fr" />;
// @ts-expect-error the render detail has no `key`
export const badEvent = <tx-kpi ontx-render={(event) => event.detail.key} />;
