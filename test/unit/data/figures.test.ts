import { dirname, join, normalize } from 'node:path';
import type { DataRecord, FundRecord, KpiItem, Qualifier, Spec } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { articleText, countySlugs, listSpecFiles, readData, readSeed } from './data-files.ts';

/** How a number can be written in the articles: 56, 500多萬元, 2425.9万元, 9億多元, 78.5万元. */
function forms(value: number, unit: string | undefined): { number: string; unit: string }[] {
  if (unit !== 'yuan') return [{ number: String(value), unit: '' }];
  return [
    { number: String(value / 1e4), unit: '(万|萬)' },
    { number: String(value / 1e8), unit: '(亿|億)' },
    { number: String(value), unit: '元' },
  ];
}

/** Round numbers the articles write in characters: 近万人次, 近千件. */
const inWords: Record<number, RegExp> = { 10000: /(近|约|約)(万|萬)/, 1000: /(近|约|約)千/ };

/** True when the text has the number with exactly the qualifier given (none: a bare number). */
function writtenWithQualifier(text: string, value: number, unit: string | undefined, qualifier: Qualifier | undefined): boolean {
  if (qualifier === 'about' && inWords[value]?.test(text)) return true;
  for (const form of forms(value, unit)) {
    const escaped = form.number.replace('.', '\\.');
    const pattern = new RegExp(`(?<![\\d.])${escaped}(?![\\d.])(多|余|餘)?${form.unit}`, 'g');
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, match.index - 3), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 4);
      const found: Qualifier | undefined = match[1]
        ? 'over'
        : /(约|約|近)$/.test(before)
          ? 'about'
          : /(不少于|不低于|至少)$/.test(before) || /^[^\d，。,]{0,3}以上/.test(after)
            ? 'at-least'
            : /^(多|余|餘)/.test(after)
              ? 'over'
              : undefined;
      if (found === qualifier) return true;
    }
  }
  return false;
}

interface FigureFile {
  slug: string;
  file: string;
}
const figureFiles: FigureFile[] = countySlugs.flatMap((slug) => [
  { slug, file: `${slug}/kpi-figures.json` },
  { slug, file: `${slug}/fund-figures.json` },
]);

const specs = listSpecFiles().map((file) => ({ file, spec: readData<Spec>(file) }));

describe('figures from the articles', () => {
  it.each(figureFiles)('$file: every record is written so in its source article, qualifier included', ({ file }) => {
    const records = readData<(KpiItem | FundRecord)[]>(file);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const value = 'amount' in record ? record.amount : record.value;
      const unit = 'amount' in record ? 'yuan' : record.unit;
      const sourceId = record.source!;
      const source = specs.find(({ spec }) => spec.sources?.[sourceId])?.spec.sources?.[sourceId];
      expect(source, `${file}: source ${sourceId}`).toBeDefined();
      const text = articleText(source!.file!);
      const label = 'label' in record ? record.label : record.campaign;
      expect(writtenWithQualifier(text, value, unit, record.qualifier), `${label} ${value} ${record.qualifier ?? 'exact'}`).toBe(true);
    }
  });

  it('a wrong qualifier would be caught: 500多万元 is not exact, 56场次 is not “over”', () => {
    const text = articleText('seeds/000_99aba881dc8e289e.txt');
    expect(writtenWithQualifier(text, 5_000_000, 'yuan', 'over')).toBe(true);
    expect(writtenWithQualifier(text, 5_000_000, 'yuan', undefined)).toBe(false);
    expect(writtenWithQualifier(text, 56, undefined, 'over')).toBe(false);
  });
});

describe('sources', () => {
  it.each(specs)('$file: every record and KPI item names a source the spec lists, with a seed file that exists', ({ file, spec }) => {
    const sources = spec.sources ?? {};
    for (const source of Object.values(sources)) {
      expect(source.title).toBeTruthy();
      expect(source.publisher).toBeTruthy();
      expect(readSeed(source.file!), source.file).not.toBeNull();
    }
    const named: string[] = [];
    for (const [id, dataset] of Object.entries(spec.datasets ?? {})) {
      if (dataset.source) named.push(dataset.source);
      if (!dataset.url || dataset.format !== 'json') continue;
      const records = readData<DataRecord[]>(normalize(join(dirname(file), dataset.url)));
      for (const record of records) {
        if (typeof record.source === 'string') named.push(record.source);
        else expect(dataset.source, `${id}: a record without source needs the dataset's`).toBeTruthy();
      }
    }
    if (spec.kind === 'dashboard') {
      for (const view of spec.views) if (view.kind === 'kpi') for (const item of view.items ?? []) named.push(item.source!);
    } else if (spec.kind === 'kpi') {
      for (const item of spec.items ?? []) named.push(item.source!);
    }
    for (const id of named) expect(sources[id], `${file}: source ${id}`).toBeDefined();
  });
});
