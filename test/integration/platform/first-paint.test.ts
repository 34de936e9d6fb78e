import http from 'node:http';
import { givenRegistration, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { ensurePortalBuilt } from '../../helpers/portal';

/** index.html with the anonymous programme's first page in it (src/http/first-paint.ts). */
describe('the first paint: the programme inside index.html', () => {
  const env = useNetworkApp();
  beforeAll(() => ensurePortalBuilt());

  /** A raw GET (fetch would add its own cache and fetch-metadata headers). */
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http
        .get(`${env.app.url}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        })
        .on('error', reject);
    });

  /** The JSON the page carries, as the portal reads it (textContent, JSON.parse). */
  const inlined = (html: string) => {
    const match = /<script type="application\/json" id="first-paint">([\s\S]*?)<\/script>/.exec(html);
    if (!match) throw new Error('the page carries no first-paint answer');
    return JSON.parse(match[1]!) as {
      operation: string;
      variables: unknown;
      at: string;
      data: { workshops: { edges: { node: { id: string; title: string } }[] } };
    };
  };
  const titlesIn = (html: string) => inlined(html).data.workshops.edges.map((e) => e.node.title);

  it('carries the published programme in the visitor’s language, as HTML and as the Programme answer, and nothing else', async () => {
    const db = env.db.current;
    const published = await givenWorkshop(db, { title: 'Atelier sur la protection en ligne', startsAt: new Date('2026-04-02T02:00:00Z') });
    const draft = await givenWorkshop(db, { title: 'Brouillon confidentiel', status: 'DRAFT', startsAt: new Date('2026-04-03T02:00:00Z') });
    const registration = await givenRegistration(db, { workshopId: published._id, organizationId: env.network.group._id, email: 'survivor.name@example.org' });

    const page = await get('/', { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.vary).toMatch(/accept-language/i);
    expect(page.body).toMatch(/<html lang="fr">/);
    // Drawn before any script: the portal's words in French, the title linked, the date in the
    // venue's zone, the city and the country's French name.
    expect(page.body).toContain('<h1>Ateliers à venir</h1>');
    expect(page.body).toContain(`<a href="#/workshops/${String(published._id)}">Atelier sur la protection en ligne</a>`);
    expect(page.body).toMatch(/<time datetime="2026-04-02T09:00:00\+07:00">2 avr\. 2026, 09:00 /);
    expect(page.body).toContain('Bangkok, Thaïlande');
    // The very answer the portal's Programme query gets, for its very variables.
    const answer = inlined(page.body);
    expect(answer.operation).toBe('Programme');
    expect(answer.variables).toEqual({ filter: { status: 'PUBLISHED' }, after: null });
    expect(titlesIn(page.body)).toContain(published.title);

    // Nothing unpublished, nothing personal.
    expect(page.body).not.toContain(draft.title);
    expect(page.body).not.toContain(String(draft._id));
    for (const person of Object.values(env.network.people)) {
      expect(page.body).not.toContain(person.email);
      expect(page.body).not.toContain(person.name);
    }
    expect(page.body).not.toContain(registration.participant!.email);
    expect(page.body).not.toContain(registration.participant!.name);

    // Another language is another page; without a choice, English.
    const spanish = await get('/', { 'accept-language': 'es-MX' });
    expect(spanish.body).toMatch(/<html lang="es">/);
    expect(spanish.body).toContain('Tailandia');
    expect(spanish.headers.etag).not.toBe(page.headers.etag);
    expect((await get('/')).body).toMatch(/<html lang="en">/);
  });

  it('answers 304 while the programme is unchanged, and shows a change at the next revalidation', async () => {
    const db = env.db.current;
    const workshop = await givenWorkshop(db, { title: 'Child participation forum', startsAt: new Date('2026-04-04T02:00:00Z') });
    const first = await get('/', { 'accept-language': 'fr' });
    const etag = first.headers.etag!;
    expect(etag).toBeTruthy();
    expect((await get('/', { 'accept-language': 'fr', 'if-none-match': etag })).status).toBe(304);

    await db.models.Workshop.updateOne({ _id: workshop._id }, { $set: { title: 'Child participation and advocacy forum' }, $inc: { revision: 1 } });
    // The read model is proven current by the request itself (one read of the change log).
    const changed = await get('/', { 'accept-language': 'fr', 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(titlesIn(changed.body)).toContain('Child participation and advocacy forum');
    expect(changed.body).toContain('>Child participation and advocacy forum</a>');
    expect(changed.body).not.toContain('>Child participation forum<');
  });

  it('keeps a hostile title inside its element, in the HTML and in the JSON', async () => {
    const db = env.db.current;
    const hostile = 'Evil </script><script>alert(1)</script> \u2028 <!-- & "quoted"';
    await givenWorkshop(db, { title: hostile, startsAt: new Date('2026-04-05T02:00:00Z') });
    const page = await get('/', { 'accept-language': 'en' });
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).not.toContain('\u2028');
    // Only the entry's module, index.html's own inline script and the data element: nothing the title opened.
    const scripts = [...page.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(3);
    expect(scripts.filter((s) => s.includes('type="application/json"'))).toHaveLength(1);
    expect(page.body.match(/<\/script>/g)).toHaveLength(3);
    // The policy lets index.html's one inline script run, by its hash, and nothing else inline.
    const policy = page.headers['content-security-policy'];
    expect(String(policy).match(/'sha256-/g)).toHaveLength(1);
    // The title reads back whole from the JSON, and as text in the HTML.
    expect(titlesIn(page.body)).toContain(hostile);
    expect(page.body).toContain('Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('gives a copy fetched to keep (the service worker’s precache) and the invitation page the page as built', async () => {
    const kept = await get('/index.html', { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' });
    expect(kept.status).toBe(200);
    expect(kept.body).not.toContain('id="first-paint"');
    expect(kept.body).toContain('class="skeleton"');
    expect(kept.headers.vary).toMatch(/sec-fetch-mode/i);
    // A navigation, also as the service worker passes it on (NetworkFirst), gets the programme.
    for (const dest of ['document', 'empty']) {
      const navigation = await get('/index.html', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': dest });
      expect(navigation.body).toContain('id="first-paint"');
    }
    const invitation = await get('/invitations/accept?token=inv_x');
    expect(invitation.status).toBe(200);
    expect(invitation.body).toBe(kept.body);
  });
});
