import { TxStationCoverage } from './station-coverage.ts';

if (!customElements.get('tx-station-coverage')) customElements.define('tx-station-coverage', TxStationCoverage);

declare global {
  interface HTMLElementTagNameMap {
    'tx-station-coverage': TxStationCoverage;
  }
}

export { TxStationCoverage };
