// Visual regression, in the style of Observable Plot's test/output: every view of every spec in
// data/ is rendered to SVG in Node (the `tongxin render` print page, portal theme, zh-CN) and
// compared with its committed snapshot in test/output/<name>.svg. On a mismatch the new drawing
// is written beside it as <name>-changed.svg, so the change is reviewed as a picture. After a
// deliberate change: `TONGXIN_UPDATE_SNAPSHOTS=1 npx vitest run test/unit/snapshots.test.ts`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSpec } from '../../packages/cli/src/index.ts';
import type { Spec, View } from '@tongxin/spec';
import { dataDir, listSpecFiles, readData } from './data/data-files.ts';

const outputDir = resolve(dataDir, '../test/output');
const update = process.env.TONGXIN_UPDATE_SNAPSHOTS === '1';
mkdirSync(outputDir, { recursive: true });

const viewIds = (spec: Spec): Array<string | undefined> =>
  spec.kind === 'dashboard' ? spec.views.map((v: View) => v.id) : [undefined];

describe('snapshots: every data/ view as the printed SVG', () => {
  for (const file of listSpecFiles()) {
    const spec = readData<Spec>(file);
    for (const view of viewIds(spec)) {
      const name = `${file.replace(/\.json$/, '').replace(/\//g, '-')}${view ? `-${view}` : ''}`;
      it(name, async () => {
        const result = await renderSpec({ path: join(dataDir, file) }, { root: dataDir, view, width: 800, height: 500, theme: 'portal', locale: 'zh-CN' });
        expect(result.ok, JSON.stringify(result.ok ? '' : result.problems)).toBe(true);
        if (!result.ok) return;
        const expectedPath = join(outputDir, `${name}.svg`);
        const changedPath = join(outputDir, `${name}-changed.svg`);
        rmSync(changedPath, { force: true });
        if (update || !existsSync(expectedPath)) {
          // A new view gets its first snapshot (and a run under CI must not invent one).
          expect(process.env.CI === 'true' && !update, `no snapshot ${name}.svg is committed`).toBe(false);
          writeFileSync(expectedPath, result.svg);
          return;
        }
        const expected = readFileSync(expectedPath, 'utf8');
        if (expected !== result.svg) writeFileSync(changedPath, result.svg);
        expect(result.svg === expected, `${name}.svg changed: compare it with ${name}-changed.svg`).toBe(true);
      });
    }
  }
});
