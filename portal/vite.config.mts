import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';

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
 * script, the chunks it imports and its style, the manifest and icon), and the reader's words
 * when they are not English (`DICTIONARIES`: the worker keeps the one of its own language only,
 * so an English first visit fetches nothing more). The other chunks (My workshops, the
 * programme's other views, the Secretariat's pages, the world map) are kept when first fetched.
 */
const DICTIONARIES = { fr: /\/src\/dictionaries\/fr\.ts$/, es: /\/src\/dictionaries\/es\.ts$/ };

function serviceWorker(): Plugin {
  let outDir = '';
  const precached = new Set<string>();
  const words: Record<string, string[]> = {};
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
      // A chunk with what it imports statically (loaded with it) and its style.
      const keep = (fileName: string) => {
        const chunk = chunks.get(fileName);
        if (!chunk || precached.has(fileName)) return;
        precached.add(fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) precached.add(css);
        for (const imported of chunk.imports) keep(imported);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) keep(chunk.fileName);
      for (const [language, pattern] of Object.entries(DICTIONARIES)) {
        const chunk = [...chunks.values()].find((candidate) => pattern.test(candidate.facadeModuleId ?? ''));
        if (!chunk) this.error(`service worker: no chunk for the ${language} words (was it merged into another?)`);
        // With what it imports that the first visit does not already keep.
        words[language] = [chunk!.fileName, ...chunk!.imports.filter((file) => !precached.has(file))].map((file) => `/${file}`);
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
        ...[...precached].map((url) => ({ url: `/${url}`, revision: null })),
        ...['index.html', 'manifest.webmanifest', 'icon.svg'].map((file) => ({ url: `/${file}`, revision: revision(file) })),
      ];
      await build({
        configFile: false,
        logLevel: 'warn',
        root,
        define: {
          'self.__WB_MANIFEST': JSON.stringify(manifest),
          'self.__WORDS': JSON.stringify(words),
          'process.env.NODE_ENV': JSON.stringify('production'),
        },
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
 * What the api needs to serve index.html with the programme already in it (src/http/first-paint.ts):
 * the query as this build sends it, its variables and the page's words in each language, as
 * dist/first-paint.json. The api reads it beside index.html, so the two always match.
 */
function firstPaint(): Plugin {
  return {
    name: 'first-paint',
    apply: 'build',
    async generateBundle() {
      // Through Vite's module runner: the config itself imports no TypeScript of the portal's.
      const load = async <T,>(file: string) => (await runnerImport<T>(path.join(root, file), { configFile: false, logLevel: 'warn' })).module;
      const { FIRST_PAINT_WORDS, firstPaintSpec } = await load<typeof import('./src/first-paint')>('src/first-paint.ts');
      const wordsOf = async (language: 'en' | 'fr' | 'es') => {
        const dictionary = (await load<Record<string, Record<string, Record<string, string>>>>(`src/dictionaries/${language}.ts`))[language]!;
        const flat: Record<string, string> = Object.assign({}, ...Object.values(dictionary));
        return Object.fromEntries(FIRST_PAINT_WORDS.map((key) => [key, flat[key] ?? key])) as Record<(typeof FIRST_PAINT_WORDS)[number], string>;
      };
      const spec = firstPaintSpec({ en: await wordsOf('en'), fr: await wordsOf('fr'), es: await wordsOf('es') });
      this.emitFile({ type: 'asset', fileName: 'first-paint.json', source: `${JSON.stringify(spec, null, 2)}\n` });
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
  plugins: [typedDocuments(), serviceWorker(), firstPaint()],
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
