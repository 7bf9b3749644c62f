// Storybook controls for every enum of every element (mode, by, mark, period, unit, qualifier,
// fit, theme, locale), their values read from the spec's JSON Schema (or the literal union in the
// element's type), so a control cannot drift from what the spec accepts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../scripts/readme-elements.ts';
import { controlFor, enumValues, tongxinArgTypes, type Manifest } from '../../stories/support/arg-types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(ROOT, 'packages/spec/schema/v1.json'), 'utf8')) as { definitions: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }> };
const defs = schema.definitions;

let dir: string;
let manifest: Manifest;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tongxin-cem-'));
  manifest = analyze(dir) as Manifest;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What each element's enum attributes must offer, straight from the schema. */
const EXPECTED: Record<string, Record<string, string[]>> = {
  'tx-fund-chart': { mode: defs.FundChartView.properties!.mode.enum!, by: defs.FundChartView.properties!.by.enum!, theme: defs.ThemeName.enum!, locale: defs.Locale.enum! },
  'tx-activity-trend': { mark: defs.ActivityTrendView.properties!.mark.enum!, period: defs.ActivityTrendView.properties!.period.enum!, theme: defs.ThemeName.enum!, locale: defs.Locale.enum! },
  'tx-kpi': { unit: defs.Unit.enum!, qualifier: defs.Qualifier.enum!, theme: defs.ThemeName.enum!, locale: defs.Locale.enum! },
  'tx-county-map': { theme: defs.ThemeName.enum!, locale: defs.Locale.enum! },
  'tx-station-coverage': { theme: defs.ThemeName.enum!, locale: defs.Locale.enum! },
  'tx-dashboard': { fit: ['contain', 'cover', 'width'], theme: defs.ThemeName.enum!, locale: defs.Locale.enum! },
};

describe('Storybook controls', () => {
  it('enum types resolve through the schema', () => {
    expect(enumValues("FundChartView['mode']")).toEqual(['bar', 'progress', 'cumulative']);
    expect(enumValues('Qualifier')).toEqual(['over', 'about', 'at-least']);
    expect(enumValues('string')).toBeUndefined();
    expect(controlFor("ActivityTrendView['period'] | undefined", 'period')).toEqual({ control: { type: 'select' }, options: ['', 'year', 'quarter', 'month'] });
  });

  for (const [tag, enums] of Object.entries(EXPECTED)) {
    it(`${tag}: a menu for every enum attribute (${Object.keys(enums).join(', ')}), options from the schema`, () => {
      const argTypes = tongxinArgTypes(tag, manifest, {});
      for (const [attribute, values] of Object.entries(enums)) {
        expect(argTypes[attribute], `${tag} ${attribute}`).toMatchObject({ control: { type: 'select' }, options: ['', ...values] });
      }
    });
  }

  it('no attribute of any element is left without a control, except where none fits', () => {
    const left: string[] = [];
    for (const tag of Object.keys(EXPECTED)) {
      const declaration = manifest.modules!.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
      const argTypes = tongxinArgTypes(tag, manifest, {});
      for (const attribute of declaration.attributes ?? []) {
        if (argTypes[attribute.name]?.control === false) left.push(`${tag} ${attribute.name}`);
      }
    }
    expect(left).toEqual([]);
  });
});
