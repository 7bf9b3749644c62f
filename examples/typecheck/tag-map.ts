// HTMLElementTagNameMap: importing a tag's define module types document.createElement / querySelector.
import '@tongxin/elements/define.js';
import '@tongxin/elements/dashboard.js';
import type { TxCountyMap, TxKpi } from '@tongxin/elements';
import type { TxDashboard } from '@tongxin/elements/dashboard.js';

export const map: TxCountyMap = document.createElement('tx-county-map');
export const kpi: TxKpi | null = document.querySelector('tx-kpi');
export const board: TxDashboard = document.createElement('tx-dashboard');
map.addEventListener('tx-select', (event) => event.detail.name.trim());
// @ts-expect-error a county map is not a KPI
export const wrong: TxKpi = document.createElement('tx-county-map');
