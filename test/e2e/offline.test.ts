import type { Page } from 'playwright-core';
import { givenWorkshop, TEST_PASSWORD, useNetworkApp } from '../helpers/fixtures';
import { operation } from '../gql';
import { graphql } from '../helpers/graphql';
import { newVisitor, screenshot, signIn, useBrowser } from './browser';

const REGISTER = operation(`mutation OfflineRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);

/** The installed portal on a patchy link: it opens offline, shows what it last read, and catches up. */
describe('the portal offline', () => {
  const env = useNetworkApp();
  const browser = useBrowser();

  /** Once the service worker controls the page (it claims the page it was installed from). */
  const controlled = (page: Page) =>
    page.waitForFunction(
      () => (globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } }).navigator.serviceWorker.controller !== null,
    );

  it('opens offline with the last programme and my registrations, says so, and catches up when the link is back', async () => {
    const db = env.db.current;
    const workshop = await givenWorkshop(db, { title: 'Safeguarding in residential care', capacity: 5 });
    const registered = await graphql(
      env.app.url,
      REGISTER,
      { input: { workshopId: String(workshop._id), participants: [{ userId: String(env.network.people.coordinator._id) }] } },
      { token: env.network.tokens.coordinator },
    );
    expect(registered.data?.register.registrations[0]?.status).toBe('CONFIRMED');

    const { context, page } = await newVisitor(browser.current);
    try {
      await signIn(page, env.app.url, env.network.people.coordinator.email, TEST_PASSWORD);
      await page.goto(`${env.app.url}/#/`);
      await page.getByRole('link', { name: workshop.title }).first().waitFor();
      await controlled(page);
      await page.getByRole('link', { name: 'My workshops' }).click();
      await page.getByRole('region', { name: 'My registrations' }).getByRole('link', { name: workshop.title }).waitFor();

      // Offline: the page reloads from the service worker, the answers from what was saved.
      await context.setOffline(true);
      await page.goto(`${env.app.url}/#/`);
      await page.reload();
      await page.getByRole('status').filter({ hasText: 'You are offline.' }).waitFor();
      await page.getByRole('link', { name: workshop.title }).first().waitFor();
      await screenshot(page, 'offline-programme');
      await page.getByRole('link', { name: 'My workshops' }).click();
      await page.getByRole('region', { name: 'My registrations' }).getByRole('link', { name: workshop.title }).waitFor();
      await page.getByTestId('group-confirmed').filter({ hasText: '1' }).waitFor();

      // Meanwhile the workshop is renamed; back online, the page asks again by itself.
      await db.models.Workshop.updateOne({ _id: workshop._id }, { $set: { title: 'Safeguarding in residential and foster care' } });
      await context.setOffline(false);
      await page.getByRole('region', { name: 'My registrations' }).getByRole('link', { name: 'Safeguarding in residential and foster care' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'You are offline.' }).waitFor({ state: 'detached' });

      // Signing out leaves nothing of the person in the tab for the next one to read offline.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      const kept = await page.evaluate(() => Object.keys((globalThis as unknown as { sessionStorage: Record<string, string> }).sessionStorage));
      expect(kept.filter((key) => key.startsWith('exchange.'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
