import { describe, expect, it } from 'vitest';
import { GeoInputError, geoMessage, geoMessages } from '../../../packages/geo/src/index.ts';

describe('geo messages', () => {
  it('has every key in zh-CN and en', () => {
    expect(Object.keys(geoMessages['zh-CN']).sort()).toEqual(Object.keys(geoMessages.en).sort());
  });

  it('renders details into both languages', () => {
    const details = { object: 'townships', available: ['counties', 'outline'] };
    expect(geoMessage('topology-object-missing', details, 'en')).toBe(
      'The TopoJSON has no object "townships"; it has: counties, outline',
    );
    expect(geoMessage('topology-object-missing', details, 'zh-CN')).toBe(
      'TopoJSON 中没有对象“townships”；现有对象：counties, outline',
    );
  });

  it('GeoInputError carries the key, the details, English text and a localized text', () => {
    const error = new GeoInputError('region-duplicate-code', { code: '451323100' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GeoInputError');
    expect(error.message).toBe('Region code 451323100 appears more than once');
    expect(error.localized('zh-CN')).toBe('区划代码 451323100 出现了不止一次');
  });
});
