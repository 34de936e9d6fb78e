import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The portal: one small entry chunk (React + public pages), the Secretariat's pages split off by
 * dynamic import. No plugin: Vite 8 (Oxc) compiles TSX itself with React's automatic runtime.
 */
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    sourcemap: false,
  },
  server: {
    // `npx vite --config portal/vite.config.ts` during development, with the API on :4000.
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/files': 'http://127.0.0.1:4000',
      '/calendar': 'http://127.0.0.1:4000',
      '/workshops': 'http://127.0.0.1:4000',
    },
  },
});
