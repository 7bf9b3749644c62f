import { defineConfig } from 'vitest/config';

// `pnpm examples`: the built packages as a user gets them — publint/attw on the packed tarballs, an app
// installing them with npm (ECharts unpatched),
// the script-tag portal under a strict CSP, the React example built by Vite — in headless Chromium.
// Needs `pnpm build` first (the script runs it).
export default defineConfig({
  test: {
    include: ['test/examples/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
