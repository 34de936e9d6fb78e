import type { Page } from 'playwright-core';
import { givenRegistration, givenWorkshop, TEST_PASSWORD, useNetworkApp } from '../helpers/fixtures';
import { waitFor } from '../helpers/wait';
import { accessibilityViolations, newVisitor, screenshot, signIn, useBrowser } from './browser';

/**
 * The Secretariat's workshop editor for people who know neither RFC 5545 nor IANA names: a
 * series made by the repeat builder, the sessions editor, the time zone and language pickers,
 * at desktop and phone width, against the real app on its own database.
 */
describe('the workshop editor in a browser', () => {
  const env = useNetworkApp();
  const browser = useBrowser();

  const visitor = (phone = false) => {
    return newVisitor(browser.current, { phone });
  };
  /**
   * How wide the page lays out (WCAG 1.4.10 reflow: 390 on a phone). Not scrollWidth against
   * innerWidth: a mobile viewport widens itself to content that does not fit.
   */
  const layoutWidth = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
  /** The wall-clock day, weekday and time of an instant in a zone, e.g. "Tue 2027-02-09 15:00". */
  const wallClock = (instant: Date, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(instant)
        .map((p) => [p.type, p.value]),
    );
    return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };

  it('makes a monthly series with the repeat builder, then adds, edits and removes its sessions', async () => {
    const db = env.db.current;
    const { context, page } = await visitor();
    try {
      await signIn(page, env.app.url, env.network.people.admin.email, TEST_PASSWORD);
      await page.goto(`${env.app.url}/#/secretariat/workshops/new`);
      const form = page.getByRole('form', { name: 'New workshop' });
      await form.getByLabel('Title').fill('Helpline case clinic');
      await form.getByLabel('Venue', { exact: true }).fill('Ford Foundation Center');
      await form.getByLabel('City', { exact: true }).fill('New York');
      // A country of several zones, none the device's (Nairobi): the zone is left to the planner, its zones listed first.
      await form.getByLabel('Country').selectOption('US');
      await form.getByText('This country has several time zones').waitFor();
      const zone = form.getByLabel('Time zone');
      expect(await zone.inputValue()).toBe('UTC');
      const listId = await zone.getAttribute('list');
      expect(await page.locator(`datalist[id="${listId}"] option[value="America/New_York"]`).getAttribute('label')).toMatch(/^UTC-0[45]:00 · New York$/);
      await zone.fill('Mars/Olympus_Mons');
      await form.getByText('Choose a time zone from the list').waitFor();
      await zone.fill('America/New_York');
      await form.getByText(/^Now \d\d:\d\d( [AP]M)? there \(UTC-0[45]:00\)\./).waitFor();

      // Languages: English is ticked already; French ticked, Swahili typed as a tag.
      const languages = form.getByRole('group', { name: 'Languages' });
      await languages.getByLabel('French').check();
      await languages.getByLabel('Other languages').fill('sw');
      await form.getByLabel('Starts').fill('2027-02-09T09:00');
      await form.getByLabel('Ends').fill('2027-02-09T17:00');

      // 9 February 2027 is the second Tuesday of its month: the builder says so by itself.
      const repeat = form.getByRole('group', { name: 'Repeat (optional)' });
      await repeat.getByLabel('How often').selectOption({ label: 'Every month on a weekday' });
      expect(await repeat.getByLabel('Which one in the month').inputValue()).toBe('2');
      expect(await repeat.getByLabel(/^Weekday/).inputValue()).toBe('TU');
      await repeat.getByRole('spinbutton', { name: /^Number of workshops/ }).fill('3');
      const summary = repeat.getByTestId('repeat-summary');
      await summary.getByText('Every month on the second Tuesday, 3 times.').waitFor();
      const firstDates = summary.getByRole('list', { name: 'The first dates, in local time at the venue:' }).getByRole('listitem');
      expect(await firstDates.allTextContents()).toEqual([
        expect.stringMatching(/^Tue, Feb 9, 2027, 09:00/),
        expect.stringMatching(/^Tue, Mar 9, 2027, 09:00/),
        expect.stringMatching(/^Tue, Apr 13, 2027, 09:00/),
      ]);
      // The rule the API gets, for experts.
      await repeat.getByText('Advanced: RRULE').click();
      expect(await repeat.getByLabel('RRULE (RFC 5545)').inputValue()).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=3');
      // A weekday the start is not on is said before saving, with a way to move the start.
      await repeat.getByLabel(/^Weekday/).selectOption('WE');
      await repeat.getByText('The first workshop must fall on the rule itself').waitFor();
      await repeat.getByLabel(/^Weekday/).selectOption('TU');
      await summary.getByText('Every month on the second Tuesday, 3 times.').waitFor();
      await screenshot(page, 'workshop-editor-repeat');
      expect(await accessibilityViolations(page)).toEqual([]);

      await form.getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('workshop-status').filter({ hasText: 'Draft' }).waitFor();
      const series = await db.models.Workshop.find({ title: 'Helpline case clinic' }).sort({ startsAt: 1 }).lean();
      expect(series.map((w) => wallClock(w.startsAt, 'America/New_York'))).toEqual(['Tue 2027-02-09 09:00', 'Tue 2027-03-09 09:00', 'Tue 2027-04-13 09:00']);
      expect(new Set(series.map((w) => String(w.seriesId))).size).toBe(1);
      expect(series[0]).toMatchObject({ timeZone: 'America/New_York', languages: ['en', 'fr', 'sw'], status: 'DRAFT' });
      const first = series[0]!;
      expect(new URL(page.url()).hash).toBe(`#/secretariat/workshops/${String(first._id)}`);

      // What the server refuses is marked on its field, and nothing is saved.
      const editor = page.getByRole('form', { name: 'Edit workshop' });
      await editor.getByLabel('Title').fill('ab');
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('alert').getByText('Please check what you entered.').waitFor();
      expect(await editor.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
      expect(await editor.getByLabel('Capacity').getAttribute('aria-invalid')).toBeNull();
      expect((await db.models.Workshop.findById(first._id).lean())?.title).toBe('Helpline case clinic');
      await editor.getByLabel('Title').fill('Helpline case clinic');

      // Sessions, in the venue's local time.
      const sessions = page.getByRole('region', { name: 'Sessions' });
      await sessions.getByText('No sessions yet.').waitFor();
      const adding = sessions.getByRole('form', { name: 'New session' });
      const addSession = async (title: string, start: string, finish: string, facilitator: string) => {
        await adding.getByLabel('Session title').fill(title);
        await adding.getByLabel('Start (venue time)').fill(start);
        await adding.getByLabel('Finish (venue time)').fill(finish);
        await adding.getByLabel('Facilitator').fill(facilitator);
        await adding.getByLabel('Room, or how to join').fill('Room 4B');
        await adding.getByRole('button', { name: 'Add the session' }).click();
      };
      await addSession('Opening circle', '2027-02-09T09:00', '2027-02-09T10:30', 'Amina Njoroge');
      await sessions.getByRole('status').filter({ hasText: 'Sessions saved.' }).waitFor();
      await sessions.getByRole('heading', { name: 'Opening circle' }).waitFor();
      await addSession('Case clinic', '2027-02-09T11:00', '2027-02-09T12:30', 'Brian Otieno');
      await sessions.getByRole('heading', { name: 'Case clinic' }).waitFor();
      // Outside the workshop's day: the server's refusal, on the session it concerns.
      await addSession('The next morning', '2027-02-10T09:00', '2027-02-10T10:00', 'Chloé Wanjiru');
      const refusal = adding.getByRole('alert');
      await refusal.getByText('Please check what you entered.').waitFor();
      await refusal.getByText('Details').click();
      await refusal.getByText(/must fall inside the workshop's start and end/).waitFor();

      await page.reload();
      const cards = sessions.getByTestId('session');
      await cards.nth(1).waitFor();
      expect(await cards.getByRole('heading').allTextContents()).toEqual(['Opening circle', 'Case clinic']);
      await cards.first().getByText('Led by Amina Njoroge').waitFor();

      await sessions.getByRole('button', { name: 'Edit Case clinic' }).click();
      const editing = sessions.getByRole('form', { name: 'Change “Case clinic”' });
      await editing.getByLabel('Session title').fill('Case clinic: hard calls');
      await editing.getByLabel('Finish (venue time)').fill('2027-02-09T13:00');
      await editing.getByRole('button', { name: 'Update the session' }).click();
      await sessions.getByRole('heading', { name: 'Case clinic: hard calls' }).waitFor();
      await sessions.getByRole('button', { name: 'Remove Opening circle' }).click();
      await sessions.getByRole('heading', { name: 'Opening circle' }).waitFor({ state: 'detached' });
      const stored = await db.models.Workshop.findById(first._id).lean();
      expect(
        stored?.sessions.map((s) => ({ title: s.title, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), facilitator: s.facilitator })),
      ).toEqual([
        // 11:00 and 13:00 in New York in February (EST, UTC-5).
        { title: 'Case clinic: hard calls', startsAt: '2027-02-09T16:00:00.000Z', endsAt: '2027-02-09T18:00:00.000Z', facilitator: 'Brian Otieno' },
      ]);
      await screenshot(page, 'workshop-editor-sessions');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('works on a phone: a zone from the country, and changed sessions of a published workshop asked about first', async () => {
    const db = env.db.current;
    const workshop = await givenWorkshop(db, {
      title: 'Survivor-centred interviewing',
      startsAt: new Date('2027-03-02T02:00:00Z'), // 09:00 in Bangkok
      registrationClosesAt: new Date('2027-03-02T02:00:00Z'),
      languages: ['en', 'th'],
    });
    await givenRegistration(db, { workshopId: workshop._id, organizationId: env.network.group._id });
    const { context, page } = await visitor(true);
    try {
      // On a phone "Sign out" sits behind the menu: signed in once the Secretariat's overview shows.
      await page.goto(`${env.app.url}/#/sign-in`);
      await page.getByLabel('Email').fill(env.network.people.admin.email);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Overview' }).waitFor();
      // A new workshop in Kenya takes Kenya's zone.
      await page.goto(`${env.app.url}/#/secretariat/workshops/new`);
      const form = page.getByRole('form', { name: 'New workshop' });
      await form.getByLabel('Country').selectOption('KE');
      await waitFor(async () => (await form.getByLabel('Time zone').inputValue()) === 'Africa/Nairobi', 'the zone of Kenya');
      await form.getByLabel('How often').selectOption('WEEKLY');
      await form.getByLabel('Starts').fill('2027-01-05T09:00');
      await form.getByTestId('repeat-summary').getByText('Every week on Tuesday, 6 times.').waitFor();
      expect(await layoutWidth(page)).toBe(390);
      await screenshot(page, 'workshop-editor-new-phone');
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      const edit = page.getByRole('form', { name: 'Edit workshop' });
      const languages = edit.getByRole('group', { name: 'Languages' });
      // The form takes the workshop's values once its answer is in (a render after the first).
      await waitFor(async () => (await languages.getByLabel('Other languages').inputValue()) === 'th', 'the workshop’s other languages');
      expect(await languages.getByLabel('English').isChecked()).toBe(true);
      expect(await edit.getByLabel('Time zone').inputValue()).toBe('Asia/Bangkok');

      const sessions = page.getByRole('region', { name: 'Sessions' });
      const adding = sessions.getByRole('form', { name: 'New session' });
      // The form suggests the workshop's start.
      expect(await adding.getByLabel('Start (venue time)').inputValue()).toBe('2027-03-02T09:00');
      await adding.getByLabel('Session title').fill('Listening first');
      await adding.getByLabel('Finish (venue time)').fill('2027-03-02T11:00');
      await adding.getByRole('button', { name: 'Add the session' }).click();
      // Its one registered person is emailed about changed sessions: asked first.
      const question = page.getByRole('dialog', { name: 'Save and email 1 person?' });
      await question.getByRole('listitem').filter({ hasText: 'the sessions' }).waitFor();
      await question.getByRole('button', { name: 'Go back' }).click();
      await question.waitFor({ state: 'hidden' });
      expect((await db.models.Workshop.findById(workshop._id).lean())?.sessions).toEqual([]);
      await adding.getByRole('button', { name: 'Add the session' }).click();
      await question.getByRole('button', { name: 'Save and email them' }).click();
      await sessions.getByRole('heading', { name: 'Listening first' }).waitFor();
      const stored = await db.models.Workshop.findById(workshop._id).lean();
      expect(stored?.sessions.map((s) => [s.title, s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
        ['Listening first', '2027-03-02T02:00:00.000Z', '2027-03-02T04:00:00.000Z'],
      ]);
      expect(stored?.sequence).toBe(workshop.sequence + 1);
      expect(await layoutWidth(page)).toBe(390);
      await screenshot(page, 'workshop-editor-phone');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
