import { readableTextColor } from './contrast.ts';
import { svgSafeFontFamily } from './svg-safe-font-family.ts';
import type { ThemeTokens } from './theme-tokens.ts';

/** An ECharts theme object (for `echarts.init(el, theme)`) from design tokens. */
export function echartsTheme(t: ThemeTokens): Record<string, unknown> {
  const axis = {
    axisLine: { show: true, lineStyle: { color: t.axis } },
    axisTick: { show: true, lineStyle: { color: t.axis } },
    axisLabel: { show: true, color: t.textMuted, fontSize: t.fontSize },
    splitLine: { show: true, lineStyle: { color: [t.grid] } },
    nameTextStyle: { color: t.textMuted, fontSize: t.fontSize },
  };
  const region = {
    itemStyle: { areaColor: t.regionFill, borderColor: t.regionBorder, borderWidth: 1 },
    label: { color: t.text, fontSize: t.fontSize },
    // Hovered and selected regions change fill: their names take whichever text colour reads on it.
    emphasis: { itemStyle: { areaColor: t.emphasis }, label: { color: readableTextColor(t.emphasis, [t.text, t.surface]) } },
    select: { itemStyle: { areaColor: t.selected }, label: { color: readableTextColor(t.selected, [t.text, t.surface]) } },
  };
  return {
    color: t.palette,
    backgroundColor: t.background,
    textStyle: { color: t.text, fontFamily: svgSafeFontFamily(t.fontFamily), fontSize: t.fontSize },
    title: { textStyle: { color: t.text }, subtextStyle: { color: t.textMuted } },
    legend: { textStyle: { color: t.text, fontSize: t.fontSize } },
    tooltip: {
      backgroundColor: t.tooltipBackground,
      borderColor: t.grid,
      textStyle: { color: t.tooltipText, fontSize: t.fontSize },
    },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    visualMap: { color: [...t.ramp].reverse(), textStyle: { color: t.text } },
    geo: region,
    map: region,
    markLine: { lineStyle: { color: t.textMuted }, label: { color: t.text } },
  };
}
