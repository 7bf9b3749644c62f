import { describe, expect, it } from 'vitest';
import { mergesOnto, optionFingerprint } from '../../../packages/elements/src/controllers/option-diff.ts';

describe('mergesOnto (merge a changed option part instead of replacing it)', () => {
  it('new values under the same keys merge: arrays and functions are replaced whole', () => {
    expect(mergesOnto({ type: 'category', data: ['2022-01', '2022-02'], axisLabel: { formatter: () => 'a' } },
      { type: 'category', data: ['2022-03'], axisLabel: { formatter: () => 'b' } })).toBe(true);
    expect(mergesOnto([{ type: 'bar', name: '送文化进基层', data: [1, 2, 3] }, { type: 'bar', name: '专项监督', data: [4] }],
      [{ type: 'bar', name: '送文化进基层', data: [9] }, { type: 'bar', name: '专项监督', data: new Float64Array([1, 2]) }])).toBe(true);
    // A key the new part adds is simply set.
    expect(mergesOnto({ show: true }, { show: true, label: { color: '#fff' } })).toBe(true);
  });

  it('a key the drawn part has and the new one lacks would stay drawn: replaced', () => {
    expect(mergesOnto([{ type: 'bar', name: 'a', markLine: { data: [] } }], [{ type: 'bar', name: 'a' }])).toBe(false);
    expect(mergesOnto({ axisLabel: { rotate: 30, color: '#000' } }, { axisLabel: { color: '#000' } })).toBe(false);
    // Down objects of any prototype (a null-prototype copy of spec JSON is merged into like any object).
    const drawn = Object.assign(Object.create(null), { itemStyle: Object.assign(Object.create(null), { color: 'red', opacity: 0.5 }) });
    expect(mergesOnto(drawn, { itemStyle: { color: 'blue' } })).toBe(false);
    expect(mergesOnto(drawn, { itemStyle: { color: 'blue', opacity: 1 } })).toBe(true);
  });

  it('a component list that changes its length, or an item its type, id or name, is replaced', () => {
    const bar = (name: string) => ({ type: 'bar', name, data: [1] });
    expect(mergesOnto([bar('a'), bar('b')], [bar('a')])).toBe(false);
    expect(mergesOnto([bar('a')], [bar('a'), bar('b')])).toBe(false);
    expect(mergesOnto([bar('a')], [bar('b')])).toBe(false);
    expect(mergesOnto([bar('a')], [{ ...bar('a'), type: 'line' }])).toBe(false);
    expect(mergesOnto([{ ...bar('a'), id: 'x' }], [{ ...bar('a'), id: 'y' }])).toBe(false);
    expect(mergesOnto({ type: 'continuous', min: 0 }, { type: 'piecewise', min: 0 })).toBe(false);
    // A list and a single object are not the same part.
    expect(mergesOnto([bar('a')], bar('a'))).toBe(false);
    expect(mergesOnto('x', 'y')).toBe(false);
  });
});

describe('optionFingerprint (what a drawn option part is compared by)', () => {
  const stations = (n: number, shift = 0) => ({
    type: 'scatter', name: '联络站',
    data: Array.from({ length: n }, (_, i) => ({ name: `联络站${i}`, value: [109.5 + i / 1e5 + shift, 23.7] })),
    tooltip: { formatter: (p: { name: string }) => p.name },
  });

  it('functions count by their source text, not identity; it says when a part holds any', () => {
    const a = optionFingerprint({ formatter: (v: number) => `${v}万元` });
    const b = optionFingerprint({ formatter: (v: number) => `${v}万元` });
    expect(a).toEqual(b);
    expect(a.functions).toBe(true);
    expect(optionFingerprint({ formatter: (v: number) => `${v}元` }).json).not.toBe(a.json);
    expect(optionFingerprint({ data: [1, 2] })).toEqual({ json: '{"data":[1,2]}', functions: false });
  });

  it('a long part is kept as its length and a hash, not its JSON; equal parts match, a changed one does not', () => {
    const big = optionFingerprint(stations(2500));
    expect(JSON.stringify(stations(2500)).length).toBeGreaterThan(65_536);
    expect(big.json.length).toBeLessThan(40);
    expect(big.json.startsWith('#')).toBe(true);
    expect(optionFingerprint(stations(2500))).toEqual(big);
    // One coordinate moved by 1e-5 degrees: a different hash.
    const moved = stations(2500);
    (moved.data[1234].value as number[])[0] += 1e-5;
    expect(optionFingerprint(moved).json).not.toBe(big.json);
    expect(optionFingerprint(stations(2500, 0.5)).json).not.toBe(big.json);
    expect(optionFingerprint(stations(2499)).json).not.toBe(big.json);
  });
});
