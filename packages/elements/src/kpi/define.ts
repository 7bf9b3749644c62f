import { TxKpi } from './kpi.ts';

if (!customElements.get('tx-kpi')) customElements.define('tx-kpi', TxKpi);

declare global {
  interface HTMLElementTagNameMap {
    'tx-kpi': TxKpi;
  }
}

export { TxKpi };
