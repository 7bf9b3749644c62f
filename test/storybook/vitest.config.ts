import { defineConfig } from 'vitest/config';

// `pnpm test:storybook`: every story of the static build in headless Chromium.
export default defineConfig({
  test: {
    include: ['test/storybook/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxConcurrency: 4,
  },
});
