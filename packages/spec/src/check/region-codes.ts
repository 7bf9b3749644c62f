import { isObject, own } from '../own.ts';
import { pointerChild } from '../pointer.ts';
import { type CheckContext, type Location, report } from './context.ts';
import { datasetContents, isGeometry, specDataset } from './datasets.ts';

/**
 * The `code`s of the regions in a geometry dataset (GeoJSON features, or the geometries of a
 * TopoJSON object), when its contents are at hand. Regions without a code are reported once.
 * Reads own properties only: loaded geometry is the caller's object, not a copy.
 */
export function regionCodes(context: CheckContext, id: string): Set<string> | undefined {
  const contents = datasetContents(context, id);
  if (!isGeometry(contents)) return undefined;
  const dataset = specDataset(context, id);
  const inline = dataset?.values !== undefined;
  const datasetPath = pointerChild('/datasets', id);
  const at = (inner: string): Location =>
    inline ? { path: `${datasetPath}/values${inner}` } : { path: datasetPath, dataset: id, dataPath: inner };

  let items: unknown[] = [];
  let itemsPath = '';
  if (own(contents, 'type') === 'FeatureCollection') {
    const features = own(contents, 'features');
    items = Array.isArray(features) ? features : [];
    itemsPath = '/features';
  } else {
    const objects = own(contents, 'objects');
    const name = dataset?.object ?? (isObject(objects) ? Object.keys(objects)[0] : undefined);
    if (name === undefined) return new Set();
    const geometries = own(own(objects, name), 'geometries');
    items = Array.isArray(geometries) ? geometries : [];
    itemsPath = `${pointerChild('/objects', name)}/geometries`;
  }

  const codes = new Set<string>();
  items.forEach((item, index) => {
    const code = own(own(item, 'properties'), 'code');
    if (typeof code === 'string' || typeof code === 'number') codes.add(String(code));
    else report(context, 'region-without-code', at(`${itemsPath}/${index}`), { dataset: id, index });
  });
  return codes;
}
