import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { graphql } from '../../helpers/graphql';
import { ensurePortalBuilt, PORTAL_DIST } from '../../helpers/portal';

describe('the portal served at /', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    ensurePortalBuilt();
    app = await startTestApp(db.current);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('serves index.html revalidated each time, under a CSP without inline or foreign scripts', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/default-src 'self'/);
    const html = await response.text();
    expect(html).toMatch(/<html lang="en">/);
    // Every script is a file of ours: nothing inline, nothing from a CDN.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc="\/assets\/)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);

    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http, since fetch adds `Cache-Control: no-cache` to conditional requests.
    const revalidated = await new Promise<number>((resolve, reject) => {
      http
        .get(`${app.url}/`, { headers: { 'if-none-match': etag ?? '' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(revalidated).toBe(304);
    expect((await fetch(`${app.url}/index.html`)).status).toBe(200);
    // The invitation link (inviteUrl) opens the portal too.
    const invitation = await fetch(`${app.url}/invitations/accept?token=inv_x`);
    expect(invitation.status).toBe(200);
    expect(await invitation.text()).toBe(html);
  });

  it('serves the hashed assets with a year-long immutable cache', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const response = await fetch(`${app.url}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    // The Secretariat's pages are a separate chunk, not part of the first load.
    const lazy = fs.readdirSync(path.join(PORTAL_DIST, 'assets')).filter((f) => f.startsWith('Secretariat-'));
    expect(lazy).toHaveLength(1);
    expect(assets.some((a) => a.includes('Secretariat-'))).toBe(false);
    expect((await fetch(`${app.url}/assets/nothing-here.js`)).status).toBe(404);
  });

  it('leaves the API routes to the API', async () => {
    expect((await graphql(app.url, '{ serverInfo { name } }')).status).toBe(200);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const unknown = await fetch(`${app.url}/programme`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/json/);
    const csv = await fetch(`${app.url}/workshops/000000000000000000000000/participants.csv`);
    expect([401, 403, 404]).toContain(csv.status);
    expect(csv.headers.get('content-type')).toMatch(/json/);
    expect((await fetch(`${app.url}/calendar/public.ics`)).headers.get('content-type')).toMatch(/^text\/calendar/);
    expect((await fetch(`${app.url}/files/nope`)).headers.get('content-type')).toMatch(/json/);
  });
});

describe('the portal before it is built', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db.current, { portalDir: path.join(os.tmpdir(), 'no-portal-here') });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers / with a clear 503 page while the API keeps working', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('npm run portal:build');
    expect((await graphql(app.url, '{ serverInfo { name } }')).status).toBe(200);
  });
});
