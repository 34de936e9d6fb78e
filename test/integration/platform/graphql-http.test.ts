import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const SERVER_NAME = operation(`query GraphqlHttpServerName { serverInfo { name } }`);

async function post(app: TestApp, body: string | Buffer, contentType = 'application/json') {
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

// GraphQL over real HTTP: answers, the fixed error codes, limits, and bad input that leaves the
// process serving.
describe('GraphQL over HTTP', () => {
  const db = useTestDatabase();
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(db.current, { graphql: { maxDepth: 3, maxAliases: 5, maxTokens: 200 } });
  });
  afterAll(() => app.close());

  it('answers a query, with time from the injected clock', async () => {
    app.clock.set('2026-07-14T06:30:00+02:00');
    const response = await graphql(app.url, operation(`query GraphqlHttpServerInfo { serverInfo { name version time } }`));
    expect(response.status).toBe(200);
    expect(response.data?.serverInfo).toEqual({ name: 'exchange', version: expect.stringMatching(/^\d+\.\d+\.\d+/), time: '2026-07-14T04:30:00.000Z' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const sane = await graphql(app.url, SERVER_NAME, undefined, { headers: { 'x-request-id': 'client-req-12345' } });
    expect(sane.headers.get('x-request-id')).toBe('client-req-12345');
    const unsafe = await graphql(app.url, SERVER_NAME, undefined, { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(unsafe.headers.get('x-request-id')).not.toContain(' ');
  });

  it('rejects a malformed JSON body with 400 BAD_USER_INPUT', async () => {
    const response = await post(app, '{"query": "{ serverInfo { name } }"');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/not valid JSON/);
  });

  it.each([
    ['text/plain', 415],
    ['application/x-www-form-urlencoded', 415],
    ['multipart/form-data; boundary=x', 415],
  ])('rejects Content-Type %s with %d (no CSRF through simple requests)', async (type, status) => {
    const response = await post(app, '{"query":"{ serverInfo { name } }"}', type);
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ serverInfo { name } }')}`);
    expect(response.status).toBe(400);
    const withHeader = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ serverInfo { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('rejects an oversized body with 413 and the limit', async () => {
    const huge = JSON.stringify({ query: `{ serverInfo { name } } # ${'x'.repeat(1_100_000)}` });
    const response = await post(app, huge);
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', limitBytes: 1_000_000 });
  });

  it('rejects an unknown field with BAD_USER_INPUT', async () => {
    const response = await graphql(app.url, '{ serverInfo { name password } }');
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.reason).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects a syntax error with BAD_USER_INPUT', async () => {
    const response = await graphql(app.url, '{ serverInfo { name ');
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('says which limit an over-aliased query hit', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: serverInfo { name }`).join(' ');
    const response = await graphql(app.url, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toContain('BAD_USER_INPUT');
    expect(response.errors?.map((e) => e.message).join(' ')).toMatch(/Aliases limit of 5 exceeded, found 6/);
  });

  it('says which limit a query with too many tokens hit', async () => {
    const fields = Array.from({ length: 250 }, () => 'name').join(' ');
    const response = await graphql(app.url, `{ serverInfo { ${fields} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.map((e) => e.message).join(' ')).toMatch(/Document contains more th.. 200 tokens/);
  });

  it('answers an unknown route with 404 NOT_FOUND in the same error shape', async () => {
    const response = await fetch(`${app.url}/graphql/../admin`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('keeps serving after all of the above', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await graphql(app.url, SERVER_NAME)).data).toEqual({ serverInfo: { name: 'exchange' } });
  });

  it('sends security headers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

// The current schema is shallow, so the depth limit is proven with a limit of 1.
describe('GraphQL depth limit', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db.current, { graphql: { maxDepth: 1 } });
  });
  afterAll(() => app.close());

  it('says which limit an over-deep query hit, also through fragments', async () => {
    for (const query of ['{ serverInfo { name } }', '{ ...F } fragment F on Query { serverInfo { name } }']) {
      const response = await graphql(app.url, query);
      expect(response.status).toBe(400);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toMatch(/depth limit of 1 exceeded/);
    }
    expect((await graphql(app.url, '{ __typename }')).status).toBe(200);
  });
});

describe('GraphQL depth through fragments', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db.current, { graphql: { maxDepth: 2 } });
  });
  afterAll(() => app.close());

  it('counts the fields a fragment holds, not the fragment as a level', async () => {
    const nested = '{ ...A } fragment A on Query { ...B } fragment B on Query { serverInfo { ...C } } fragment C on ServerInfo { name }';
    expect((await graphql(app.url, nested)).status).toBe(200);
    const deeper = '{ ...A } fragment A on Query { me { organization { ...C } } } fragment C on Organization { name }';
    const refused = await graphql(app.url, deeper);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.message).toMatch(/depth limit of 2 exceeded/);
  });
});
