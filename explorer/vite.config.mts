import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The development explorer (GraphiQL on React 19), bundled at build time into explorer/dist and
 * served by the API at /graphiql when the explorer is on. Built by `npm run explorer:build`
 * (`npm run dev` and `npm test` do it); a production build leaves it out.
 */
export default defineConfig({
  root,
  base: '/graphiql/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    sourcemap: false,
    chunkSizeWarningLimit: 4_000,
    rollupOptions: {
      // GraphiQL's dependencies mark modules "use client" (a server-components hint with no meaning here).
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
