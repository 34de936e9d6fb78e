import { givenUser } from '../helpers/fixtures';
import { deliverAll, useMailApp } from '../helpers/notifications';
import { waitFor } from '../helpers/wait';
import { accessibilityViolations, newVisitor, screenshot, useBrowser } from './browser';

/** A person's own account in the portal: a forgotten password by email, and the profile. */
describe('the portal for one’s own account', () => {
  const env = useMailApp();
  const browser = useBrowser();

  it('resets a forgotten password from the emailed link, signs in, and keeps a changed profile', async () => {
    const user = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const { context, page } = await newVisitor(browser.current);
    try {
      await page.goto(`${env.app.url}/#/sign-in`);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByLabel('Email').fill(user.email.toUpperCase());
      await page.getByRole('button', { name: 'Email me a link' }).click();
      await page.getByRole('status').filter({ hasText: 'If an account uses this address' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      const mail = await waitFor(async () => {
        await env.app.deps.events.drain();
        await deliverAll(env.app.deps);
        return env.sink.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === user.email) ?? null;
      }, 'the reset email');
      const link = new URL(mail.text!.match(/https?:\/\/\S+\/#\/reset-password\?token=\S+/)![0]);
      await page.goto(`${env.app.url}/${link.hash}`);
      await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      await page.getByLabel('New password').fill('short');
      await page.getByRole('button', { name: 'Save the password and sign in' }).click();
      // The browser's own check stops a password under 10 characters before it is sent.
      expect(await page.getByLabel('New password').evaluate((input) => (input as unknown as { validity: { valid: boolean } }).validity.valid)).toBe(false);
      await page.getByLabel('New password').fill('a fresh phrase for the network');
      await page.getByRole('button', { name: 'Save the password and sign in' }).click();
      await page.getByRole('heading', { name: 'My workshops' }).waitFor();
      expect(page.url()).not.toContain('token=');

      // The spent link says so, in the reader's language, and offers a new one.
      await page.goto(`${env.app.url}/${link.hash}`);
      await page.getByLabel('New password').fill('yet another phrase for us');
      await page.getByRole('button', { name: 'Save the password and sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'Please check what you entered.' }).waitFor();
      await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();

      await page.getByRole('link', { name: /^Signed in as/ }).click();
      await page.getByRole('heading', { name: 'Your profile' }).waitFor();
      await page.getByLabel('Name', { exact: true }).fill('Wanjiru Kamau');
      await page.getByLabel('Language of emails').selectOption('fr');
      // A zone is picked from the list, never typed; the device's zone (Nairobi here) is one click away.
      expect(await page.getByLabel('Time zone').inputValue()).toBe('Africa/Nairobi');
      await page.getByLabel('Time zone').selectOption('America/Lima');
      await page.getByRole('button', { name: 'Use this device’s zone (Africa/Nairobi)' }).waitFor();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await page.getByRole('link', { name: /^Signed in as Wanjiru Kamau/ }).waitFor();
      await screenshot(page, 'profile');
      expect(await accessibilityViolations(page)).toEqual([]);
      const stored = await env.db.current.models.User.findById(user._id).lean();
      expect(stored).toMatchObject({ name: 'Wanjiru Kamau', language: 'fr', timeZone: 'America/Lima' });
    } finally {
      await context.close();
    }
  });
});
