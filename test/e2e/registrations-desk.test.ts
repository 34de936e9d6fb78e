import { givenOrganization, givenWorkshop, TEST_PASSWORD, useNetworkApp } from '../helpers/fixtures';
import { graphql } from '../helpers/graphql';
import { RegisterDocument, type RegisterMutation } from '../../portal/src/gql/graphql';
import { accessibilityViolations, newVisitor, screenshot, signIn, useBrowser } from './browser';

/**
 * The Secretariat's registrations desk on a workshop's page: an organisation found by typing
 * (among more than the first hundred), attendance for many at once with Undo, and a cancellation
 * that asks first and says what it does.
 */
describe('the Secretariat’s registrations desk in a browser', () => {
  const env = useNetworkApp();
  const browser = useBrowser();

  const register = async (workshopId: string, names: string[]) => {
    const answer = await graphql<RegisterMutation>(
      env.app.url,
      String(RegisterDocument),
      {
        input: {
          workshopId,
          organizationId: String(env.network.group._id),
          participants: names.map((name) => ({
            name,
            email: `${name
              .split(' ')[0]!
              .normalize('NFD')
              .replace(/[^a-z]/gi, '')
              .toLowerCase()}@example.org`,
          })),
        },
      },
      { token: env.network.tokens.coordinator },
    );
    expect(answer.errors).toBeUndefined();
  };

  it('finds any of 130 organisations by typing, and registers its people', async () => {
    const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    for (let i = 0; i < 130; i++) await givenOrganization(env.db.current, { name: `Rede Proteção ${letters(i)}`, country: 'BR' });
    await givenOrganization(env.db.current, { name: 'Fundación Infancia Segura', country: 'CO', region: 'AMERICAS' });
    const workshop = await givenWorkshop(env.db.current, { title: 'Helplines that listen' });
    const { context, page } = await newVisitor(browser.current);
    try {
      await signIn(page, env.app.url, env.network.people.admin.email, TEST_PASSWORD);
      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      const picker = page.getByRole('combobox', { name: 'Register people of an organisation' });
      await picker.fill('rede protecao');
      const list = page.getByRole('listbox', { name: 'Register people of an organisation' });
      await list.getByRole('option', { name: /^Rede Proteção aa/ }).waitFor();
      await page.getByText('120 more: type more letters.').waitFor();
      await picker.fill('rede protecao ez');
      await list.getByRole('option', { name: /^Rede Proteção ez/ }).waitFor();
      // Accents and case aside, by a word of the name; the keyboard picks.
      await picker.fill('fundacion');
      await list.getByRole('option', { name: /^Fundación Infancia Segura/ }).waitFor();
      await picker.press('ArrowDown');
      await picker.press('Enter');
      await page.getByText('Chosen: Fundación Infancia Segura.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      const person = page.getByRole('group', { name: 'Person 1' });
      await person.getByLabel('Name').fill('Lucía Gómez');
      await person.getByLabel('Email').fill('lucia@example.org');
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Lucía Gómez confirmed' }).waitFor();
      const stored = await env.db.current.models.Registration.findOne({ workshopId: workshop._id }).lean();
      const fundacion = await env.db.current.models.Organization.findOne({ name: 'Fundación Infancia Segura' }).lean();
      expect(String(stored?.organizationId)).toBe(String(fundacion?._id));
    } finally {
      await context.close();
    }
  });

  it('marks attendance for several people at once, undoes it, and asks before cancelling a registration', async () => {
    // Started an hour before the test clock (2026-03-01 09:00 UTC): attendance may be recorded.
    const workshop = await givenWorkshop(env.db.current, {
      title: 'Case management in practice',
      startsAt: new Date('2026-03-01T08:00:00Z'),
      registrationClosesAt: new Date('2026-03-01T09:30:00Z'),
    });
    await register(String(workshop._id), ['Amina Njoroge', 'Brian Otieno', 'Chloé Wanjiru']);
    const { context, page } = await newVisitor(browser.current, { phone: true });
    try {
      await page.goto(`${env.app.url}/#/sign-in`);
      await page.getByLabel('Email').fill(env.network.people.admin.email);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByLabel('Password').waitFor({ state: 'detached' });
      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      await page.getByRole('checkbox', { name: 'Select Amina Njoroge' }).check();
      await page.getByRole('checkbox', { name: 'Select Brian Otieno' }).check();
      await page.getByRole('button', { name: 'Mark attended (2)' }).click();
      await page.getByRole('status').filter({ hasText: 'Marked attended: 2.' }).waitFor();
      const attended = async () =>
        Object.fromEntries(
          (await env.db.current.models.Registration.find({ workshopId: workshop._id }).lean()).map((r) => [r.participant?.name, r.attended ?? null]),
        );
      expect(await attended()).toEqual({ 'Amina Njoroge': true, 'Brian Otieno': true, 'Chloé Wanjiru': null });
      await page.getByRole('checkbox', { name: 'Amina Njoroge attended' }).and(page.locator(':checked')).waitFor();
      await screenshot(page, 'phone-attendance');
      expect(await accessibilityViolations(page)).toEqual([]);
      // Undo puts them back as they were: not recorded, not "did not attend".
      await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
      await page.getByRole('status').filter({ hasText: 'Undone: 2 back as they were.' }).waitFor();
      expect(await attended()).toEqual({ 'Amina Njoroge': null, 'Brian Otieno': null, 'Chloé Wanjiru': null });

      await page.getByRole('checkbox', { name: 'Select all confirmed (3)' }).check();
      await page.getByRole('button', { name: 'Mark did not attend (3)' }).click();
      await page.getByRole('status').filter({ hasText: 'Marked as not attending: 3.' }).waitFor();
      expect(await attended()).toEqual({ 'Amina Njoroge': false, 'Brian Otieno': false, 'Chloé Wanjiru': false });

      // A cancellation asks first; going back changes nothing.
      await page.getByRole('button', { name: 'Cancel the registration of Chloé Wanjiru' }).click();
      const dialog = page.getByRole('dialog', { name: 'Cancel the registration of Chloé Wanjiru?' });
      await dialog.getByText('This cannot be undone').waitFor();
      await dialog.getByRole('button', { name: 'Go back' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const statusOf = async (name: string) =>
        (await env.db.current.models.Registration.findOne({ workshopId: workshop._id, 'participant.name': name }).lean())?.status;
      expect(await statusOf('Chloé Wanjiru')).toBe('CONFIRMED');
      await page.getByRole('button', { name: 'Cancel the registration of Chloé Wanjiru' }).click();
      await dialog.getByRole('button', { name: 'Yes, cancel the registration' }).click();
      await page.getByRole('status').filter({ hasText: 'Registration of Chloé Wanjiru cancelled.' }).waitFor();
      expect(await statusOf('Chloé Wanjiru')).toBe('CANCELLED');
    } finally {
      await context.close();
    }
  });
});
