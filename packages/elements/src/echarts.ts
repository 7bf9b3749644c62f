/**
 * The ECharts core the elements draw with, for pages that inspect an
 * element's instance (`getInstanceByDom(container)`) or register their own
 * maps and themes with the same registry.
 */
export { getInstanceByDom, registerMap, registerTheme } from 'echarts/core';
