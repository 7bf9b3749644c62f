// Registers <tx-dashboard> and the view elements it draws (side effect).
import '../county-map/define.ts';
import '../station-coverage/define.ts';
import '../activity-trend/define.ts';
import '../fund-chart/define.ts';
import '../kpi/define.ts';
import { TxDashboard } from './dashboard.ts';

if (!customElements.get('tx-dashboard')) customElements.define('tx-dashboard', TxDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'tx-dashboard': TxDashboard;
  }
}

export { TxDashboard };
