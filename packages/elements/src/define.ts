/** Registers every Tongxin tag (side effect). */
import './county-map/define.ts';
import './station-coverage/define.ts';
import './activity-trend/define.ts';
import './fund-chart/define.ts';
import './kpi/define.ts';
import './dashboard/define.ts';

export * from './index.ts';
