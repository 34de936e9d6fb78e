/// <reference lib="webworker" />
/**
 * The portal's service worker (registered by main.tsx): the portal opens offline, and its answers
 * read offline come from offline.ts. It keeps only the portal's own files, never an API answer, a
 * calendar feed or a file: those carry personal data and their own access rules.
 * - Pages (`/`, `/invitations/accept`) come from the network first, so a new build shows at once;
 *   offline, or after 5 s without an answer, the copy kept.
 * - Kept at install (the build lists them, with index.html's revision): the entry's files, and
 *   the words of the worker's own language when it is French or Spanish (vite.config.mts), so a
 *   reader offline reads their language. The other chunks (My workshops, the programme's views,
 *   the Secretariat's pages, the world map) are kept once they are first fetched.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[]; __WORDS: Record<string, string[]> };

const PAGES = [/^\/$/, /^\/index\.html$/, /^\/invitations\/accept$/];

// First: a page's navigation goes to the network before the precached copy would answer it.
registerRoute(new NavigationRoute(new NetworkFirst({ cacheName: 'pages', networkTimeoutSeconds: 5 }), { allowlist: PAGES }));
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '', cleanURLs: false });
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/') && request.method === 'GET',
  new CacheFirst({ cacheName: 'assets', plugins: [new ExpirationPlugin({ maxEntries: 60 })] }),
);
// A page never answered nor kept yet (the first visit's own page came before this worker): the build's index.html.
setCatchHandler(async ({ request }) => (request.mode === 'navigate' ? ((await matchPrecache('/index.html')) ?? Response.error()) : Response.error()));

self.addEventListener('install', (event) => {
  void self.skipWaiting();
  // The reader's words, as the assets route would keep them (English is in the entry itself).
  const words = self.__WORDS[self.navigator.language.split('-')[0]?.toLowerCase() ?? ''] ?? [];
  if (words.length > 0) event.waitUntil(caches.open('assets').then((cache) => cache.addAll(words)));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
