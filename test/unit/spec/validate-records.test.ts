/**
 * validateRecords(spec, datasets, { locale }): the checks that read loaded data, alone — what a
 * pipeline runs once datasets arrive, after validateSpec(document) accepted the document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateRecords, validateSpec } from '../../../packages/spec/src/index.ts';

const read = (path: string) => JSON.parse(readFileSync(`test/fixtures/specs/${path}`, 'utf8'));
const files = () => read('valid/station-coverage-files.json');
const data = () => ({ townships: read('valid/data/townships.geo.json'), stations: read('valid/data/stations.json') });

describe('validateRecords', () => {
  it('is empty for good data, and for no data', () => {
    const spec = files();
    expect(validateSpec(spec).valid).toBe(true);
    expect(validateRecords(spec, data())).toEqual([]);
    expect(validateRecords(spec, {})).toEqual([]);
  });

  it('reports what the loaded contents cause, with dataset and dataPath, in the locale asked', () => {
    const spec = files();
    const loaded = data();
    loaded.stations[1].township = '999999999';
    loaded.stations[0].qualifer = 'about';
    const en = validateRecords(spec, loaded, { locale: 'en' });
    expect(en.map((e) => [e.code, e.path, e.dataset, e.dataPath, e.message, e.hint])).toEqual([
      ['unknown-record-field', '/datasets/stations', 'stations', '/0/qualifer', 'Record 1 of dataset "stations" has an unknown field "qualifer".', 'Did you mean "qualifier"?'],
      ['unknown-township', '/datasets/stations', 'stations', '/1/township', 'Township "999999999" is not in the regions dataset "townships".', 'Use the region `code` (the 9-digit NBS code).'],
    ]);
    const zh = validateRecords(spec, loaded); // zh-CN by default
    expect(zh.map((e) => [e.code, e.message, e.hint])).toEqual([
      ['unknown-record-field', '数据集 "stations" 的第 1 条记录有不认识的字段 "qualifer"。', '是不是 "qualifier"？'],
      ['unknown-township', '乡镇 "999999999" 不在区划数据集 "townships" 中。', '乡镇用区划的 code（9 位统计用区划代码）。'],
    ]);
    // validateSpec with the data reports the same.
    expect(validateSpec(spec, { locale: 'en', datasets: loaded }).errors).toEqual(en);
  });

  it('runs the pre-pass on each loaded dataset, and still checks the others', () => {
    const spec = files();
    const loaded = data();
    loaded.townships.features[0].properties = JSON.parse('{"code":"451323100","name":"武宣镇","__proto__":{"polluted":1}}');
    loaded.stations[1].lat = Infinity;
    loaded.stations[0].kind = 'liason';
    expect(validateRecords(spec, loaded, { locale: 'en' }).map((e) => [e.code, e.dataset, e.dataPath])).toEqual([
      ['forbidden-key', 'townships', '/features/0/properties/__proto__'],
      ['non-finite-number', 'stations', '/1/lat'],
    ]);
    delete loaded.stations[1].lat;
    loaded.stations[1].lat = 23.5;
    expect(validateRecords(spec, loaded, { locale: 'en' }).map((e) => [e.code, e.dataset, e.dataPath])).toEqual([
      ['forbidden-key', 'townships', '/features/0/properties/__proto__'],
      ['unknown-station-kind', 'stations', '/0/kind'],
    ]);
  });

  it('includes problems the data cause at a spec pointer (a link field the loaded records lack), not the document\'s own', () => {
    const spec = read('valid/dashboard.json');
    const { funds: fundsDataset } = spec.datasets;
    const funds = fundsDataset.values.map(({ township, ...rest }: { township?: string }) => rest);
    spec.datasets.funds = { url: 'funds.json' };
    spec.refresh = '1ms'; // a document problem: validateSpec's, not validateRecords'
    expect(validateSpec(spec).errors.map((e) => e.code)).toEqual(['refresh-too-short']);
    expect(validateRecords(spec, { funds }, { locale: 'en' }).map((e) => [e.code, e.path, e.dataset])).toEqual([
      ['link-field-missing', '/links/0/field', undefined],
    ]);
  });

  it('ignores entries for datasets the spec does not load by url', () => {
    const spec = read('valid/dashboard.json');
    expect(validateRecords(spec, { funds: [{ bogus: true }], other: [{ x: Infinity }] })).toEqual([]);
  });
});
