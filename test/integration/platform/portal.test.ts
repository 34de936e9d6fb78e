import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { ensurePortalBuilt, PORTAL_DIST } from '../../helpers/portal';

const SERVER_NAME = operation(`query PlatformPortalServerName { serverInfo { name } }`);

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

  it('serves index.html revalidated each time, under a CSP that runs its own files and its one inline script, by hash, and nothing foreign', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    const html = await response.text();
    expect(html).toMatch(/<html lang="en">/);
    // Every script is a file of ours, nothing from a CDN (the programme's answer rides along as
    // data, which no browser runs: first-paint.test.ts), but one inline script: the deep link's
    // first paint (index.html). The policy lets that one run by the hash of its text, and no other.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code ?? '');
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('#/workshops/');
    const hash = `'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`;
    expect(csp.split(';')).toContain(`script-src 'self' ${hash}`);
    expect(html.replace(/<script>[\s\S]*?<\/script>/g, '')).not.toMatch(/<script(?![^>]*\bsrc="\/assets\/)(?![^>]*\btype="application\/json")[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);

    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http, since fetch adds `Cache-Control: no-cache` to conditional requests; as fetch, not a
    // navigation (`Sec-Fetch-Mode: cors`, the page as built: a navigation's is first-paint.test.ts's).
    const revalidated = await new Promise<number>((resolve, reject) => {
      http
        .get(`${app.url}/`, { headers: { 'if-none-match': etag ?? '', 'sec-fetch-mode': 'cors' } }, (res) => {
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
    expect(await invitation.text()).toBe(fs.readFileSync(path.join(PORTAL_DIST, 'index.html'), 'utf8'));
  });

  /** A raw GET or POST asking for `encoding`: the bytes as sent, and the headers. */
  const raw = (url: string, encoding: string, body?: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: body ? 'POST' : 'GET',
          headers: { 'accept-encoding': encoding, ...(body ? { 'content-type': 'application/json' } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });

  it('sends the page, its script and API answers compressed to a client that accepts it, and plain to one that does not', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const plain = await raw(`${app.url}${script}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const brotli = await raw(`${app.url}${script}`, 'br, gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(brotli.bytes).equals(plain.bytes)).toBe(true);
    expect(brotli.bytes.length).toBeLessThan(plain.bytes.length / 2);
    const gzip = await raw(`${app.url}${script}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.bytes).equals(plain.bytes)).toBe(true);

    const query = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const answer = await raw(`${app.url}/graphql`, 'gzip', query);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    const decoded = JSON.parse(zlib.gunzipSync(answer.bytes).toString('utf8')) as { data?: { __schema?: { types: unknown[] } } };
    expect(decoded.data?.__schema?.types.length).toBeGreaterThan(10);
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
    expect((await graphql(app.url, SERVER_NAME)).status).toBe(200);
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
    expect((await graphql(app.url, SERVER_NAME)).status).toBe(200);
  });
});
