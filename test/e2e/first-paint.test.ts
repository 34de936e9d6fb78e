import type { Request, Route } from 'playwright-core';
import { givenWorkshop, useNetworkApp } from '../helpers/fixtures';
import { newVisitor, useBrowser } from './browser';
import { wordsIn } from './words';

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

  /** Holds the portal's scripts until `release()`: what shows meanwhile is what the page itself drew. */
  const holdScripts = async (page: import('playwright-core').Page) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/*.js', async (route: Route) => {
      await held;
      await route.continue();
    });
    return release;
  };

  it('shows the title of a workshop opened from a link before the script has come, then a skeleton, not a word, while it waits for its answer', async () => {
    const workshop = await givenWorkshop(env.db.current, { title: 'Access to justice forum', startsAt: new Date('2026-03-12T02:00:00Z') });
    const { context, page } = await newVisitor(browser.current, { phone: true });
    try {
      const releaseScripts = await holdScripts(page);
      // The workshop's answer is held too, until the skeleton has been seen under the title.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/graphql', async (route: Route) => {
        if (operationOf(route.request()) === 'Workshop') await held;
        await route.continue();
      });
      await page.goto(`${env.app.url}/#/workshops/${String(workshop._id)}`, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
      const skeleton = page.locator('main [aria-busy="true"]');
      await skeleton.waitFor();
      expect(await page.locator('main li.card').count()).toBe(0);
      releaseScripts();
      // The portal's own page is up (its language chosen), still waiting for the answer: title and skeleton stay.
      await page.waitForFunction(() =>
        Boolean((globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('a.skip')),
      );
      await skeleton.waitFor();
      await page.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
      expect(await page.locator('main').textContent()).not.toContain('Loading');
      release();
      await skeleton.waitFor({ state: 'detached' });
      await page.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows a skeleton, never the programme, for a linked workshop the page does not list', async () => {
    await givenWorkshop(env.db.current, { title: 'Listed, but not the one linked', startsAt: new Date('2026-03-14T02:00:00Z') });
    const { context, page } = await newVisitor(browser.current, { phone: true });
    try {
      const releaseScripts = await holdScripts(page);
      await page.goto(`${env.app.url}/#/workshops/0123456789abcdef01234567`, { waitUntil: 'commit' });
      await page.locator('main [aria-busy="true"]').waitFor();
      expect(await page.locator('main li.card').count()).toBe(0);
      expect(await page.locator('main h1').count()).toBe(0);
      releaseScripts();
      await page.getByRole('heading', { level: 1, name: wordsIn('en')('notFound') }).waitFor();
    } finally {
      await context.close();
    }
  });
});
