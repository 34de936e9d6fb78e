import { useNetworkApp } from '../../helpers/fixtures';
import { productionConfig, startTestApp, type TestApp } from '../../helpers/app';

const ROUTES = ['/healthz', '/graphql', '/calendar/public.ics', '/files/000000000000000000000000', '/no-such-route'];

async function headersOf(url: string, path: string) {
  const response =
    path === '/graphql'
      ? await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ serverInfo { name } }"}' })
      : await fetch(`${url}${path}`);
  await response.arrayBuffer();
  return response.headers;
}

// helmet's headers on every kind of answer (JSON, iCalendar, errors), as browsers see them.
describe('security headers', () => {
  const env = useNetworkApp();
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp(env.db.current, productionConfig());
  });
  afterAll(() => production?.close());

  it.each(ROUTES)('sends the browser protections on %s', async (path) => {
    const headers = await headersOf(env.app.url, path);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('x-powered-by')).toBeNull();
    // Over plain http (development, tests) HSTS would lock browsers out of the service.
    expect(headers.get('strict-transport-security')).toBeNull();
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it.each(ROUTES)('adds HSTS and upgrade-insecure-requests in production on %s', async (path) => {
    const headers = await headersOf(production.url, path);
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}; includeSubDomains/);
    expect(headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });

  it('hides the explorer and introspection in production', async () => {
    expect((await fetch(`${production.url}/graphiql`)).status).toBe(404);
    const response = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __schema { types { name } } }"}',
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
