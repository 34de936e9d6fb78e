import fs from 'node:fs';
import path from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import { PAGE_LANGUAGES, type FirstPaint, type PageLanguage } from './first-paint';
import { allowInlineScripts } from './inline-scripts';

/**
 * The web portal (portal/, built by Vite into portal/dist) at `/`. The pages route with the URL's
 * hash (`/#/workshops/<id>`), so the server serves `/`, `/invitations/accept` (the link in
 * invitations), the hashed assets and the installable app's files (service worker, manifest,
 * icon), and nothing else:
 * nothing here can shadow an API route (`/graphql`, `/files`, `/calendar`, `/workshops/:id/participants.csv`…),
 * and unknown paths still get the API's JSON 404.
 */
export function portalRouter(portalDir: string, firstPaint?: FirstPaint): Router {
  const router = Router();
  const index = path.join(portalDir, 'index.html');

  // File names carry a content hash: a changed file is a new name, so browsers may keep them a year.
  router.use('/assets', express.static(path.join(portalDir, 'assets'), { immutable: true, maxAge: '365d', index: false, redirect: false }));

  let read: { mtimeMs: number; html: string } | null = null;
  /** index.html as built, read again when a new build replaces it. */
  const built = () => {
    const { mtimeMs } = fs.statSync(index);
    if (read?.mtimeMs !== mtimeMs) read = { mtimeMs, html: fs.readFileSync(index, 'utf8') };
    return read.html;
  };
  const shell = (_req: Request, res: Response) => {
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .set('Cache-Control', 'no-store')
        .type('html')
        .send(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal not built</title></head><body>' +
            '<h1>The portal is not built yet</h1><p>Run <code>npm run portal:build</code> (part of <code>npm run build</code> and <code>npm start</code>), then reload. ' +
            'The API at <code>/graphql</code> works meanwhile.</p></body></html>',
        );
      return;
    }
    // Always revalidated (ETag), so a new build reaches people at their next visit.
    const html = built();
    allowInlineScripts(res, html);
    res.set('Cache-Control', 'no-cache').type('html').send(html);
  };
  /**
   * The programme's page with its first page of workshops in it (first-paint.ts), for a browser
   * opening it (a navigation); a copy fetched to keep (the service worker's precache: `Sec-Fetch-Mode:
   * cors`) gets the page as built, whose skeleton never goes stale. It varies with the language
   * asked for and the kind of request, and its ETag with the programme: a change shows at the next
   * revalidation, and an unchanged programme answers 304.
   */
  const page = (req: Request, res: Response) => {
    res.vary('Accept-Language').vary('Sec-Fetch-Mode');
    // A navigation says so, even when the service worker passes it on (its `Sec-Fetch-Dest` is then `empty`).
    const mode = req.get('sec-fetch-mode');
    if (!firstPaint || (mode !== undefined && mode !== 'navigate')) return shell(req, res);
    const language: PageLanguage = (req.acceptsLanguages(...PAGE_LANGUAGES) || 'en') as PageLanguage;
    firstPaint.page(language).then(
      (made) => {
        if (!made) return shell(req, res);
        // By the page as built, never as filled in: nothing the programme's data could open is allowed to run.
        allowInlineScripts(res, built());
        res.set({ 'Cache-Control': 'no-cache', 'Content-Language': language, ETag: made.etag }).type('html').send(made.body);
      },
      () => shell(req, res),
    );
  };
  // The installable app's files, at fixed names: always revalidated, so a new build replaces them.
  // The service worker's scope is the whole portal (served from `/`).
  const fixed = (name: string, type: string) =>
    router.get(`/${name}`, (_req, res, next) => {
      const file = path.join(portalDir, name);
      if (!fs.existsSync(file)) return next();
      res.type(type).sendFile(file, { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } });
    });
  fixed('sw.js', 'text/javascript');
  fixed('manifest.webmanifest', 'application/manifest+json');
  fixed('icon.svg', 'image/svg+xml');

  router.get('/', page);
  router.get('/index.html', page);
  // The one portal page with a path of its own: invitation links (inviteUrl) point here.
  // It shows the invitation, not the programme: the page as built.
  router.get('/invitations/accept', shell);
  return router;
}
