import { productionConfig, startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const SCHEMA = operation(`query PlatformExplorerSchema { __schema { queryType { name } } }`);

// The development explorer works offline; production hides it and introspection.
describe('explorer and introspection', () => {
  const db = useTestDatabase();

  describe('in development', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(db.current, { graphql: { explorer: true, introspection: true } });
    });
    afterAll(() => app.close());

    it('serves GraphiQL with every asset from this server (no CDN)', async () => {
      const page = await fetch(`${app.url}/graphiql`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(sources.length).toBeGreaterThanOrEqual(2); // its script and its style sheet, at least
      for (const source of sources) {
        expect(source.startsWith('/graphiql/assets/')).toBe(true);
        const asset = await fetch(`${app.url}${source}`);
        expect(asset.status).toBe(200);
        expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
      }
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    });

    it('does not serve arbitrary names from the assets folder', async () => {
      for (const name of ['__proto__', 'constructor', '..%2Fpackage.json', 'index.html']) {
        expect((await fetch(`${app.url}/graphiql/assets/${name}`)).status).toBe(404);
      }
    });

    it('answers introspection', async () => {
      const response = await graphql(app.url, SCHEMA);
      expect(response.data?.__schema.queryType.name).toBe('Query');
    });
  });

  describe('in production', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(db.current, productionConfig());
    });
    afterAll(() => app.close());

    it('has no explorer', async () => {
      expect((await fetch(`${app.url}/graphiql`)).status).toBe(404);
    });

    it('refuses introspection and hides field suggestions', async () => {
      const introspection = await graphql(app.url, SCHEMA);
      expect(introspection.status).toBe(400);
      expect(errorCodes(introspection)).toEqual(['BAD_USER_INPUT']);
      const typo = await graphql(app.url, '{ serverInfo { nam } }');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    });
  });
});
