// Provenance: every figure is written so in its source article, qualifier included, and every
// source's seed file is in the article archive. The same figures without the archive: test/unit/data/figures.test.ts.
import type { FundRecord, KpiItem, Qualifier, Spec } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { figureFiles, listSpecFiles, readData } from '../unit/data/data-files.ts';
import { articleText, readSeed } from './archive.ts';

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

describe('sources in the archive', () => {
  it.each(specs)('$file: every source names a seed file that exists in the archive', ({ spec }) => {
    for (const source of Object.values(spec.sources ?? {})) {
      expect(source.file, source.title).toBeTruthy();
      expect(readSeed(source.file!), source.file).not.toBeNull();
    }
  });
});
