import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `pnpm start`: the big-screen demo. The county data are served from data/ at the site root
// (/wuxuan/dashboard.json), so dataset URLs resolve next to their spec, as on a portal.
const dataDir = fileURLToPath(new URL('../data', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: dataDir,
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: { outDir: fileURLToPath(new URL('../dist/demo', import.meta.url)), emptyOutDir: true },
});
