// Every class the README names (the element classes of the generated reference, which comes from
// custom-elements.json, and the events and controllers it mentions) is exported by
// `@tongxin/elements`, so `import { TxDashboard } from '@tongxin/elements'` works as documented.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** Class names in the README: `Tx…` identifiers and `…Controller`s. */
const named = [...new Set([...readme.matchAll(/\b(Tx[A-Z][A-Za-z]*|[A-Z][A-Za-z]*Controller)\b/g)].map((m) => m[1]))].sort();

describe('@tongxin/elements exports what the README documents', () => {
  it('the README names the element classes of its generated reference', () => {
    const classes = [...readme.matchAll(/Class `(\w+)`/g)].map((m) => m[1]);
    expect(classes).toEqual(['TxCountyMap', 'TxStationCoverage', 'TxActivityTrend', 'TxFundChart', 'TxKpi', 'TxDashboard']);
    for (const c of classes) expect(named).toContain(c);
  });

  it.each(named)('%s is exported as a class, with no tag registered by the import', async (name) => {
    const elements = (await import('../../../packages/elements/src/index.ts')) as Record<string, unknown>;
    expect(typeof elements[name], `${name} exported from packages/elements/src/index.ts`).toBe('function');
    expect(globalThis.customElements?.get('tx-dashboard')).toBeUndefined();
  });
});
