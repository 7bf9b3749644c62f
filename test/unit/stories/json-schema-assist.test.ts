import { describe, expect, it } from 'vitest';
import schema from '../../../packages/spec/schema/v1.json';
import { SchemaAssist, scanJson } from '../../../stories/support/json-schema-assist.ts';

const assist = new SchemaAssist(schema as Record<string, unknown>);
/** The place at `|` in a text. */
const placeAt = (marked: string) => scanJson(marked.replace('|', ''), marked.indexOf('|')).place;
const names = (marked: string) => assist.properties(placeAt(marked)).map((p) => p.name);
const values = (marked: string) => assist.values(placeAt(marked)).map((v) => v.json);

describe('scanJson', () => {
  it('finds the key being typed and the path of its object, in half-typed JSON', () => {
    const place = placeAt('{ "views": [ { "id": "a" }, { "ki| ');
    expect(place.at).toBe('key');
    expect(place.path).toEqual(['views', 1]);
  });
  it('finds a value position after a colon', () => {
    expect(placeAt('{ "kind": | }')).toMatchObject({ at: 'value', path: ['kind'] });
    expect(placeAt('{ "kind": "fu|" }')).toMatchObject({ at: 'value', path: ['kind'] });
  });
});

describe('SchemaAssist', () => {
  it('offers `kind` in a view object that has none yet', () => {
    expect(names('{ "kind": "dashboard", "views": [ { "id": "a", | } ] }')).toContain('kind');
  });
  it('offers a view kind\'s properties once `kind` says which, wherever `kind` stands', () => {
    const after = names('{ "kind": "dashboard", "views": [ { | "kind": "fund-chart" } ] }');
    expect(after).toContain('mode');
    expect(after).not.toContain('measure');
    expect(after).not.toContain('kind');
  });
  it('offers the view kinds, not `dashboard`, as a view\'s kind', () => {
    const kinds = values('{ "kind": "dashboard", "views": [ { "kind": | } ] }');
    expect(kinds).toContain('"fund-chart"');
    expect(kinds).not.toContain('"dashboard"');
  });
  it('offers an enum\'s values and a boolean\'s', () => {
    expect(values('{ "kind": "fund-chart", "mode": "|" }')).toEqual(['"bar"', '"progress"', '"cumulative"']);
    expect(values('{ "kind": "county-map", "labels": | }')).toEqual(['true', 'false']);
  });
  it('follows arrays and a dataset\'s records', () => {
    expect(names('{ "kind": "kpi", "items": [ { | } ] }')).toContain('label');
    expect(names('{ "kind": "fund-chart", "datasets": { "funds": { "values": [ { | } ] } } }')).toContain('qualifier');
  });
  it('describes a property for hover, with its pointer', () => {
    const text = '{ "kind": "fund-chart", "mode": "bar" }';
    const key = scanJson(text).tokens.find((t) => t.role === 'key' && t.path.at(-1) === 'mode')!;
    const help = assist.help(key.path, key.containers)!;
    expect(help.pointer).toBe('/mode');
    expect(help.description).toMatch(/amount per group/);
    expect(help.values).toEqual(['"bar"', '"progress"', '"cumulative"']);
  });
});
