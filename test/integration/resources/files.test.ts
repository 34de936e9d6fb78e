import { createHash, randomBytes } from 'node:crypto';
import { useNetworkApp } from '../../helpers/fixtures';
import { abortedUpload, createResource, DOCX, pdfBytes, PNG, storedFileCounts, upload, zipOf } from './resource-fixtures';
import { waitFor } from '../../helpers/wait';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(`${url}${path}`, { method, headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

// POST /files and GET /files through real HTTP: bytes in GridFS, checked, streamed back exactly.
describe('resource files', () => {
  const env = useNetworkApp({ files: { maxBytes: 3 * 1024 * 1024, linkSecret: 'test-secret-'.padEnd(40, 'x'), linkTtlMs: 3_600_000 } });
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  let resourceId: string;

  beforeAll(async () => {
    resourceId = await createResource(env.app.url, env.network.tokens.coordinator, { languages: ['en', 'fr'] });
  });

  it.each([
    ['a small file', pdfBytes(2_000), 'toolkit.pdf'],
    ['an empty text file', Buffer.alloc(0), 'empty.txt'],
    ['a multi-chunk file (1.2 MB over 255 KiB chunks)', pdfBytes(1_200_000), 'big.pdf'],
  ])('uploads and downloads %s byte for byte', async (_name, bytes, filename) => {
    const answer = await upload(env.app.url, env.network.tokens.coordinator, resourceId, bytes, filename);
    expect(answer.status).toBe(201);
    const version = answer.body.version!;
    expect(version).toMatchObject({ filename, size: bytes.length, sha256: sha256(bytes) });
    expect(Object.keys(version).sort()).toEqual(['contentType', 'downloadUrl', 'filename', 'number', 'sha256', 'size']);
    const download = await get(env.app.url, version.downloadUrl);
    expect(download.status).toBe(200);
    expect(sha256(download.body)).toBe(sha256(bytes));
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(download.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-type')).toBe(filename.endsWith('.pdf') ? 'application/pdf' : 'text/plain; charset=utf-8');
  });

  it.each([
    ['a Word document', DOCX, 'toolkit.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['a PNG image', PNG, 'poster.png', 'image/png'],
    ['a zip archive', zipOf({ 'a.txt': 'hello' }), 'bundle.zip', 'application/zip'],
    ['a CSV table', Buffer.from('country,groups\nKE,3\nPE,2\n'), 'groups.csv', 'text/csv; charset=utf-8'],
  ])('accepts %s, typed from its bytes', async (_name, bytes, filename, contentType) => {
    const answer = await upload(env.app.url, env.network.tokens.coordinator, resourceId, bytes, filename);
    expect(answer.status).toBe(201);
    expect(answer.body.version?.contentType).toBe(contentType);
    const download = await get(env.app.url, answer.body.version!.downloadUrl);
    expect(download.headers.get('content-type')).toBe(contentType);
    expect(download.body.equals(bytes)).toBe(true);
  });

  it('numbers versions per edition; the newest is the default download and older ones stay reachable', async () => {
    const id = await createResource(env.app.url, env.network.tokens.admin, { languages: ['en', 'fr'] });
    const first = pdfBytes(1_000);
    const second = pdfBytes(1_500);
    const french = pdfBytes(1_700);
    expect((await upload(env.app.url, env.network.tokens.admin, id, first, 'a.pdf')).body.version?.number).toBe(1);
    expect((await upload(env.app.url, env.network.tokens.admin, id, second, 'b.pdf')).body.version?.number).toBe(2);
    expect((await upload(env.app.url, env.network.tokens.admin, id, french, 'c.pdf', { language: 'fr' })).body.version?.number).toBe(1);

    const token = env.network.tokens.member; // language en
    expect(sha256((await get(env.app.url, `/files/${id}`, auth(token))).body)).toBe(sha256(second));
    expect(sha256((await get(env.app.url, `/files/${id}/en/1`, auth(token))).body)).toBe(sha256(first));
    expect(sha256((await get(env.app.url, `/files/${id}?lang=fr`, auth(token))).body)).toBe(sha256(french));
    expect(sha256((await get(env.app.url, `/files/${id}?lang=fr-CA`, auth(token))).body)).toBe(sha256(french));
    // A French-speaking reader gets the French edition without asking.
    await env.db.current.models.User.updateOne({ _id: env.network.people.member._id }, { $set: { language: 'fr' } });
    expect(sha256((await get(env.app.url, `/files/${id}`, auth(token))).body)).toBe(sha256(french));
    expect(sha256((await get(env.app.url, `/files/${id}?lang=en`, auth(token))).body)).toBe(sha256(second));
    await env.db.current.models.User.updateOne({ _id: env.network.people.member._id }, { $set: { language: 'en' } });

    expect((await get(env.app.url, `/files/${id}/en/9`, auth(token))).status).toBe(404);
    expect((await get(env.app.url, `/files/${id}/en/0`, auth(token))).status).toBe(400);
    expect((await get(env.app.url, `/files/${id}/en/abc`, auth(token))).status).toBe(400);
    expect((await get(env.app.url, `/files/${id}/es/1`, auth(token))).status).toBe(404);
  });

  it('gives concurrent uploads to one edition distinct version numbers', async () => {
    const id = await createResource(env.app.url, env.network.tokens.admin);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => upload(env.app.url, env.network.tokens.admin, id, pdfBytes(3_000 + i), `v${i}.pdf`)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(answers.map((a) => a.body.version!.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  describe('ranges', () => {
    const bytes = pdfBytes(700_000);
    let path: string;
    beforeAll(async () => {
      const id = await createResource(env.app.url, env.network.tokens.admin, { visibility: 'PUBLIC' });
      path = (await upload(env.app.url, env.network.tokens.admin, id, bytes, 'report.pdf')).body.version!.downloadUrl;
    });

    it.each([
      ['the first bytes', 'bytes=0-99', 0, 99],
      ['the middle, across a chunk boundary', 'bytes=261000-262000', 261_000, 262_000],
      ['a suffix', 'bytes=-100', 700_000 - 100, 700_000 - 1],
      ['an open end', 'bytes=699990-', 699_990, 699_999],
      ['an end past the size', 'bytes=699990-800000', 699_990, 699_999],
    ])('returns exactly %s', async (_name, range, start, end) => {
      const response = await get(env.app.url, path, { range });
      expect(response.status).toBe(206);
      expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/${bytes.length}`);
      expect(response.headers.get('content-length')).toBe(String(end - start + 1));
      expect(response.body.equals(bytes.subarray(start, end + 1))).toBe(true);
    });

    it('answers 416 to a range outside the file', async () => {
      const response = await get(env.app.url, path, { range: 'bytes=700000-' });
      expect(response.status).toBe(416);
      expect(response.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
    });

    it('resumes a broken download into the same bytes', async () => {
      const response = await fetch(`${env.app.url}${path}`);
      const reader = response.body!.getReader();
      const received: Buffer[] = [];
      let length = 0;
      while (length < 100_000) {
        const { value, done } = await reader.read();
        if (done) break;
        received.push(Buffer.from(value));
        length += value.length;
      }
      await reader.cancel(); // the connection breaks
      const etag = response.headers.get('etag')!;
      const rest = await get(env.app.url, path, { range: `bytes=${length}-`, 'if-range': etag });
      expect(rest.status).toBe(206);
      expect(sha256(Buffer.concat([...received, rest.body]))).toBe(sha256(bytes));
      // A stale If-Range gets the whole (new) file instead of a wrong piece.
      const stale = await get(env.app.url, path, { range: `bytes=${length}-`, 'if-range': '"something-else"' });
      expect(stale.status).toBe(200);
      expect(stale.body.length).toBe(bytes.length);
    });

    it('answers HEAD with the headers only, and 304 to a matching If-None-Match', async () => {
      const head = await get(env.app.url, path, {}, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(bytes.length));
      expect(head.headers.get('accept-ranges')).toBe('bytes');
      expect(head.body.length).toBe(0);
      const etag = head.headers.get('etag')!;
      const cached = await get(env.app.url, path, { 'if-none-match': etag });
      expect(cached.status).toBe(304);
      expect(cached.body.length).toBe(0);
      expect((await get(env.app.url, path, { 'if-none-match': '"other"' })).status).toBe(200);
    });
  });

  it('sends the original non-ASCII name per RFC 6266 / 5987', async () => {
    const name = 'Boîte à outils – protección «niños» 子ども.pdf';
    const answer = await upload(env.app.url, env.network.tokens.coordinator, resourceId, pdfBytes(500), name);
    expect(answer.body.version?.filename).toBe(name);
    const response = await get(env.app.url, answer.body.version!.downloadUrl);
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(disposition).toContain('filename="Boite a outils _ proteccion _ninos_ ___.pdf"');
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(name);
  });

  it('strips paths, control characters and bidi overrides from file names', async () => {
    const answer = await upload(env.app.url, env.network.tokens.coordinator, resourceId, pdfBytes(500), '..\\..\\etc/re\tport\u202Egnp.pdf');
    expect(answer.status).toBe(201);
    expect(answer.body.version?.filename).toBe('reportgnp.pdf');
    const long = await upload(env.app.url, env.network.tokens.coordinator, resourceId, pdfBytes(500), `${'a'.repeat(400)}.pdf`);
    expect(long.body.version?.filename).toHaveLength(150);
    expect(long.body.version?.filename.endsWith('.pdf')).toBe(true);
    // A NUL in the part header is not multipart at all: refused before anything is stored.
    const nul = await upload(env.app.url, env.network.tokens.coordinator, resourceId, pdfBytes(500), 're\u0000port.pdf');
    expect(nul).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
  });

  describe('refused uploads leave nothing behind', () => {
    it.each([
      ['a PNG named .pdf', PNG, 'photo.pdf', 'application/pdf', 415, 'CONTENT_TYPE_MISMATCH'],
      ['a Word document named .pdf', DOCX, 'toolkit.pdf', 'application/octet-stream', 415, 'CONTENT_TYPE_MISMATCH'],
      ['a plain zip named .docx', zipOf({ 'a.txt': 'hello' }), 'toolkit.docx', 'application/octet-stream', 415, 'CONTENT_TYPE_MISMATCH'],
      ['a PNG labelled application/pdf', PNG, 'photo.png', 'application/pdf', 415, 'CONTENT_TYPE_MISMATCH'],
      [
        'an executable labelled application/pdf',
        Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(5_000)]),
        'toolkit.pdf',
        'application/pdf',
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      ['random bytes named .pdf', randomBytes(4_000), 'toolkit.pdf', 'application/pdf', 415, 'UNSUPPORTED_FILE_TYPE'],
      [
        'binary named .csv',
        Buffer.concat([Buffer.from('a,b\n'), Buffer.alloc(10), randomBytes(300_000)]),
        'data.csv',
        'text/csv',
        415,
        'CONTENT_TYPE_MISMATCH',
      ],
      [
        'text past the first sample with a NUL byte',
        Buffer.concat([Buffer.alloc(400_000, 'a'), Buffer.from([0])]),
        'notes.txt',
        'text/plain',
        415,
        'CONTENT_TYPE_MISMATCH',
      ],
      ['a file over the size limit', pdfBytes(3 * 1024 * 1024 + 1), 'huge.pdf', 'application/pdf', 413, 'FILE_TOO_LARGE'],
    ])('%s', async (_name, bytes, filename, type, status, reason) => {
      const before = await storedFileCounts(env.db.current);
      const versionsBefore = await env.db.current.models.ResourceVersion.countDocuments({});
      const answer = await upload(env.app.url, env.network.tokens.coordinator, resourceId, bytes, filename, { type });
      expect(answer.status).toBe(status);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(await storedFileCounts(env.db.current)).toEqual(before);
      expect(await env.db.current.models.ResourceVersion.countDocuments({})).toBe(versionsBefore);
    });

    it('accepts a file of exactly the size limit', async () => {
      const answer = await upload(env.app.url, env.network.tokens.admin, resourceId, pdfBytes(3 * 1024 * 1024), 'limit.pdf');
      expect(answer.status).toBe(201);
    });

    it('an upload the client abandons half-way', async () => {
      const before = await storedFileCounts(env.db.current);
      await abortedUpload(env.app.url, env.network.tokens.coordinator, resourceId, 1_000_000);
      // The server notices the broken connection and removes what it stored.
      await waitFor(async () => JSON.stringify(await storedFileCounts(env.db.current)) === JSON.stringify(before), "the refused upload's chunks to be removed");
    });

    it.each([
      ['no token', undefined, 401, 'UNAUTHENTICATED'],
      ['a member (members do not share)', 'member', 403, 'FORBIDDEN'],
    ] as const)('%s', async (_name, who, status, code) => {
      const before = await storedFileCounts(env.db.current);
      const answer = await upload(env.app.url, who ? env.network.tokens[who] : undefined, resourceId, pdfBytes(500), 'x.pdf');
      expect(answer.status).toBe(status);
      expect(answer.body.errors?.[0]?.extensions.code).toBe(code);
      expect(await storedFileCounts(env.db.current)).toEqual(before);
    });

    it('a missing resourceId, an unknown resource, a language without an edition, a LINK resource', async () => {
      const before = await storedFileCounts(env.db.current);
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(pdfBytes(100))]), 'x.pdf');
      const noId = await fetch(`${env.app.url}/files`, { method: 'POST', body: form, headers: auth(env.network.tokens.admin) });
      expect(noId.status).toBe(400);
      expect(await noId.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'resourceId' } }] });
      expect((await upload(env.app.url, env.network.tokens.admin, '0123456789abcdef01234567', pdfBytes(100), 'x.pdf')).status).toBe(404);
      expect((await upload(env.app.url, env.network.tokens.admin, 'nope', pdfBytes(100), 'x.pdf')).status).toBe(400);
      const es = await upload(env.app.url, env.network.tokens.admin, resourceId, pdfBytes(100), 'x.pdf', { language: 'es' });
      expect(es).toMatchObject({ status: 400, body: { errors: [{ extensions: { field: 'language' } }] } });
      const link = await createResource(env.app.url, env.network.tokens.admin, { kind: 'LINK', externalUrl: 'https://example.org/toolkit' });
      expect((await upload(env.app.url, env.network.tokens.admin, link, pdfBytes(100), 'x.pdf')).status).toBe(400);
      const json = await fetch(`${env.app.url}/files`, {
        method: 'POST',
        body: '{}',
        headers: { ...auth(env.network.tokens.admin), 'content-type': 'application/json' },
      });
      expect(json.status).toBe(415);
      expect(await storedFileCounts(env.db.current)).toEqual(before);
    });
  });

  it('answers path tricks and bad ids cleanly', async () => {
    for (const path of ['/files/..%2F..%2Fetc%2Fpasswd', '/files/not-an-id', `/files/${resourceId}/..%2Fen/1`, `/files/${resourceId}/en%2F1/1`]) {
      expect([400, 404]).toContain((await get(env.app.url, path)).status);
    }
    expect((await get(env.app.url, '/files/0123456789abcdef01234567')).status).toBe(404);
    expect((await get(env.app.url, `/files/${resourceId}/en/1/extra`)).status).toBe(404);
  });
});
