import { TxActivityTrend } from './activity-trend.ts';

if (!customElements.get('tx-activity-trend')) customElements.define('tx-activity-trend', TxActivityTrend);

declare global {
  interface HTMLElementTagNameMap {
    'tx-activity-trend': TxActivityTrend;
  }
}

export { TxActivityTrend };
