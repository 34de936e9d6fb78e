import type { Request, Route } from 'playwright-core';
import { givenWorkshop, useNetworkApp } from '../helpers/fixtures';
import { newVisitor, useBrowser } from './browser';

/** What the portal asks the api, by operation name. */
const operationOf = (request: Request) => /^\s*(?:query|mutation)\s+(\w+)/.exec((request.postDataJSON() as { query?: string } | null)?.query ?? '')?.[1];

/** The programme in the page itself (src/http/first-paint.ts): readable before, and without, any script. */
describe('the first paint', () => {
  const env = useNetworkApp();
  const browser = useBrowser();

  it('shows the programme with JavaScript off, and the portal starts from it without asking again', async () => {
    const workshop = await givenWorkshop(env.db.current, { title: 'Reporting abuse material online', startsAt: new Date('2026-03-10T02:00:00Z') });

    const plain = await browser.current.newContext({ javaScriptEnabled: false, locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    try {
      const page = await plain.newPage();
      await page.goto(`${env.app.url}/`);
      await page.getByRole('link', { name: workshop.title }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Ateliers à venir' }).waitFor();
      expect(await page.getByRole('link', { name: workshop.title }).getAttribute('href')).toBe(`#/workshops/${String(workshop._id)}`);
    } finally {
      await plain.close();
    }

    const { context, page } = await newVisitor(browser.current, { phone: true });
    try {
      const asked: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/graphql') asked.push(operationOf(request) ?? '?');
      });
      await page.goto(`${env.app.url}/`);
      // The portal's own page (its filters), drawn from the answer the page carried.
      await page.locator('form.filters').waitFor({ state: 'attached' });
      await page.getByRole('link', { name: workshop.title }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(asked).toContain('Reference');
      expect(asked).not.toContain('Programme');
    } finally {
      await context.close();
    }
  });

  it('shows a skeleton, not a word, while a workshop opened from a link waits for its answer', async () => {
    const workshop = await givenWorkshop(env.db.current, { title: 'Access to justice forum', startsAt: new Date('2026-03-12T02:00:00Z') });
    const { context, page } = await newVisitor(browser.current, { phone: true });
    try {
      // The workshop's answer is held until the skeleton has been seen.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/graphql', async (route: Route) => {
        if (operationOf(route.request()) === 'Workshop') await held;
        await route.continue();
      });
      await page.goto(`${env.app.url}/#/workshops/${String(workshop._id)}`);
      const skeleton = page.locator('main [aria-busy="true"]');
      await skeleton.waitFor();
      expect(await page.locator('main').textContent()).not.toContain('Loading');
      release();
      await page.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
      await skeleton.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});
