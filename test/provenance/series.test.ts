// Provenance: each total the generated series add up to (test/unit/data/series.test.ts) is printed so in its article.
import { describe, expect, it } from 'vitest';
import { reported, seedOf } from '../unit/data/reported-totals.ts';
import { articleText } from './archive.ts';

describe('reported totals in the articles', () => {
  it.each(reported)('$slug $kind: the article prints the reported $total ($article)', ({ slug, article }) => {
    expect(articleText(seedOf[slug])).toContain(article);
  });
});
