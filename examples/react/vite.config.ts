import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The React example. The county data are served at the site root (/wuxuan/map.json), as a
// portal serves its data/; `vite build` copies them into dist/ next to the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../data', import.meta.url)),
  // React 17+ automatic JSX runtime, without a plugin (Vite's own transformer).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
});
