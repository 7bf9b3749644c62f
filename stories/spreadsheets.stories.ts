import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, type ElementArgs } from './support/element-story.ts';

/**
 * Data as a county office has it (examples/spreadsheets, served at ./examples/spreadsheets/):
 * an Excel workbook with Chinese headers and amounts as text, a CSV with years as columns, a CSV
 * of stations with township names and GCJ-02 coordinates, and a portal API response — each drawn
 * through a spec's `fields`, `property` and `transform`. All figures are made up (示意数据).
 */
const meta = {
  title: 'Data/Spreadsheets 表格与接口数据',
  id: 'spreadsheets',
  tags: ['autodocs'],
} satisfies Meta<ElementArgs>;
export default meta;
type Story = StoryObj<ElementArgs>;

const url = (file: string) => `examples/spreadsheets/${file}`;

/** funds.xlsx, sheet 捐赠明细: township names (桐岭 = 桐岭镇), 120万元, 80余万元, 约15万元, 50万元以上; summed per township by `aggregate`. */
export const FundWorkbookMap: Story = {
  name: 'Excel 捐赠台账 → 乡镇汇总地图',
  tags: ['expect-illustrative'],
  render: renderElement('tx-county-map'),
  args: { src: url('funds.json') }, // the dashboard spec's one county-map view
};
/** The same workbook by campaign: 400余万元, 约18.6万元, 约80万元 (qualifiers combined, never dropped). */
export const FundWorkbookChart: Story = {
  name: 'Excel 捐赠台账 → 按项目',
  tags: ['expect-illustrative'],
  render: renderElement('tx-fund-chart'),
  args: { src: url('funds.json') }, // its one fund-chart view
};
/** activities.csv: one column per year, `fold` → one record per year, `timeUnit`, `filter` from 2022. */
export const ActivitiesByYearColumns: Story = {
  name: 'CSV 年份为列 → 趋势',
  tags: ['expect-illustrative'],
  render: renderElement('tx-activity-trend'),
  args: { src: url('activities.json') },
};
/** stations.csv: township names, GCJ-02 coordinates, station kinds in Chinese looked up in station-kinds.csv. */
export const StationSheet: Story = {
  name: 'CSV 站点台账 → 覆盖',
  tags: ['expect-illustrative'],
  render: renderElement('tx-station-coverage'),
  args: { src: url('stations.json') },
};
/** portal-response.json: `{"code":0,"data":{"list":[…]}}` read with `property: "data.list"` and `fields`. */
export const PortalResponse: Story = {
  name: '门户接口返回 → 指标',
  tags: ['expect-illustrative'],
  render: renderElement('tx-kpi'),
  args: { src: url('portal-kpi.json') },
};
/** The whole workbook on a dashboard (map and chart share one fetch of funds.xlsx). */
export const FundWorkbookDashboard: Story = {
  name: 'Excel 捐赠台账 → 大屏',
  render: renderElement('tx-dashboard'),
  parameters: { layout: 'fullscreen', tx: { height: '600px' } },
  args: { src: url('funds.json') },
};
