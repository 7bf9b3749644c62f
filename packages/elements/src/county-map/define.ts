import { TxCountyMap } from './county-map.ts';

if (!customElements.get('tx-county-map')) customElements.define('tx-county-map', TxCountyMap);

declare global {
  interface HTMLElementTagNameMap {
    'tx-county-map': TxCountyMap;
  }
}

export { TxCountyMap };
