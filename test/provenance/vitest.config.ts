import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The provenance audit: the data's figures checked against the article archive (../shared/seeds, or
// TONGXIN_SEEDS). Run it with `pnpm audit:provenance` (test/provenance/run.ts), which skips with one
// line when the archive is absent; run directly, every test fails without the archive.
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '../..'),
    include: ['test/provenance/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
