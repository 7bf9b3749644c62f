import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/build-data.ts';
import { dataDir, listDataFiles } from './data-files.ts';

describe('scripts/build-data.ts', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'tongxin-data-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('regenerates exactly the committed data files, byte for byte', { timeout: 60_000 }, () => {
    buildData(outDir);
    const committed = listDataFiles().filter((file) => file !== 'README.md');
    expect(listDataFiles(outDir)).toEqual(committed);
    for (const file of committed) {
      const same = readFileSync(join(outDir, file)).equals(readFileSync(join(dataDir, file)));
      expect(same, `${file} differs from a fresh run: run \`pnpm data\` and commit`).toBe(true);
    }
  });
});
