import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The Vue 3 example. The county data are served at the site root (/wuxuan/map.json), as a portal
// serves its data/; `vite build` copies them into dist/ next to the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../data', import.meta.url)),
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // <tx-…> are custom elements (Lit), not Vue components: Vue must not try to resolve them.
          // Vue then sets a binding as a property when the element has one (spec, mode, theme…);
          // `:spec.prop` says so explicitly.
          isCustomElement: (tag) => tag.startsWith('tx-'),
        },
      },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
});
