// The README's element reference is generated from the elements' JSDoc (custom-elements.json);
// it must say what the code says. Fails when an attribute, event, CSS property or part changes
// and `npx tsx scripts/readme-elements.ts` was not run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeBlock } from '../../scripts/readme-block.ts';
import { analyze, elementsMarkdown } from '../../scripts/readme-elements.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  it('the element reference block matches a fresh custom-elements.json (run `npx tsx scripts/readme-elements.ts`)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongxin-cem-'));
    try {
      const manifest = analyze(dir);
      const fresh = elementsMarkdown(manifest);
      for (const tag of ['tx-county-map', 'tx-station-coverage', 'tx-activity-trend', 'tx-fund-chart', 'tx-kpi', 'tx-dashboard']) {
        expect(fresh).toContain(`### \`<${tag}>\``);
      }
      expect(readmeBlock(readme, 'elements')).toBe(fresh);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('documents every event, CSS custom property and part of every element', () => {
    const block = readmeBlock(readme, 'elements')!;
    for (const name of ['tx-select', 'tx-render', 'tx-error', '--tx-county-map-height', '--tx-dashboard-background', '`frame`', '`stage`', 'pixel-ratio']) {
      expect(block).toContain(name);
    }
  });

  it('has the size table from `pnpm size`, with the full bundle against its baseline and the budget', () => {
    const block = readmeBlock(readme, 'size');
    expect(block).toMatch(/tongxin\.js \(all tags, one file\) \| 1 \|/);
    expect(block).toMatch(/Full bundle: tongxin\.js [\d.]+ KiB gzip vs [\d.]+ KiB .*: \*\*[\d.]+×\*\* \(budget ≤ 1\.10×/);
  });

  it('names the schema and the CSP the portal example is tested with', async () => {
    const { PORTAL_CSP } = await import('../examples/csp-policy.ts');
    expect(readme).toContain('](packages/spec/schema/v1.json)');
    expect(readme).toContain(`Content-Security-Policy: ${PORTAL_CSP}`);
  });
});
