// The figures and their sources, checked on the data alone. That each figure is written so in its
// article (qualifier included) and that each seed file exists is the provenance audit: it reads the
// article archive, see test/provenance (`pnpm audit:provenance`).
import { dirname, join, normalize } from 'node:path';
import { QUALIFIERS } from '@tongxin/spec';
import type { DataRecord, FundRecord, KpiItem, Spec } from '@tongxin/spec';
import { describe, expect, it } from 'vitest';
import { figureFiles, listSpecFiles, readData } from './data-files.ts';

/** How a source names its article in the archive: `seeds/NNN_<16 hex>.txt`. */
const seedFile = /^seeds\/\d{3}_[0-9a-f]{16}\.txt$/;

const specs = listSpecFiles().map((file) => ({ file, spec: readData<Spec>(file) }));

describe('figures', () => {
  it.each(figureFiles)('$file: every record is a number with a source a spec lists, naming its article, and a known qualifier or none', ({ file }) => {
    const records = readData<(KpiItem | FundRecord)[]>(file);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const value = 'amount' in record ? record.amount : record.value;
      const label = 'label' in record ? record.label : record.campaign;
      expect(Number.isFinite(value), `${file}: ${label}`).toBe(true);
      const sourceId = record.source!;
      expect(sourceId, `${file}: ${label} names a source`).toBeTruthy();
      const source = specs.find(({ spec }) => spec.sources?.[sourceId])?.spec.sources?.[sourceId];
      expect(source, `${file}: source ${sourceId}`).toBeDefined();
      expect(source!.file, `${file}: source ${sourceId}`).toMatch(seedFile);
      if (record.qualifier !== undefined) expect(QUALIFIERS, `${label} ${value}`).toContain(record.qualifier);
    }
  });
});

describe('sources', () => {
  it.each(specs)('$file: every record and KPI item names a source the spec lists, with a title, publisher and seed file', ({ file, spec }) => {
    const sources = spec.sources ?? {};
    for (const source of Object.values(sources)) {
      expect(source.title).toBeTruthy();
      expect(source.publisher).toBeTruthy();
      expect(source.file, source.title).toMatch(seedFile);
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
