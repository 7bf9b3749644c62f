/**
 * Records a view reads follow their kind (StationRecord, ActivityRecord, FundRecord, KpiRecord):
 * a field the kind lacks is an error with a "did you mean", inline or loaded by `url`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { described } from './described.ts';
import { formatErrors, RECORD_CONTRACTS, validateSpec } from '../../../packages/spec/src/index.ts';

const read = (path: string) => JSON.parse(readFileSync(`test/fixtures/specs/${path}`, 'utf8'));
const dashboard = () => read('valid/dashboard.json');

describe('record contract: unknown fields', () => {
  it('reports a typo in an inline fund record, with "did you mean" (the reported qualifer)', () => {
    const spec = dashboard();
    spec.datasets.funds.values[0] = { campaign: '捐种一棵大树', amount: 3000000, qualifer: 'about', source: 'wuxuan-2022' };
    expect(described(spec)).toEqual([{
      code: 'unknown-record-field', path: '/datasets/funds/values/0/qualifer', dataset: undefined, dataPath: undefined,
      zh: ['数据集 "funds" 的第 1 条记录有不认识的字段 "qualifer"。', '是不是 "qualifier"？'],
      en: ['Record 1 of dataset "funds" has an unknown field "qualifer".', 'Did you mean "qualifier"?'],
    }]);
  });

  it('reports it in a dataset loaded by url, with a pointer into the loaded contents', () => {
    const spec = dashboard();
    const funds = spec.datasets.funds.values;
    spec.datasets.funds = { url: 'funds.json' };
    funds[1].qualifer = 'about';
    delete funds[1].qualifier;
    // Without the data there is nothing to read yet.
    expect(validateSpec(spec).valid).toBe(true);
    expect(described(spec, { funds })).toEqual([{
      code: 'unknown-record-field', path: '/datasets/funds', dataset: 'funds', dataPath: '/1/qualifer',
      zh: ['数据集 "funds" 的第 2 条记录有不认识的字段 "qualifer"。', '是不是 "qualifier"？'],
      en: ['Record 2 of dataset "funds" has an unknown field "qualifer".', 'Did you mean "qualifier"?'],
    }]);
    expect(formatErrors(validateSpec(spec, { datasets: { funds } }).errors, 'en')).toBe(
      '/datasets/funds (funds/1/qualifer)  Record 2 of dataset "funds" has an unknown field "qualifer".  [unknown-record-field]\n    hint: Did you mean "qualifier"?',
    );
  });

  it('checks all four record kinds', () => {
    const spec = dashboard();
    spec.datasets.stations.values[1].vilage = spec.datasets.stations.values[1].village;
    delete spec.datasets.stations.values[1].village;
    spec.datasets.activities.values[0].townshp = '451323100';
    spec.datasets.funds.values[0].campain = '捐种一棵大树';
    spec.datasets.figures = { values: [{ label: '热线来电', value: 152, unitLable: '件' }] };
    spec.views[3] = { id: 'hotline', kind: 'kpi', data: 'figures', grid: spec.views[3].grid };
    expect(described(spec).map((e) => [e.code, e.path, e.en[1]])).toEqual([
      ['unknown-record-field', '/datasets/stations/values/1/vilage', 'Did you mean "village"?'],
      ['unknown-record-field', '/datasets/funds/values/0/campain', 'Did you mean "campaign"?'],
      ['unknown-record-field', '/datasets/activities/values/0/townshp', 'Did you mean "township"?'],
      ['unknown-record-field', '/datasets/figures/values/0/unitLable', 'Did you mean "unitLabel"?'],
    ]);
  });

  it('lists the known fields, and where other columns go, when no name is close', () => {
    const spec = dashboard();
    spec.datasets.funds.values[0]['捐款单位'] = '县工商联';
    const [error] = described(spec);
    expect(error).toMatchObject({ code: 'unknown-record-field', path: '/datasets/funds/values/0/捐款单位' });
    const fields = Object.keys(RECORD_CONTRACTS.fund);
    expect(error.en[1]).toBe(`Known fields: ${fields.map((f) => `"${f}"`).join(', ')}. Put the portal's other columns in the record's \`meta\`, or list them in the dataset's \`extraFields\`.`);
    expect(error.zh[1]).toBe(`可用的字段：${fields.map((f) => `"${f}"`).join('、')}。门户多出的列放进记录的 meta，或写进数据集的 extraFields。`);
  });
});

describe('record contract: what is allowed', () => {
  it('qualifier, source, illustrative and a free meta on every record kind', () => {
    const spec = dashboard();
    for (const id of ['stations', 'funds', 'activities']) {
      for (const record of spec.datasets[id].values) {
        Object.assign(record, { illustrative: true, meta: { 录入人: '办公室', 列: { 原始: '500余万元' } } });
      }
    }
    spec.datasets.stations.values[0].qualifier = 'about';
    spec.datasets.figures = { values: [{ id: 'calls', label: '热线来电', value: 152, qualifier: 'over', source: 'wuxuan-2022', illustrative: true, meta: { 备注: '' } }] };
    spec.views[3] = { id: 'hotline', kind: 'kpi', data: 'figures', grid: spec.views[3].grid };
    expect(validateSpec(spec).errors).toEqual([]);
  });

  it('a meta that is not an object, in loaded records, is a wrong type', () => {
    const spec = dashboard();
    const funds = spec.datasets.funds.values;
    spec.datasets.funds = { url: 'funds.json' };
    funds[0].meta = '县工商联';
    expect(described(spec, { funds })).toEqual([{
      code: 'record-wrong-type', path: '/datasets/funds', dataset: 'funds', dataPath: '/0/meta',
      zh: ['字段 "meta" 应为对象，这里是字符串。', undefined],
      en: ['Field "meta" must be an object, not a string.', undefined],
    }]);
  });

  it('columns the dataset declares in extraFields are kept and ignored', () => {
    const spec = dashboard();
    const funds = spec.datasets.funds.values.map((record: object) => ({ ...record, 捐款单位: '县工商联', rowId: 7 }));
    spec.datasets.funds = { url: 'funds.json', extraFields: ['捐款单位', 'rowId'] };
    expect(validateSpec(spec, { datasets: { funds } }).errors).toEqual([]);
    spec.datasets.funds.extraFields = ['捐款单位'];
    expect(described(spec, { funds }).map((e) => [e.code, e.dataPath])).toEqual([
      ['unknown-record-field', '/0/rowId'],
      ['unknown-record-field', '/1/rowId'],
    ]);
  });

  it('a dataset read by two view kinds accepts the fields of both (and needs the required ones of both)', () => {
    const spec = dashboard();
    spec.datasets.money = { values: [{ label: '捐款总额', value: 8000000, amount: 8000000, campaign: '委员捐赠', unitLabel: '元' }] };
    spec.views[1].data = 'money';
    spec.views[3] = { id: 'hotline', kind: 'kpi', data: 'money', grid: spec.views[3].grid };
    spec.links = [];
    expect(validateSpec(spec).errors).toEqual([]);
    spec.datasets.money.values.push({ amount: 5, campain: 'x' });
    expect(described(spec).map((e) => [e.code, e.path, e.en[1]])).toEqual([
      ['unknown-record-field', '/datasets/money/values/1/campain', 'Did you mean "campaign"?'],
      ['record-missing-field', '/datasets/money/values/1', undefined],
      ['record-missing-field', '/datasets/money/values/1', undefined],
    ]);
  });

  it('fields a link or a measure reads from the records are accepted', () => {
    const spec = dashboard();
    for (const record of spec.datasets.funds.values) record.village = '四安村';
    spec.links = [{ select: 'map', filter: ['funds'], field: 'village' }];
    expect(validateSpec(spec).errors).toEqual([]);
  });

  it('a dataset no view reads gets the generic checks only', () => {
    const spec = dashboard();
    spec.datasets.notes = { values: [{ 乡镇: '武宣镇', 备注: '示范点', qualifer: 'about' }] };
    expect(validateSpec(spec).errors).toEqual([]);
    spec.datasets.notes.values[0].qualifier = 'more';
    expect(described(spec).map((e) => [e.code, e.path])).toEqual([['bad-qualifier', '/datasets/notes/values/0/qualifier']]);
  });

  it('a county-map measure table keeps free columns (no record kind reads it)', () => {
    const spec = read('valid/county-map.json');
    expect(validateSpec(spec).errors).toEqual([]);
    const table = Object.values(spec.datasets as Record<string, { values?: unknown }>).find((d) => Array.isArray(d.values))!;
    (table.values as Record<string, unknown>[])[0].anyColumn = 1;
    expect(validateSpec(spec).errors).toEqual([]);
  });
});
