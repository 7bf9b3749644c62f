import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root (this file is test/provenance/archive.ts). */
export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * The article archive: `TONGXIN_SEEDS` when set (relative to where the command was started), else
 * `../shared/seeds` beside the repository. A source's `file` (`seeds/NNN_….txt`) names a file in it.
 */
export function archiveDir(): string {
  const fromEnv = process.env.TONGXIN_SEEDS;
  if (fromEnv) return resolve(process.env.INIT_CWD ?? process.cwd(), fromEnv);
  return resolve(repoRoot, '../shared/seeds');
}

export function archivePresent(dir = archiveDir()): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

/** A seed article's text, by the `file` a source names (`seeds/…`); null when the archive lacks it. */
export function readSeed(file: string): string | null {
  const path = join(archiveDir(), file.replace(/^seeds\//, ''));
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
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
  if (page === null) throw new Error(`seed article ${file} not found in ${archiveDir()}`);
  const text = page.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/,+/g, ',');
  const bounds = articleBounds[file];
  if (!bounds) throw new Error(`no article bounds for ${file}: add where its text starts and ends to test/provenance/archive.ts`);
  const [start, end] = bounds;
  const from = text.indexOf(start);
  const to = end === null ? text.length : text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`article bounds of ${file} not found`);
  return text.slice(from, to);
}
