import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { useTestDatabase } from '../helpers/database';
import { launchBrowser, newVisitor, screenshot } from './browser';

/** The development explorer (GraphiQL on React 19, bundled by `npm run explorer:build`) runs a query in a real browser. */
describe('the GraphQL explorer in a browser', () => {
  const db = useTestDatabase();
  let app: TestApp;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startTestApp(db.current, { graphql: { explorer: true, introspection: true } });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('loads from this server alone and answers a query', async () => {
    const { context, page } = await newVisitor(browser!);
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    const foreign: string[] = [];
    page.on('request', (request) => void (new URL(request.url()).origin !== app.url && foreign.push(request.url())));
    try {
      await page.goto(`${app.url}/graphiql`);
      await page.locator('.graphiql-container').waitFor();
      await page.locator('.graphiql-query-editor .CodeMirror').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('{ serverInfo { name } }');
      const answered = page.waitForResponse(
        (response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('serverInfo') === true,
      );
      await page.keyboard.press('Control+Enter');
      expect((await answered).status()).toBe(200);
      await page.locator('.result-window', { hasText: '"serverInfo"' }).waitFor();
      await screenshot(page, 'explorer');
      expect({ problems, foreign }).toEqual({ problems: [], foreign: [] });
    } finally {
      await context.close();
    }
  });
});
