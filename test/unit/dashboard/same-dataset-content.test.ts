import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../packages/core/src/index.ts';
import { sameDatasetContent } from '../../../packages/core/src/index.ts';

const funds = (amount: number): LoadedDataset => ({
  id: 'funds', spec: { url: 'funds.json' }, crs: 'wgs84', illustrative: false, fetchedAt: amount,
  records: [{ campaign: '捐种一棵大树', amount }],
});

describe('sameDatasetContent', () => {
  it('the same figures fetched again are the same content, whenever fetched', () => {
    expect(sameDatasetContent(funds(3_000_000), { ...funds(3_000_000), fetchedAt: 99 })).toBe(true);
  });

  it('a changed figure, a first load or a change of shape is new content', () => {
    expect(sameDatasetContent(funds(3_000_000), funds(3_100_000))).toBe(false);
    expect(sameDatasetContent(undefined, funds(1))).toBe(false);
    const regions: LoadedDataset = { ...funds(1), records: undefined, regions: { type: 'FeatureCollection', features: [] } };
    expect(sameDatasetContent(funds(1), regions)).toBe(false);
  });
});
