import type { Spec } from '@tongxin/spec';
import { loadData, type CompileContext, type LoadedData } from '../../../packages/core/src/index.ts';

/** A 0.1° square township at (x, y), counter-clockwise as RFC 7946 writes it. */
export const square = (code: string, name: string, x: number, y: number) => ({
  type: 'Feature',
  properties: { code, name },
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] },
});

export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Three townships in a row; the third has a hostile name. */
export const townships = {
  type: 'FeatureCollection',
  features: [square('451323100', '武宣镇', 109.6, 23.6), square('451323101', '桐岭镇', 109.7, 23.6), square('451323102', HOSTILE, 109.8, 23.6)],
};

/** 来宾市 with two counties, 武宣县 drilling down to the townships above. */
export const counties = {
  type: 'FeatureCollection',
  features: [square('451323', '武宣县', 109.6, 23.6), square('451381', '合山市', 108.8, 23.8)],
};

export const sources = {
  'wuxuan-2022': { title: '委员履职“三聚焦” 乡村振兴添动力', publisher: '广西政协网' },
  'qianwei-2025': { title: '坚持“四高”导向 增强同心共建质效', publisher: '犍为县政协' },
};

/** Load inline datasets the way an element does. */
export function load(datasets: Record<string, unknown>): Promise<LoadedData> {
  return loadData({ version: 1, kind: 'dashboard', views: [], sources, datasets } as unknown as Spec, { fetch: () => Promise.reject(new Error('no network in tests')) });
}

export const zh: CompileContext = { locale: 'zh-CN', theme: 'portal', width: 600, height: 400 };
export const en: CompileContext = { ...zh, locale: 'en' };

/** Call an option's tooltip formatter the way ECharts does. */
export function tooltipText(option: Record<string, unknown>, params: unknown): string {
  const tooltip = option.tooltip as { formatter: (p: unknown) => string };
  return tooltip.formatter(params);
}

export type AnySeries = Record<string, any>;
export const seriesOf = (option: Record<string, unknown>) => option.series as AnySeries[];

/** Fill colour of each item of a series in server-rendered SVG, by data index. */
export function svgFills(svg: string, seriesIndex: number): Record<number, string> {
  const fills: Record<number, string> = {};
  for (const match of svg.matchAll(/<(?:path|polygon)[^>]*>/g)) {
    const tag = match[0];
    const s = /ecmeta_series_index="(\d+)"/.exec(tag)?.[1];
    const d = /ecmeta_data_index="(\d+)"/.exec(tag)?.[1];
    const fill = /fill="([^"]+)"/.exec(tag)?.[1];
    if (s === String(seriesIndex) && d != null && fill && !(Number(d) in fills)) fills[Number(d)] = fill;
  }
  return fills;
}
