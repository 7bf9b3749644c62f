import { TxFundChart } from './fund-chart.ts';

if (!customElements.get('tx-fund-chart')) customElements.define('tx-fund-chart', TxFundChart);

declare global {
  interface HTMLElementTagNameMap {
    'tx-fund-chart': TxFundChart;
  }
}

export { TxFundChart };
