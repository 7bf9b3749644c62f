import { pointerChild } from '../pointer.ts';
import { type CheckContext, type Location, report } from './context.ts';
import { datasetContents, isGeometry } from './datasets.ts';

/**
 * The `code`s of the regions in a geometry dataset (GeoJSON features, or the geometries of a
 * TopoJSON object), when its contents are at hand. Regions without a code are reported once.
 */
export function regionCodes(context: CheckContext, id: string): Set<string> | undefined {
  const contents = datasetContents(context, id);
  if (!isGeometry(contents)) return undefined;
  const dataset = context.spec.datasets?.[id];
  const inline = dataset?.values !== undefined;
  const datasetPath = pointerChild('/datasets', id);
  const at = (inner: string): Location =>
    inline ? { path: `${datasetPath}/values${inner}` } : { path: datasetPath, dataset: id, dataPath: inner };

  let items: unknown[] = [];
  let itemsPath = '';
  if (contents.type === 'FeatureCollection') {
    items = Array.isArray(contents.features) ? contents.features : [];
    itemsPath = '/features';
  } else {
    const objects = (contents.objects ?? {}) as Record<string, { geometries?: unknown[] }>;
    const name = dataset?.object ?? Object.keys(objects)[0];
    if (name === undefined) return new Set();
    items = Array.isArray(objects[name]?.geometries) ? objects[name].geometries! : [];
    itemsPath = `${pointerChild('/objects', name)}/geometries`;
  }

  const codes = new Set<string>();
  items.forEach((item, index) => {
    const code = (item as { properties?: { code?: unknown } } | null)?.properties?.code;
    if (typeof code === 'string' || typeof code === 'number') codes.add(String(code));
    else report(context, 'region-without-code', at(`${itemsPath}/${index}`), { dataset: id, index });
  });
  return codes;
}
