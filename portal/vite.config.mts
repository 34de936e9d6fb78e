import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const generated = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/**
 * The client preset's `graphql()` finds a document in a map of every document's source. Each call
 * becomes an import of its generated document instead (what the preset's Babel optimizer does), so
 * no page carries the map. A call defining several fragments is named by its first.
 */
function typedDocuments(): Plugin {
  const call = /\bgraphql\(`\s*(query|mutation|subscription|fragment)\s+(\w+)[^`]*`\)/g;
  return {
    name: 'typed-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(`${root}src/`) || id.startsWith(`${root}src/gql/`) || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const body = code.replace(call, (_call, kind: string, name: string) => {
        const document = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        names.add(document);
        return document;
      });
      return `import { ${[...names].join(', ')} } from ${JSON.stringify(generated)};\n${body}`;
    },
  };
}

/**
 * The portal: one small entry chunk (React + public pages), the Secretariat's pages split off by
 * dynamic import. Vite 8 (Oxc) compiles TSX itself with React's automatic runtime.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [typedDocuments()],
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
