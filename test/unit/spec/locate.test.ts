import { describe, expect, it } from 'vitest';
import { issueAnchor, locatePointer, pointerOffset, positionAt } from '../../../packages/core/src/index.ts';

const text = `{
  "title": "武宣县",
  "views": [
    { "id": "a", "grid": { "x": 0 } },
    { "id": "b/c" }
  ]
}`;

describe('locatePointer', () => {
  it('finds values in objects and arrays', () => {
    expect(locatePointer(text, '/views/0/grid/x')).toEqual({ line: 4, column: 33 });
    expect(locatePointer(text, '/views/1')).toEqual({ line: 5, column: 5 });
    expect(locatePointer(text, '')).toEqual({ line: 1, column: 1 });
  });
  it('finds the key of a property when asked (an unknown property is its key)', () => {
    expect(locatePointer(text, '/views/0/grid', 'key')).toEqual({ line: 4, column: 18 });
  });
  it('unescapes ~1 in pointer tokens', () => {
    const escaped = '{\n  "a/b": 1\n}';
    expect(locatePointer(escaped, '/a~1b')).toEqual({ line: 2, column: 10 });
  });
  it('falls back to the nearest ancestor that exists', () => {
    expect(locatePointer(text, '/views/0/grid/w')).toEqual({ line: 4, column: 26 });
    expect(locatePointer(text, '/views/7/id')).toEqual({ line: 3, column: 12 });
  });
  it('counts columns in characters, so CJK text before a value counts once per character', () => {
    expect(positionAt('  "武宣县": 1', 9)).toEqual({ line: 1, column: 10 });
  });
});

describe('pointerOffset and issueAnchor (the playground editor marks problems with them)', () => {
  it('gives the UTF-16 offset an editor uses, past astral characters too', () => {
    const astral = '{ "𠀀": 1, "a": 2 }';
    expect(astral.slice(pointerOffset(astral, '/a'))).toBe('2 }');
    expect(astral.slice(pointerOffset(astral, '/a', 'key'))).toBe('"a": 2 }');
  });
  it('is 0 for a text that does not parse that deep', () => {
    expect(pointerOffset('', '/a')).toBe(0);
  });
  it('shows a key that should not be there at the key, everything else at its value', () => {
    expect(issueAnchor('unknown-property')).toBe('key');
    expect(issueAnchor('unknown-record-field')).toBe('key');
    expect(issueAnchor('invalid-enum')).toBe('value');
  });
});
