import type { ECharts } from 'echarts/core';

/** Where ECharts laid out a data item: a bar's rectangle, or a point. */
export type ItemLayout = { x?: number; y?: number; width?: number; height?: number } | number[] | undefined;

/** What the controllers read of an ECharts series model: its laid-out items and its selection. */
export interface SeriesModel {
  getData(): { getItemLayout(dataIndex: number): ItemLayout };
  getSelectedDataIndices(): number[];
  isSelected(dataIndex: number): boolean;
}

/** The chart's series model at `seriesIndex` (`getModel` is typed private in ECharts, but stable). */
export function seriesModel(chart: ECharts, seriesIndex: number): SeriesModel | undefined {
  return (chart as unknown as { getModel(): { getSeriesByIndex(i: number): SeriesModel | undefined } }).getModel().getSeriesByIndex(seriesIndex);
}
