/** The persistent last good data: what is stored, when it is given back, bounds, storage failures. */
import { describe, expect, it } from 'vitest';
import { LastGoodCache, decodeLastGood, lastGoodEvictions, lastGoodKey, type LastGoodStorage, type LoadedDataset } from '../../../packages/core/src/index.ts';
import type { Dataset } from '../../../packages/spec/src/index.ts';

function mapStorage() {
  const map = new Map<string, string>();
  const storage: LastGoodStorage = {
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    delete: async (key) => void map.delete(key),
  };
  return { map, storage };
}

const hotlineSpec: Dataset = { url: 'hotline.json' };
const hotline = (calls: number, fetchedAt = 1000): LoadedDataset => ({
  id: 'hotline', spec: hotlineSpec, records: [{ label: '热线来电', value: calls }], crs: 'wgs84', illustrative: false, fetchedAt,
});
const DAY = 24 * 3_600_000;

describe('LastGoodCache', () => {
  it('gives back what a URL last brought, marked stale with when it was fetched', async () => {
    const { storage } = mapStorage();
    const cache = new LastGoodCache(storage);
    expect(await cache.write('https://x/hotline.json', 1000, [hotline(152)])).toBe(true);
    expect(await cache.write('https://x/hotline.json', 2000, [hotline(153, 2000)])).toBe(true);
    const read = await cache.read('https://x/hotline.json', { hotline: hotlineSpec }, 5000);
    expect(read?.fetchedAt).toBe(2000);
    expect(read?.datasets.hotline).toEqual({ ...hotline(153, 2000), stale: true });
  });

  it('nothing for another URL, a changed dataset definition, or data older than the bound', async () => {
    const { storage } = mapStorage();
    const cache = new LastGoodCache(storage);
    await cache.write('https://x/hotline.json', 1000, [hotline(152)]);
    expect(await cache.read('https://x/other.json', { hotline: hotlineSpec }, 5000)).toBeUndefined();
    expect(await cache.read('https://x/hotline.json', { hotline: { url: 'hotline.json', property: 'data' } }, 5000)).toBeUndefined();
    expect(await cache.read('https://x/hotline.json', { hotline: hotlineSpec }, 1000 + 31 * DAY)).toBeUndefined();
    expect(await cache.read('https://x/hotline.json', { hotline: hotlineSpec }, 1000 + 29 * DAY)).toBeDefined();
  });

  it('keeps at most maxEntries URLs, dropping the least recently fetched; refuses an entry over maxEntryChars', async () => {
    const { map, storage } = mapStorage();
    const cache = new LastGoodCache(storage, { maxEntries: 2, maxEntryChars: 500 });
    await cache.write('https://x/a.json', 1000, [hotline(1)]);
    await cache.write('https://x/b.json', 2000, [hotline(2)]);
    await cache.write('https://x/c.json', 3000, [hotline(3)]);
    expect(map.has(lastGoodKey('https://x/a.json'))).toBe(false);
    expect(map.has(lastGoodKey('https://x/b.json'))).toBe(true);
    expect(map.has(lastGoodKey('https://x/c.json'))).toBe(true);
    const big = { ...hotline(4), records: Array.from({ length: 100 }, (_, i) => ({ label: `第${i}`, value: i })) };
    expect(await cache.write('https://x/big.json', 4000, [big])).toBe(false);
    expect(map.has(lastGoodKey('https://x/big.json'))).toBe(false);
    expect(lastGoodEvictions({ a: { fetchedAt: 0, chars: 1 }, b: { fetchedAt: 10 * DAY, chars: 1 } }, 40 * DAY)).toEqual(['a']);
  });

  it('a storage that fails (private mode, quota) never throws: nothing stored, nothing read', async () => {
    const broken: LastGoodStorage = {
      get: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
      set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      delete: () => Promise.reject(new Error('no')),
    };
    const cache = new LastGoodCache(broken);
    expect(await cache.write('https://x/hotline.json', 1000, [hotline(152)])).toBe(false);
    expect(await cache.read('https://x/hotline.json', { hotline: hotlineSpec }, 5000)).toBeUndefined();
    expect(decodeLastGood('{not json', 'https://x/hotline.json', { hotline: hotlineSpec }, 0)).toBeUndefined();
  });
});
