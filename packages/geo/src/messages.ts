/**
 * Every message the geo package shows, in zh-CN and en. Errors carry a key and details;
 * `geoMessage` renders them in the reader's locale.
 */
import type { Locale } from '@tongxin/spec';

/** Details each message needs, by key. */
export interface GeoMessageDetails {
  'not-geojson-or-topojson': { found: string };
  'format-mismatch': { expected: 'geojson' | 'topojson'; found: 'geojson' | 'topojson' };
  'topology-invalid': Record<string, never>;
  'topology-object-missing': { object: string; available: string[] };
  'features-not-array': Record<string, never>;
  'feature-invalid': { index: number };
  'region-without-code': { index: number; codeProperty: string };
  'region-not-polygon': { code: string; geometryType: string };
  'region-bad-coordinates': { code: string; position: string };
  'region-duplicate-code': { code: string };
}

export type GeoMessageKey = keyof GeoMessageDetails;

type Catalogue = { [K in GeoMessageKey]: (details: GeoMessageDetails[K]) => string };

const list = (items: string[]) => items.join(', ');

export const geoMessages: Record<Locale, Catalogue> = {
  'zh-CN': {
    'not-geojson-or-topojson': ({ found }) =>
      `区划数据应为 GeoJSON FeatureCollection 或 TopoJSON Topology，实际为 ${found}`,
    'format-mismatch': ({ expected, found }) =>
      `数据集声明格式为 ${expected}，但文件内容是 ${found}`,
    'topology-invalid': () => 'TopoJSON 缺少 objects 或 arcs',
    'topology-object-missing': ({ object, available }) =>
      `TopoJSON 中没有对象“${object}”；现有对象：${list(available) || '无'}`,
    'features-not-array': () => 'GeoJSON FeatureCollection 的 features 不是数组',
    'feature-invalid': ({ index }) => `第 ${index + 1} 个要素不是 GeoJSON Feature`,
    'region-without-code': ({ index, codeProperty }) =>
      `第 ${index + 1} 个区划缺少代码：属性“${codeProperty}”和要素 id 都没有`,
    'region-not-polygon': ({ code, geometryType }) =>
      `区划 ${code} 的几何类型是 ${geometryType}，应为 Polygon 或 MultiPolygon`,
    'region-bad-coordinates': ({ code, position }) =>
      `区划 ${code} 的坐标 ${position} 不是经纬度（经度 −180…180，纬度 −90…90，经度在前）`,
    'region-duplicate-code': ({ code }) => `区划代码 ${code} 出现了不止一次`,
  },
  en: {
    'not-geojson-or-topojson': ({ found }) =>
      `Regions must be a GeoJSON FeatureCollection or a TopoJSON Topology, got ${found}`,
    'format-mismatch': ({ expected, found }) =>
      `The dataset says its format is ${expected}, but the file is ${found}`,
    'topology-invalid': () => 'The TopoJSON has no objects or no arcs',
    'topology-object-missing': ({ object, available }) =>
      `The TopoJSON has no object "${object}"; it has: ${list(available) || 'none'}`,
    'features-not-array': () => 'The GeoJSON FeatureCollection has no features array',
    'feature-invalid': ({ index }) => `Feature ${index + 1} is not a GeoJSON Feature`,
    'region-without-code': ({ index, codeProperty }) =>
      `Region ${index + 1} has no code: neither property "${codeProperty}" nor a feature id`,
    'region-not-polygon': ({ code, geometryType }) =>
      `Region ${code} is a ${geometryType}; regions must be Polygon or MultiPolygon`,
    'region-bad-coordinates': ({ code, position }) =>
      `Region ${code} has position ${position}, which is not longitude/latitude (longitude −180…180 first, latitude −90…90)`,
    'region-duplicate-code': ({ code }) => `Region code ${code} appears more than once`,
  },
};

/** The message for `key` in `locale` (default English). */
export function geoMessage<K extends GeoMessageKey>(
  key: K,
  details: GeoMessageDetails[K],
  locale: Locale = 'en',
): string {
  return geoMessages[locale][key](details);
}
