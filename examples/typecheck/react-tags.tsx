// React 19 JSX with @tongxin/elements/jsx-react: tags, their props and `ontx-*` events are checked.
import type {} from '@tongxin/elements/jsx-react';

export const map = (
  <tx-county-map src="/data/wuxuan/map.json" theme="bigscreen" locale="en" pixelRatio={2} decal
    ontx-select={(event) => event.detail.key.toUpperCase()}
    ontx-error={(event) => event.detail.errors.map((e) => e.path)} />
);
export const kpi = <tx-kpi label="热线来电" value={152} unit="count" qualifier="over" className="wide" />;
export const dashboard = <tx-dashboard src="/data/wuxuan/dashboard.json" fit="contain" noTour />;

// @ts-expect-error theme is 'portal' | 'bigscreen'
export const badTheme = <tx-fund-chart theme="dark" />;
// @ts-expect-error value is a number
export const badValue = <tx-kpi value="152" />;
// @ts-expect-error the select detail has no `code`
export const badEvent = <tx-station-coverage ontx-select={(event) => event.detail.code} />;
// @ts-expect-error not a Tongxin tag
export const unknown = <tx-county-mapp />;
