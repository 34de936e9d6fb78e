import fs from 'node:fs';
import { givenOrganization, givenRegistration, givenUser, givenWorkshop, TEST_PASSWORD, useNetworkApp } from '../helpers/fixtures';
import { graphql } from '../helpers/graphql';
import { waitFor } from '../helpers/wait';
import { RegisterDocument, type RegisterMutation } from '../../portal/src/gql/graphql';
import { createResource, pdfBytes, upload } from '../integration/resources/resource-fixtures';
import { newVisitor, screenshot, signIn, accessibilityViolations, useBrowser } from './browser';
import { decodeQr } from './qr';
import { parseWithIcalJs } from '../integration/calendar/calendar-helpers';

/**
 * The portal in a real browser (Chromium driven by playwright-core; see helpers/chromium.ts) against the real app
 * on a test database: one browser for the file, a fresh context (storage, cookies) per person.
 * Screenshots of the main pages go to test/e2e/screenshots/.
 */
describe('the web portal in a browser', () => {
  const env = useNetworkApp();
  const browser = useBrowser();

  const visitor = (locale?: string, phone = false) => {
    return newVisitor(browser.current, { locale, phone });
  };
  /** Whether the page is wider than the screen (WCAG 1.4.10 reflow: nothing scrolls sideways at 320–390 px). */
  const scrollsSideways = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const browser = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
      return browser.document.documentElement.scrollWidth > browser.innerWidth;
    });

  it('checks accessibility with an engine that finds an unlabelled control and faint text', async () => {
    const { context, page } = await visitor();
    try {
      await page.setContent('<html lang="en"><title>t</title><main><input><p style="color:#999;background:#fff">faint</p></main></html>');
      expect((await accessibilityViolations(page)).map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['label', 'color-contrast']));
    } finally {
      await context.close();
    }
  });

  it('shows the public programme with filters, calendar links and the visitor’s language', async () => {
    const db = env.db.current;
    const residential = await givenWorkshop(db, {
      title: 'Safeguarding in residential care',
      format: 'IN_PERSON',
      languages: ['en'],
      topics: [],
      perGroupQuota: 3,
    });
    await givenWorkshop(db, {
      title: 'Online grooming: what helplines hear',
      format: 'ONLINE',
      venue: null,
      onlineUrl: 'https://meet.example.org/x',
      languages: ['fr'],
    });
    await givenWorkshop(db, { title: 'A draft nobody may see', status: 'DRAFT' });
    const { context, page } = await visitor();
    try {
      await page.goto(`${env.app.url}/`);
      await page.getByRole('heading', { name: 'Upcoming workshops' }).waitFor();
      await page.getByRole('link', { name: 'Safeguarding in residential care' }).waitFor();
      expect(await page.getByRole('link', { name: 'Online grooming: what helplines hear' }).count()).toBe(1);
      expect(await page.getByText('A draft nobody may see').count()).toBe(0);
      // Countries by name, from the same list as emails and feeds (Query.countries), not as codes.
      await page.getByText('Bangkok, Thailand').first().waitFor();
      const subscribe = page.getByRole('link', { name: 'Add to calendar: the whole programme' });
      expect(await subscribe.getAttribute('href')).toMatch(/^webcal:\/\/.*\/calendar\/public\.ics$/);
      await screenshot(page, 'programme');
      // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent),
      ).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('main');
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.getByRole('navigation').count()).toBeGreaterThan(0);

      // Google Calendar and Outlook subscribe to the same feed by its address; Copy puts it on the clipboard.
      const google = new URL((await page.getByRole('link', { name: 'Google Calendar: the whole programme' }).getAttribute('href'))!);
      expect(google.origin).toBe('https://calendar.google.com');
      expect(google.searchParams.get('cid')).toBe(await subscribe.getAttribute('href'));
      const outlook = new URL((await page.getByRole('link', { name: 'Outlook: the whole programme' }).getAttribute('href'))!);
      expect(outlook.searchParams.get('url')).toMatch(/^http:\/\/.*\/calendar\/public\.ics$/);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.app.url });
      await page.getByRole('button', { name: 'Copy the address: the whole programme' }).click();
      await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
      expect(
        await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText()),
      ).toBe(outlook.searchParams.get('url'));
      await page.getByLabel('Format').selectOption('ONLINE');
      await page.getByRole('button', { name: 'Apply' }).click();
      // The old list goes at once, the filtered one comes with the answer.
      await page.getByRole('link', { name: 'Safeguarding in residential care' }).waitFor({ state: 'detached' });
      await page.getByRole('link', { name: 'Online grooming: what helplines hear' }).waitFor();
      expect(await page.getByRole('link', { name: 'Safeguarding in residential care' }).count()).toBe(0);

      await page.getByLabel('Open to groups in').selectOption('AFRICA');
      await page.getByRole('button', { name: 'Apply' }).click();
      expect(await page.getByRole('link', { name: /^Add to calendar: Africa/ }).getAttribute('href')).toMatch(/region=AFRICA$/);

      // The filters live in the address: a workshop opened and Back shows the same list, chips included.
      await waitFor(
        async () => (new URL(page.url()).hash.includes('format=ONLINE') && new URL(page.url()).hash.includes('region=AFRICA')) || null,
        'filters in the address',
      );
      await page.getByRole('list', { name: 'Chosen filters' }).getByRole('button', { name: 'Remove the filter Online' }).waitFor();
      // … and at the place in the list the reader left.
      type Scrolling = { scrollY: number; scrollTo(x: number, y: number): void; document: { documentElement: { scrollHeight: number } }; innerHeight: number };
      const left = await page.evaluate(() => {
        const w = globalThis as unknown as Scrolling;
        w.scrollTo(0, Math.min(250, w.document.documentElement.scrollHeight - w.innerHeight));
        return w.scrollY;
      });
      expect(left).toBeGreaterThan(0);
      await page.getByRole('link', { name: 'Online grooming: what helplines hear' }).click();
      await page.getByRole('heading', { name: 'Online grooming: what helplines hear' }).waitFor();
      await page.goBack();
      await page.getByRole('link', { name: 'Online grooming: what helplines hear' }).waitFor();
      await page.waitForFunction((y) => Math.abs((globalThis as unknown as Scrolling).scrollY - y) <= 2, left);
      expect(await page.getByLabel('Format').inputValue()).toBe('ONLINE');
      expect(await page.getByRole('link', { name: 'Safeguarding in residential care' }).count()).toBe(0);
      // A chip takes its filter away; words apply as they are typed, without Apply.
      await page.getByRole('button', { name: 'Remove the filter Online' }).click();
      await page.getByRole('button', { name: 'Remove the filter Open to Africa' }).click();
      await page.getByRole('link', { name: 'Safeguarding in residential care' }).waitFor();
      // Where it is held is not who may join: the online workshop is held nowhere, Bangkok is in South-East Asia.
      await page.getByLabel('Held in').selectOption('SOUTHEAST_ASIA');
      await page.getByRole('link', { name: 'Online grooming: what helplines hear' }).waitFor({ state: 'detached' });
      await page.getByRole('link', { name: 'Safeguarding in residential care' }).waitFor();
      await page.getByRole('button', { name: /^Remove the filter Held in / }).click();
      await page.getByRole('link', { name: 'Online grooming: what helplines hear' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search' }).fill('residential');
      await page.getByRole('link', { name: 'Online grooming: what helplines hear' }).waitFor({ state: 'detached' });
      await page.getByText('Filters (1) · 1 shown').waitFor();
      await page.getByRole('button', { name: 'Remove the filter “residential”' }).click();
      await page.getByRole('link', { name: 'Online grooming: what helplines hear' }).waitFor();

      // A month as a calendar, on the day of the venue's own calendar, kept in the address.
      await page.goto(`${env.app.url}/#/?format=IN_PERSON&view=month&month=2026-05`);
      const calendar = page.getByRole('table', { name: 'May 2026' });
      await calendar
        .getByRole('cell', { name: /^Monday, May 4/ })
        .getByRole('link', { name: 'Safeguarding in residential care' })
        .waitFor();
      expect(await calendar.getByRole('link', { name: 'Online grooming: what helplines hear' }).count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'programme-month');
      await page.getByRole('button', { name: 'Next month' }).click();
      await page.getByRole('table', { name: 'June 2026' }).waitFor();
      expect(new URL(page.url()).hash).toContain('month=2026-06');
      expect(await page.getByRole('link', { name: 'Safeguarding in residential care' }).count()).toBe(0);
      // The map of where they are held, with the same as words.
      await page.getByRole('radio', { name: 'Map' }).check();
      await page.getByRole('img', { name: /^Venues of the workshops shown/ }).waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Thailand:' }).getByRole('link', { name: 'Safeguarding in residential care' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('radio', { name: 'List' }).check();
      await page.getByRole('list', { name: 'Upcoming workshops' }).getByRole('link', { name: 'Safeguarding in residential care' }).waitFor();

      await page.getByLabel('Site language').selectOption('fr');
      await page.getByRole('heading', { name: 'Ateliers à venir' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    } finally {
      await context.close();
    }
    // A Spanish browser gets Spanish at once.
    const spanish = await visitor('es-ES');
    try {
      await spanish.page.goto(`${env.app.url}/`);
      await spanish.page.getByRole('heading', { name: 'Próximos talleres' }).waitFor();
    } finally {
      await spanish.context.close();
    }
    // A deep link from an email: the rules of joining, and the times where the reader's device is (Nairobi).
    const direct = await visitor();
    try {
      await direct.page.goto(`${env.app.url}/#/workshops/${String(residential._id)}`);
      const rules = direct.page.getByRole('region', { name: 'How to join' });
      await rules.getByText('Open to every group of the network.').waitFor();
      await rules.getByText('At most 3 people per group.').waitFor();
      await rules.getByText(/^Seats are confirmed at once/).waitFor();
      await rules.getByText(/^Registration closes .*2026.*(Kenya|East Africa) Time\.$/).waitFor();
      await rules.getByRole('link', { name: 'Sign in to register' }).waitFor();
      expect(await direct.page.getByTestId('your-time').textContent()).toMatch(/(Kenya|East Africa) Time/);
      expect(await direct.page.getByText(/Thailand Time|Indochina Time/).count()).toBeGreaterThan(0);
      await screenshot(direct.page, 'workshop-visitor');
      expect(await accessibilityViolations(direct.page)).toEqual([]);
    } finally {
      await direct.context.close();
    }
  }, 120_000);

  it('offers the workshop for the calendar right after a member registers themself, on a phone', async () => {
    const workshop = await givenWorkshop(env.db.current, { title: 'Peer support circles for survivors', selfRegistration: true });
    // A group of its own, so the network group's dashboard counts stay as the other tests expect.
    const group = await givenOrganization(env.db.current, { name: 'Survivor-led Collective', country: 'UG' });
    const member = await givenUser(env.db.current, { role: 'MEMBER', organizationId: group._id });
    const { context, page } = await visitor(undefined, true);
    try {
      await page.goto(`${env.app.url}/#/sign-in`);
      await page.getByLabel('Email').fill(member.email);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'My workshops' }).waitFor();
      await page.goto(`${env.app.url}/#/workshops/${workshop._id}`);
      await page.getByRole('heading', { name: 'Peer support circles for survivors' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Add it to your calendar' }).count()).toBe(0);
      // On a phone the workshop's actions stay at the bottom of the screen, wherever one has scrolled.
      const bar = page.getByRole('navigation', { name: 'This workshop' });
      const box = await bar.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844 + 1);
      expect(box!.y).toBeGreaterThan(844 - 120);
      expect(await bar.getByRole('link', { name: 'Add to calendar' }).getAttribute('href')).toMatch(/^webcal:\/\/.*\/calendar\/workshops\/\w+\.ics$/);
      await bar.getByRole('button', { name: 'Go to registration' }).click();
      expect(await page.getByRole('button', { name: 'Register me' }).evaluate((b) => b === (b.ownerDocument as { activeElement: unknown }).activeElement)).toBe(
        true,
      );
      await screenshot(page, 'phone-workshop-actions');
      await page.getByRole('button', { name: 'Register me' }).click();
      await page.getByRole('status').filter({ hasText: 'confirmed' }).waitFor();
      const added = page.getByRole('region', { name: 'Add it to your calendar' });
      const link = added.getByRole('link', { name: 'Add to calendar: Peer support circles for survivors' });
      expect(await link.getAttribute('href')).toBe(`${env.app.url.replace(/^http:/, 'webcal:')}/calendar/workshops/${workshop._id}.ics`);
      // The file behind it is the workshop's event, read back by an independent parser.
      const ics = await (await fetch(`${env.app.url}/calendar/workshops/${workshop._id}.ics`)).text();
      expect(parseWithIcalJs(ics).events.map((e) => e.summary)).toEqual(['Peer support circles for survivors']);
      expect(await scrollsSideways(page)).toBe(false);
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets a coordinator register two people into a workshop that then fills, and shows the waiting list', async () => {
    const db = env.db.current;
    const { coordinator } = env.network.people;
    const workshop = await givenWorkshop(db, { title: 'Child-friendly justice: a practitioners’ workshop', capacity: 2 });
    const { context, page } = await visitor();
    try {
      await signIn(page, env.app.url, coordinator.email, TEST_PASSWORD);
      await page.getByRole('heading', { name: 'My workshops' }).waitFor();
      await page.getByRole('link', { name: 'Programme' }).click();
      await page.getByRole('link', { name: 'Child-friendly justice: a practitioners’ workshop' }).click();
      await page.getByRole('heading', { name: 'Register people' }).waitFor();

      const person = (n: number) => page.getByRole('group', { name: `Person ${n}` });
      await person(1).getByLabel('Name').fill('Amina Njoroge');
      await person(1).getByLabel('Email').fill('amina@example.org');
      await page.getByRole('button', { name: 'Add a person' }).click();
      await person(2).getByLabel('Name').fill('Brian Otieno');
      // An address the server refuses is marked where it was typed, and the summary leads there.
      await person(2).getByLabel('Email').fill('brian@example');
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      const wrong = person(2).getByLabel('Email');
      await person(2).getByText('Please check what you entered.').waitFor();
      expect(await wrong.getAttribute('aria-invalid')).toBe('true');
      expect(await person(1).getByLabel('Email').getAttribute('aria-invalid')).toBeNull();
      await page.getByRole('alert').getByRole('button', { name: 'Go to the field to correct' }).click();
      expect(await wrong.evaluate((input) => input === (input.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await wrong.fill('brian@example.org');
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Amina Njoroge confirmed · Brian Otieno confirmed' }).waitFor();
      await page.getByTestId('seats').filter({ hasText: 'Full: 0 on the waiting list' }).waitFor();

      // The workshop is full: the next person goes on the waiting list, first in line.
      // Pasted as a list: what it cannot read stays in the box, by line number.
      await page.getByText('Paste a list of people').click();
      await page.getByLabel(/^One person a line/).fill('Chloé Wanjiru <Chloe@example.org>\nsomeone without an address');
      await page.getByRole('button', { name: 'Add these people' }).click();
      await page.getByRole('alert').filter({ hasText: 'Lines not understood (left in the box): 2' }).waitFor();
      expect(await page.getByLabel(/^One person a line/).inputValue()).toBe('someone without an address');
      expect(await person(1).getByLabel('Name').inputValue()).toBe('Chloé Wanjiru');
      expect(await person(1).getByLabel('Email').inputValue()).toBe('chloe@example.org');
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Chloé Wanjiru on the waiting list, position 1' }).waitFor();
      await page.getByTestId('seats').filter({ hasText: 'Full: 1 on the waiting list' }).waitFor();
      const chloe = page.getByRole('row').filter({ hasText: 'Chloé Wanjiru' });
      await chloe.filter({ hasText: 'Waiting list' }).filter({ hasText: 'No. 1' }).waitFor();
      await screenshot(page, 'workshop-registrations');
      expect(await accessibilityViolations(page)).toEqual([]);

      // Cancelling a confirmed registration asks first, in the portal's own dialog; going back changes nothing.
      const cancelAmina = page.getByRole('button', { name: 'Cancel the registration of Amina Njoroge' });
      await cancelAmina.click();
      const asked = page.getByRole('dialog', { name: 'Cancel the registration of Amina Njoroge?' });
      await asked.getByText('Their seat goes to the next person waiting, who is told by email.', { exact: false }).waitFor();
      await asked.getByRole('button', { name: 'Go back' }).click();
      await asked.waitFor({ state: 'hidden' });
      const amina = page.getByRole('row').filter({ hasText: 'Amina Njoroge' });
      await amina.filter({ hasText: 'Confirmed' }).waitFor();
      await chloe.filter({ hasText: 'Waiting list' }).waitFor();
      expect((await db.models.Registration.findOne({ workshopId: workshop._id, 'participant.email': 'amina@example.org' }).lean())?.status).toBe('CONFIRMED');
      // Confirmed, it promotes the first in line.
      await cancelAmina.click();
      await asked.getByRole('button', { name: 'Yes, cancel the registration' }).click();
      await chloe.filter({ hasText: 'Confirmed' }).waitFor();

      const stored = await db.models.Registration.find({ workshopId: workshop._id }).lean();
      const statusOf = (email: string) => stored.find((r) => r.participant?.email === email)?.status;
      expect([statusOf('amina@example.org'), statusOf('brian@example.org'), statusOf('chloe@example.org')]).toEqual(['CANCELLED', 'CONFIRMED', 'CONFIRMED']);
      expect(stored.every((r) => String(r.organizationId) === String(env.network.group._id))).toBe(true);

      await page.getByRole('link', { name: 'My workshops' }).click();
      await page.getByRole('heading', { name: "My group's workshops" }).waitFor();
      // The group at a glance: Brian and Chloe confirmed, nobody waiting, the workshop listed.
      await page.getByRole('heading', { name: 'Safe Childhood Kenya: your group' }).waitFor();
      expect(await page.getByTestId('group-confirmed').textContent()).toBe('2');
      expect(await page.getByTestId('group-waiting').textContent()).toBe('0');
      await page.getByRole('table').getByRole('link', { name: workshop.title }).waitFor();
      await screenshot(page, 'group-dashboard');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'my-workshops');

      // Private calendar links are the same on every visit while signed in; a new link replaces the old.
      // The pages visited so far read the region and topic lists too, without issuing the link.
      await page.getByRole('link', { name: 'My calendar' }).click();
      const personal = page.getByRole('link', { name: 'Add to calendar: My workshops' });
      expect(await personal.getAttribute('href')).toMatch(/^webcal:\/\/.*\/calendar\/private\/exc_[\w-]+\.ics$/);
      expect(await page.getByRole('link', { name: "Add to calendar: My group's workshops" }).count()).toBe(1);
      // The QR code, read back by an independent decoder, is the address a phone subscribes to.
      await page.getByText('QR code to subscribe on a phone: My workshops').click();
      const qr = page.getByRole('img', { name: 'QR code of the calendar address: My workshops' });
      await qr.waitFor();
      expect(decodeQr(await qr.screenshot())).toBe(await personal.getAttribute('href'));
      await screenshot(page, 'calendar');
      const first = await personal.getAttribute('href');
      await page.reload();
      await page
        .getByText(/^Issued /)
        .first()
        .waitFor();
      expect(await personal.getAttribute('href')).toBe(first);
      // A new link breaks the subscriptions to the old one: asked first, saying so.
      await page.getByRole('button', { name: 'Get a new link: My workshops' }).click();
      const dialog = page.getByRole('dialog', { name: 'Get a new link for My workshops?' });
      await dialog.getByText('The old link stops working at once').waitFor();
      await dialog.getByRole('button', { name: 'Go back' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await personal.getAttribute('href')).toBe(first);
      await page.getByRole('button', { name: 'Get a new link: My workshops' }).click();
      await dialog.getByRole('button', { name: 'Yes, replace the link' }).click();
      await page.getByRole('status').filter({ hasText: 'New link ready. The old one no longer works.' }).waitFor();
      expect(await personal.getAttribute('href')).not.toBe(first);

      await page.getByRole('link', { name: 'Notifications' }).click();
      await page.getByRole('heading', { name: 'Notifications' }).waitFor();
      // Optional emails can be turned off here, as by the unsubscribe link in them.
      const reminders = page.getByLabel('Reminders before workshops, registration deadlines and follow-ups');
      expect(await reminders.isChecked()).toBe(true);
      await reminders.uncheck();
      await page.getByRole('button', { name: 'Save my choices' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Save my choices' }).waitFor();
      expect(await reminders.isChecked()).toBe(false);
      await screenshot(page, 'notifications');
    } finally {
      await context.close();
    }
  });

  it('lets a planner create, publish, edit and cancel a workshop, export its participants, plan a series and invite a coordinator', async () => {
    const db = env.db.current;
    const { admin } = env.network.people;
    const soon = new Date(Date.now() + 2 * 86_400_000);
    await givenWorkshop(db, { title: 'Rapid response for helplines', startsAt: soon, registrationClosesAt: soon });
    const later = new Date(Date.now() + 60 * 86_400_000);
    await givenWorkshop(db, { title: 'Later in the year', startsAt: later, registrationClosesAt: later });
    const { context, page } = await visitor();
    try {
      await signIn(page, env.app.url, admin.email, TEST_PASSWORD);
      await page.getByRole('heading', { name: 'Overview' }).waitFor();
      await page.getByRole('list', { name: 'What needs doing' }).getByText('emails failed').waitFor();
      await page.getByRole('region', { name: 'Starting this week' }).getByRole('link', { name: 'Rapid response for helplines' }).waitFor();
      expect(await page.getByRole('region', { name: 'Starting this week' }).getByRole('link', { name: 'Later in the year' }).count()).toBe(0);
      await screenshot(page, 'secretariat-home');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('navigation', { name: 'Secretariat' }).getByRole('link', { name: 'Workshops' }).click();
      await page.getByRole('heading', { name: 'Workshops' }).waitFor();
      await screenshot(page, 'secretariat-workshops');
      await page.getByRole('link', { name: 'New workshop' }).click();
      const form = page.getByRole('form', { name: 'New workshop' });
      await form.getByLabel('Title').fill('Digital evidence for prosecutors');
      await form.getByLabel('Summary').fill('Two days on collecting and presenting digital evidence.');
      await form.getByLabel('Format').selectOption('ONLINE');
      await form.getByLabel('Joining link').fill('https://meet.example.org/digital-evidence');
      await form.getByLabel('Time zone').fill('Africa/Nairobi');
      await form.getByLabel('Starts').fill('2026-06-10T09:00');
      await form.getByLabel('Ends').fill('2026-06-10T17:00');
      await form.getByLabel('Capacity').fill('30');
      await form
        .getByRole('group', { name: /^Open to/ })
        .getByLabel('Africa', { exact: true })
        .check();
      await form.getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('workshop-status').filter({ hasText: 'Draft' }).waitFor();

      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByTestId('workshop-status').filter({ hasText: 'Published' }).waitFor();
      const created = await db.models.Workshop.findOne({ title: 'Digital evidence for prosecutors' }).lean();
      expect(created).toMatchObject({ status: 'PUBLISHED', format: 'ONLINE', timeZone: 'Africa/Nairobi', capacity: 30 });
      expect(created?.startsAt.toISOString()).toBe('2026-06-10T06:00:00.000Z');
      expect(created?.eligibility?.regions).toEqual(['AFRICA']);
      // Editing sends only what changed: more seats is not a change attendees' calendars hear about.
      await page.getByRole('form', { name: 'Edit workshop' }).getByLabel('Capacity').fill('40');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const edited = await db.models.Workshop.findById(created?._id).lean();
      expect(edited).toMatchObject({ capacity: 40, sequence: created?.sequence, startsAt: created?.startsAt });
      await screenshot(page, 'secretariat-workshop');
      expect(await accessibilityViolations(page)).toEqual([]);

      await givenRegistration(db, { workshopId: created!._id, organizationId: env.network.group._id, email: 'exported.person@example.org' });
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export participants (CSV)' }).click();
      const csv = await download;
      expect(csv.suggestedFilename()).toBe(`participants-${String(created?._id)}.csv`);
      // The saved file is the export itself: its header, and the one participant's row.
      const lines = fs
        .readFileSync(await csv.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe('name,email,group,country,status,waitlistTicket,attended,registeredAt,answersComplete,consentsComplete');
      expect(lines.slice(1)).toEqual([expect.stringMatching(/^Registered Person,exported\.person@example\.org,Safe Childhood Kenya,KE,CONFIRMED,/)]);

      const cancel = page.getByRole('form', { name: 'Cancel the workshop' });
      await cancel.getByLabel('Reason').fill('The trainers cannot travel.');
      await cancel.getByRole('button', { name: 'Cancel the workshop' }).click();
      // Nothing happens before the planner has read who is told, and what.
      const question = page.getByRole('dialog', { name: 'Cancel “Digital evidence for prosecutors”?' });
      await question.getByText('People to be emailed: 1 (groups: 1).').waitFor();
      await question.getByText('The trainers cannot travel.').waitFor();
      await screenshot(page, 'secretariat-cancel-dialog');
      await question.getByRole('button', { name: 'Go back' }).click();
      await question.waitFor({ state: 'hidden' });
      expect((await db.models.Workshop.findById(created?._id).lean())?.status).toBe('PUBLISHED');
      await cancel.getByRole('button', { name: 'Cancel the workshop' }).click();
      await question.getByRole('button', { name: 'Yes, cancel the workshop' }).click();
      await page.getByTestId('workshop-status').filter({ hasText: 'Cancelled' }).waitFor();
      const cancelled = await db.models.Workshop.findById(created?._id).lean();
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'The trainers cannot travel.' });

      // Invitations: the link to pass on is shown once.
      await page.getByRole('link', { name: 'Organisations and invitations' }).click();
      await page.getByRole('cell', { name: 'Safe Childhood Kenya' }).waitFor();
      const invite = page.getByRole('region', { name: 'Invite someone' });
      await invite.getByLabel('Email').fill('new.coordinator@example.org');
      await invite.getByLabel('Organisation').selectOption({ label: 'Safe Childhood Kenya' });
      await invite.getByRole('button', { name: 'Invite someone' }).click();
      const inviteUrl = new URL((await invite.getByRole('status').locator('code').textContent()) ?? '');
      expect(inviteUrl.pathname).toBe('/invitations/accept');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'secretariat-organisations');

      await page.getByRole('link', { name: 'Failed emails' }).click();
      await page.getByText('No failed emails.').waitFor();

      // A monthly series: separate drafts sharing one series.
      await page.getByRole('link', { name: 'Workshops', exact: true }).click();
      await page.getByRole('link', { name: 'New workshop' }).click();
      const series = page.getByRole('form', { name: 'New workshop' });
      await series.getByLabel('Title').fill('Helpline peer exchange');
      await series.getByLabel('Format').selectOption('ONLINE');
      await series.getByLabel('Joining link').fill('https://meet.example.org/peer');
      await series.getByLabel('Time zone').fill('Europe/Paris');
      await series.getByLabel('Starts').fill('2026-04-14T15:00');
      await series.getByLabel('Ends').fill('2026-04-14T16:30');
      // The raw rule, as an expert types it (the repeat builder's own test: workshop-editor.test.ts).
      await series.getByText('Advanced: RRULE').click();
      await series.getByLabel('RRULE (RFC 5545)').fill('FREQ=MONTHLY;BYDAY=2TU;COUNT=3');
      await series.getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('workshop-status').filter({ hasText: 'Draft' }).waitFor();
      const occurrences = await db.models.Workshop.find({ title: 'Helpline peer exchange' }).lean();
      expect(occurrences).toHaveLength(3);
      expect(new Set(occurrences.map((o) => String(o.seriesId))).size).toBe(1);

      // The invited person follows the link, chooses a name and password, and is signed in.
      const invited = await visitor('fr-FR');
      try {
        await invited.page.goto(`${env.app.url}${inviteUrl.pathname}${inviteUrl.search}`);
        await invited.page.getByLabel('Nom').fill('Nouvelle Coordinatrice');
        await invited.page.getByLabel('Nouveau mot de passe').fill('a long enough passphrase 42');
        await invited.page.getByRole('button', { name: 'Créer mon compte' }).click();
        await invited.page.getByRole('heading', { name: 'Mes ateliers' }).waitFor();
        expect(new URL(invited.page.url()).search).toBe('');
        const account = await db.models.User.findOne({ email: 'new.coordinator@example.org' }).lean();
        expect(account).toMatchObject({ name: 'Nouvelle Coordinatrice', role: 'GROUP_COORDINATOR', language: 'fr' });
      } finally {
        await invited.context.close();
      }
    } finally {
      await context.close();
    }
  }, 120_000);

  it('lets the Secretariat approve everyone awaiting approval at once, in the order they applied, and says what became of each', async () => {
    const db = env.db.current;
    const workshop = await givenWorkshop(db, { title: 'Survivor-led advocacy', capacity: 1, requiresApproval: true });
    // The portal's own document, as its register form sends it.
    const applied = await graphql<RegisterMutation>(
      env.app.url,
      String(RegisterDocument),
      {
        input: {
          workshopId: String(workshop._id),
          organizationId: String(env.network.group._id),
          participants: [
            { name: 'Fatima Diallo', email: 'fatima@example.org' },
            { name: 'Grace Mwangi', email: 'grace@example.org' },
          ],
        },
      },
      { token: env.network.tokens.coordinator },
    );
    expect(applied.data?.register.registrations.map((r) => r.status)).toEqual(['PENDING_APPROVAL', 'PENDING_APPROVAL']);
    const { context, page } = await visitor();
    try {
      await signIn(page, env.app.url, env.network.people.admin.email, TEST_PASSWORD);
      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      await page.getByRole('button', { name: 'Approve all 2 awaiting approval' }).click();
      await page.getByRole('status').filter({ hasText: 'Fatima Diallo confirmed · Grace Mwangi on the waiting list, position 1' }).waitFor();
      await page.getByRole('button', { name: /^Approve all/ }).waitFor({ state: 'detached' });
      const stored = await db.models.Registration.find({ workshopId: workshop._id }).lean();
      expect(Object.fromEntries(stored.map((r) => [r.participant?.name, r.status]))).toEqual({ 'Fatima Diallo': 'CONFIRMED', 'Grace Mwangi': 'WAITLISTED' });
    } finally {
      await context.close();
    }
  });

  it("shows the Secretariat what waits for approval, a workshop's report in bars and a map, and the network on a map", async () => {
    const db = env.db.current;
    const workshop = await givenWorkshop(db, { title: 'Trafficking indicators for border police', capacity: 10 });
    const vetted = await givenWorkshop(db, { title: 'Peer support for survivors', requiresApproval: true });
    const peru = await givenOrganization(db, { name: 'Grupo Perú', country: 'PE', region: 'AMERICAS' });
    for (const organizationId of [env.network.group._id, env.network.group._id, peru._id])
      await givenRegistration(db, { workshopId: workshop._id, organizationId });
    await givenRegistration(db, { workshopId: vetted._id, organizationId: peru._id, status: 'PENDING_APPROVAL' });
    const { context, page } = await visitor();
    try {
      await signIn(page, env.app.url, env.network.people.admin.email, TEST_PASSWORD);
      await page.goto(`${env.app.url}/#/secretariat`);
      const waiting = await page.getByTestId('approvals-waiting').textContent();
      expect(Number(waiting)).toBeGreaterThanOrEqual(1);
      await page.getByRole('region', { name: 'Awaiting approval' }).getByRole('link', { name: 'Peer support for survivors' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Secretariat' })
        .getByRole('link', { name: `Overview (${waiting} awaiting approval)` })
        .waitFor();

      // Moving a workshop people registered for emails them all: the planner is told how many first.
      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      const starts = page.getByLabel('Starts (local time at the venue)');
      await starts.fill('2026-05-05T09:00');
      await page.getByLabel('Ends (local time at the venue)').fill('2026-05-05T17:00');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const moving = page.getByRole('dialog', { name: 'Save and email 3 people?' });
      await moving.getByText('3 people in 2 groups').waitFor();
      await moving.getByRole('listitem').filter({ hasText: 'when it starts' }).waitFor();
      await moving.getByRole('button', { name: 'Go back' }).click();
      expect((await db.models.Workshop.findById(workshop._id).lean())?.startsAt.toISOString()).toBe(workshop.startsAt.toISOString());
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await moving.getByRole('button', { name: 'Save and email them' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      expect((await db.models.Workshop.findById(workshop._id).lean())?.startsAt.toISOString()).toBe('2026-05-05T02:00:00.000Z');

      await page.getByRole('link', { name: 'Report and figures' }).click();
      await page.getByRole('heading', { name: 'Report: Trafficking indicators for border police' }).waitFor();
      const byStatus = page.getByRole('figure', { name: 'Registrations by status' });
      await byStatus.getByRole('listitem').filter({ hasText: 'Confirmed' }).filter({ hasText: '3' }).waitFor();
      // Kenya (404) and Peru (604) are shaded on the map, with their names and figures.
      const map = page.locator('.world-map svg[role=img]');
      await map.waitFor();
      expect(await map.getAttribute('aria-label')).toBe('Countries taking part: 2');
      const shaded = await Promise.all((await map.locator('path[data-country]').all()).map((path) => path.getAttribute('data-country')));
      expect(shaded.sort()).toEqual(['404', '604']);
      expect(await map.locator('path[data-country="404"] title').textContent()).toBe('Kenya: 2 confirmed');
      await page.getByRole('figure', { name: 'Confirmed people by region' }).getByRole('listitem').first().waitFor();
      expect(await page.getByTestId('attendance-rate').textContent()).toBe('Attendance is not recorded yet.');
      await page.getByRole('table').getByRole('cell', { name: 'Grupo Perú' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'workshop-report');

      // The network: every organisation's country shaded, counted in the caption.
      await page.getByRole('navigation', { name: 'Secretariat' }).getByRole('link', { name: 'Organisations and invitations' }).click();
      const network = page.locator('.world-map svg[role=img]');
      await network.waitFor();
      const organisations = await db.models.Organization.find({}).lean();
      const countries = new Set(organisations.map((o) => o.country));
      expect(await network.getAttribute('aria-label')).toBe(`The network: ${organisations.length} organisations in ${countries.size} countries`);
      expect(await network.locator('path[data-country]').count()).toBe(countries.size);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'network-map');
    } finally {
      await context.close();
    }
  });

  it('fits a phone: a compact header with a menu, the first workshop on the first screen, tables as cards', async () => {
    const db = env.db.current;
    const { coordinator } = env.network.people;
    const workshop = await givenWorkshop(db, { title: 'Safe online spaces for adolescents', capacity: 1 });
    await givenRegistration(db, {
      workshopId: workshop._id,
      organizationId: env.network.group._id,
      email: 'a.very.long.address.for.a.narrow.screen@example.org',
    });
    const { context, page } = await visitor(undefined, true);
    try {
      await page.goto(`${env.app.url}/`);
      const first = page.getByRole('link', { name: 'Safe online spaces for adolescents' });
      await first.waitFor();
      const header = await page.locator('header.top').boundingBox();
      expect(header!.height).toBeLessThan(80);
      const firstCard = page.getByRole('list', { name: 'Upcoming workshops' }).getByRole('listitem').first();
      expect((await firstCard.boundingBox())!.y).toBeLessThan(844 - 100);
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, 'phone-home');
      expect(await accessibilityViolations(page)).toEqual([]);

      // The navigation sits behind a menu button that says whether it is open.
      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('link', { name: 'Resources' }).isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByLabel('Email').fill(coordinator.email);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'My workshops' }).waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');

      await page.goto(`${env.app.url}/#/workshops/${String(workshop._id)}`);
      const row = page.getByRole('row').filter({ hasText: 'a.very.long.address.for.a.narrow.screen@example.org' });
      await row.waitFor();
      // Each row is a card whose cells say which column they are.
      const labels = await row
        .locator('td')
        .evaluateAll((cells) =>
          cells.map(
            (cell) => (globalThis as unknown as { getComputedStyle(e: unknown, p: string): { content: string } }).getComputedStyle(cell, '::before').content,
          ),
        );
      expect(labels).toEqual(expect.arrayContaining(['"Participant: "', '"Status: "']));
      expect(await scrollsSideways(page)).toBe(false);
      const cancel = row.getByRole('button', { name: /^Cancel the registration of/ });
      const box = await cancel.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(box!.height).toBeGreaterThanOrEqual(24);
      await screenshot(page, 'phone-workshop');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets a member find and download a resource', async () => {
    const { admin } = env.network.tokens;
    const wanted = await createResource(env.app.url, admin, {
      title: 'Safeguarding toolkit for small groups',
      description: 'Policies and checklists.',
      kind: 'TOOLKIT',
    });
    const other = await createResource(env.app.url, admin, { title: 'Annual report of the network', kind: 'REPORT' });
    const bytes = pdfBytes(40_000);
    expect((await upload(env.app.url, admin, wanted, bytes, 'safeguarding-toolkit.pdf', { type: 'application/pdf' })).status).toBe(201);
    expect((await upload(env.app.url, admin, other, pdfBytes(1_000), 'annual-report.pdf', { type: 'application/pdf' })).status).toBe(201);
    const outsider = await givenOrganization(env.db.current, { name: 'Another group' });
    await givenUser(env.db.current, { role: 'MEMBER', organizationId: outsider._id });

    const { context, page } = await visitor();
    try {
      await signIn(page, env.app.url, env.network.people.member.email, TEST_PASSWORD);
      await page.getByRole('link', { name: 'Resources' }).click();
      await page.getByRole('heading', { name: 'Annual report of the network' }).waitFor();
      // Typed as people type: a word begun ("safeguard") and another form ("checklist").
      await page.getByRole('searchbox', { name: 'Search' }).fill('safeguard checklist');
      await page.getByLabel('Kind').selectOption('TOOLKIT');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('heading', { name: 'Annual report of the network' }).waitFor({ state: 'detached' });
      await page.getByText('1 resource', { exact: true }).waitFor();
      // Each kind says how many of the matches it holds.
      expect(await page.getByLabel('Kind').locator('option').allTextContents()).toEqual(expect.arrayContaining(['Toolkit (1)', 'Report (0)']));
      await screenshot(page, 'resources');
      expect(await accessibilityViolations(page)).toEqual([]);

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: /^Download Safeguarding toolkit for small groups/ }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('safeguarding-toolkit.pdf');
      const saved = await file.path();
      expect(fs.readFileSync(saved).equals(bytes)).toBe(true);
      // Counted once the server has finished its side (the record is written after the bytes).
      await waitFor(async () => (await env.db.current.models.ResourceDownload.countDocuments({ resourceId: wanted })) === 1, 'the download to be recorded');
      await waitFor(async () => (await env.db.current.models.Resource.findById(wanted).lean())?.downloadCount === 1, 'the download count to rise');
    } finally {
      await context.close();
    }
  });
});
