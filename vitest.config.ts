import { defineConfig } from 'vitest/config';

// Pure logic in Node. Anything that renders is tested in Chromium by wtr (web-test-runner.config.mjs).
export default defineConfig({
  test: {
    // Not test/provenance: it reads the article archive beside the repository (`pnpm audit:provenance`).
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
