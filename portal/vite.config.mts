import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';

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
 * The service worker (src/sw/sw.ts), built once the portal is: one classic script, `dist/sw.js`,
 * told the files to keep at install. Those are the first visit's own (index.html, the entry's
 * script and style, the manifest and icon); the chunks loaded later are kept when first fetched.
 */
function serviceWorker(): Plugin {
  let outDir = '';
  const firstVisit = new Set<string>();
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          firstVisit.add(file.fileName);
          for (const css of file.viteMetadata?.importedCss ?? []) firstVisit.add(css);
        }
      }
    },
    async closeBundle() {
      const revision = (file: string) =>
        createHash('sha256')
          .update(fs.readFileSync(path.join(outDir, file)))
          .digest('hex')
          .slice(0, 16);
      const manifest = [
        // Hashed names need no revision; the others are revised by their content.
        ...[...firstVisit].map((url) => ({ url: `/${url}`, revision: null })),
        ...['index.html', 'manifest.webmanifest', 'icon.svg'].map((file) => ({ url: `/${file}`, revision: revision(file) })),
      ];
      await build({
        configFile: false,
        logLevel: 'warn',
        root,
        define: { 'self.__WB_MANIFEST': JSON.stringify(manifest), 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2020',
          minify: true,
          reportCompressedSize: false,
          lib: { entry: path.join(root, 'src/sw/sw.ts'), formats: ['iife'], name: 'portalServiceWorker', fileName: () => 'sw.js' },
        },
      });
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
  plugins: [typedDocuments(), serviceWorker()],
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
