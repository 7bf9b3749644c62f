import { describe, expect, it } from 'vitest';
import type { Link } from '@tongxin/spec';
import { applyLinks, isLinkSource, toggleSelection } from '../../../packages/core/src/index.ts';

const links: Link[] = [
  { select: 'map', filter: ['funds', 'trend'] },
  { select: 'map', filter: ['stations'], field: 'townshipCode' },
  { select: 'funds', filter: ['trend'], field: 'campaign' },
];

const tongling = { view: 'map', value: '451323101', label: '桐岭镇' };

describe('applyLinks', () => {
  it('clicking a township filters every view the map links to, by the link field', () => {
    const filters = applyLinks(links, tongling);
    expect([...filters.keys()].sort()).toEqual(['funds', 'stations', 'trend']);
    expect(filters.get('funds')).toEqual({ field: 'township', value: '451323101', label: '桐岭镇' });
    expect(filters.get('stations')).toEqual({ field: 'townshipCode', value: '451323101', label: '桐岭镇' });
  });

  it('a selection in a view that drives no link filters nothing', () => {
    expect(applyLinks(links, { view: 'trend', value: '2024' }).size).toBe(0);
  });

  it('selections in another source use that link only', () => {
    const filters = applyLinks(links, { view: 'funds', value: '捐种一棵大树' });
    expect([...filters]).toEqual([['trend', { field: 'campaign', value: '捐种一棵大树' }]]);
  });

  it('clearing (null) or a spec without links filters nothing', () => {
    expect(applyLinks(links, null).size).toBe(0);
    expect(applyLinks(undefined, tongling).size).toBe(0);
  });

  it('a view never filters itself', () => {
    expect(applyLinks([{ select: 'map', filter: ['map', 'funds'] }], tongling).has('map')).toBe(false);
  });
});

describe('toggleSelection', () => {
  it('clicking the selected township again clears; another township replaces', () => {
    expect(toggleSelection(null, tongling)).toBe(tongling);
    expect(toggleSelection(tongling, { ...tongling })).toBeNull();
    const dongxiang = { view: 'map', value: '451323102', label: '东乡镇' };
    expect(toggleSelection(tongling, dongxiang)).toBe(dongxiang);
    expect(toggleSelection(tongling, null)).toBeNull();
  });
});

describe('isLinkSource', () => {
  it('tells which views drive a link', () => {
    expect(isLinkSource(links, 'map')).toBe(true);
    expect(isLinkSource(links, 'trend')).toBe(false);
    expect(isLinkSource(undefined, 'map')).toBe(false);
  });
});
