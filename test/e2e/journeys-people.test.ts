import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { RegisterDocument, type RegisterMutation } from '../../portal/src/gql/graphql';
import type { Key } from '../../portal/src/dictionaries/en';
import { givenUser, givenWorkshop, TEST_PASSWORD } from '../helpers/fixtures';
import { graphql } from '../helpers/graphql';
import { deliverAll, useMailApp } from '../helpers/notifications';
import { waitFor } from '../helpers/wait';
import { parseWithIcalJs } from '../integration/calendar/calendar-helpers';
import { createResource, pdfBytes, upload } from '../integration/resources/resource-fixtures';
import { accessibilityViolations, screenshot, useBrowser } from './browser';
import {
  expectGoodPage,
  expectNoSidewaysScroll,
  expectOnScreen,
  type Journey,
  referenceNamesIn,
  settled,
  shotOf,
  signInThroughPage,
  startsWith,
  tagOf,
  type Visit,
  walk,
} from './journey-helpers';
import { type JourneyLanguage, pageSpeaks } from './words';

/**
 * The people's journeys, each written once for any language and screen: a member's (the
 * programme filtered, viewed and left and come back to; a workshop's page with how to join, its
 * times and its calendar buttons; registering themself; a resource found and downloaded), a
 * group coordinator's (people registered from a pasted list, the group's dashboard, a private
 * calendar link replaced, the portal offline), and anyone's own account (a password reset by
 * email, the profile). Every one is walked on a phone in French, buttons and labels found by the
 * words a reader of that language sees (words.ts).
 */
describe('the people’s journeys in a browser', () => {
  const env = useMailApp();
  const browser = useBrowser();

  const namesIn = (language: JourneyLanguage) => referenceNamesIn(env.app.url, language);
  const emailOf = (name: string, tag: string) =>
    `${name
      .split(' ')[0]!
      .normalize('NFD')
      .replace(/[^a-z]/gi, '')
      .toLowerCase()}.${tag}@example.org`;
  /** The app's own address for its calendar files, as a calendar app subscribes to them (webcal:). */
  const webcalOf = (https: string) => https.replace(/^https?:/, 'webcal:');

  /** A moment as the page writes it (i18n.ts formatZoned), by the browser's own Intl: the same words and zone names. */
  const zonedIn = (page: Page, language: JourneyLanguage, iso: string, timeZone: string) =>
    page.evaluate(
      ([lang, at, zone]) =>
        new Intl.DateTimeFormat(lang, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: zone,
          timeZoneName: 'shortGeneric',
        }).format(new Date(at)),
      [language, iso, timeZone] as const,
    );

  /** On a phone the site's navigation and account sit behind the menu button: opened if closed. */
  const openMenu = async ({ page, way, t }: Visit) => {
    if (!way.phone) return;
    const menu = page.getByRole('button', { name: t('menu'), exact: true });
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
  };
  /** Through the site's main navigation, as the reader goes (a new page closes the phone's menu). */
  const goVia = async (visit: Visit, words: Key) => {
    await openMenu(visit);
    const link = visit.page.getByRole('navigation', { name: visit.t('nav') }).getByRole('link', { name: visit.t(words), exact: true });
    await expectOnScreen(visit.page, link);
    await link.click();
  };

  /** The group's people in workshops neither ended (by the app's clock) nor cancelled, by where they stand: what the dashboard counts. */
  const storedGroupFigures = async () => {
    const db = env.db.current;
    const live = await db.models.Workshop.find({ status: { $ne: 'CANCELLED' }, endsAt: { $gt: env.app.clock.now() } }, { _id: 1 }).lean();
    const registrations = await db.models.Registration.find({ organizationId: env.network.group._id, workshopId: { $in: live.map((w) => w._id) } }).lean();
    const count = (test: (r: (typeof registrations)[number]) => boolean) => String(registrations.filter(test).length);
    return {
      confirmed: count((r) => r.status === 'CONFIRMED'),
      waiting: count((r) => r.status === 'WAITLISTED' && !r.offerExpiresAt),
      offers: count((r) => r.status === 'WAITLISTED' && Boolean(r.offerExpiresAt)),
      pending: count((r) => r.status === 'PENDING_APPROVAL'),
    };
  };

  /** 1. The programme: filters applied as chosen, in the address and as chips; the map and month views; a workshop opened and come back from. */
  const programme: Journey = {
    name: 'filters the programme as chosen, shows it as a map and a month, and comes back from a workshop to the same filtered list',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const names = await namesIn(way.language);
      const africa = names.region('AFRICA');
      // Held in Bangkok, open to all; online, open to Africa; held in Lima, open to the Americas.
      const bangkok = await givenWorkshop(db, { title: `Protéger les enfants en institution (${tag})` });
      const online = await givenWorkshop(db, {
        title: `Grooming en ligne et lignes d’écoute (${tag})`,
        format: 'ONLINE',
        venue: null,
        onlineUrl: 'https://meet.example.org/grooming',
        timeZone: 'Africa/Nairobi',
        startsAt: new Date('2026-05-12T09:00:00Z'),
        endsAt: new Date('2026-05-12T12:00:00Z'),
        openToAll: false,
        eligibility: { regions: ['AFRICA'], organizationIds: [] },
      });
      const lima = await givenWorkshop(db, {
        title: `Justice adaptée aux enfants à Lima (${tag})`,
        venue: { name: 'Casa de la Cultura', address: null, city: 'Lima', country: 'PE' },
        timeZone: 'America/Lima',
        startsAt: new Date('2026-05-20T14:00:00Z'),
        openToAll: false,
        eligibility: { regions: ['AMERICAS'], organizationIds: [] },
      });
      const linkTo = (workshop: { title: string }) => page.getByRole('link', { name: workshop.title, exact: true });

      await goVia(visit, 'navProgramme');
      await page.getByRole('heading', { name: t('programmeTitle'), level: 1 }).waitFor();
      for (const workshop of [bangkok, online, lima]) await linkTo(workshop).waitFor();
      // On a phone the filters start folded behind their summary, which opens them.
      const filters = page.getByRole('form', { name: t('filters') });
      expect(await filters.isVisible()).toBe(false);
      const summary = page.getByText(startsWith(t('filtersSummary', { n: 0 })));
      await expectOnScreen(page, summary);
      await summary.click();
      await filters.waitFor();

      // Each choice applies as it is made: no Apply needed.
      await filters.getByLabel(startsWith(t('openTo'))).selectOption('AFRICA');
      await linkTo(lima).waitFor({ state: 'detached' });
      await linkTo(bangkok).waitFor();
      await filters.getByLabel(startsWith(t('format'))).selectOption('ONLINE');
      await linkTo(bangkok).waitFor({ state: 'detached' });
      await linkTo(online).waitFor();
      const inAddress = () => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');
      await waitFor(async () => (inAddress().get('region') === 'AFRICA' && inAddress().get('format') === 'ONLINE') || null, 'the filters in the address');
      const chips = page.getByRole('list', { name: t('chosenFilters') });
      const regionChip = chips.getByRole('button', { name: t('removeFilter', { filter: t('openToChip', { region: africa }) }) });
      const formatChip = chips.getByRole('button', { name: t('removeFilter', { filter: t('ONLINE') }) });
      await regionChip.waitFor();
      await expectOnScreen(page, formatChip);
      // One workshop shown is said in the singular ("1 affiché", not "1 affichés").
      await page.getByText(`${t('filtersSummary', { n: 2 })} · ${t('shownCountOne', { n: 1 })}`, { exact: true }).waitFor();
      // The region chosen has its own calendar feed.
      expect(await page.getByRole('link', { name: t('addToCalendar', { name: africa }), exact: true }).getAttribute('href')).toMatch(
        /^webcal:\/\/.*region=AFRICA$/,
      );
      await expectGoodPage(visit, 'programme-filtered');

      // Into a workshop and back by the page's own link: the same filtered list, chips and choices included.
      const comeBack = async (how: 'link' | 'history') => {
        await linkTo(online).click();
        await page.getByRole('heading', { name: online.title, level: 1 }).waitFor();
        if (how === 'link') await page.getByRole('link', { name: t('back'), exact: true }).click();
        else await page.goBack();
        await linkTo(online).waitFor();
        expect(await linkTo(bangkok).count()).toBe(0);
        expect(await linkTo(lima).count()).toBe(0);
        expect(Object.fromEntries(inAddress())).toEqual({ region: 'AFRICA', format: 'ONLINE' });
        await regionChip.waitFor();
        await formatChip.waitFor();
        expect(await page.getByLabel(startsWith(t('format'))).inputValue()).toBe('ONLINE');
        expect(await page.getByLabel(startsWith(t('openTo'))).inputValue()).toBe('AFRICA');
      };
      await comeBack('link');
      // … and by the browser's Back.
      await comeBack('history');

      // A chip takes its filter away.
      await formatChip.click();
      await linkTo(bangkok).waitFor();
      await formatChip.waitFor({ state: 'detached' });
      expect(Object.fromEntries(inAddress())).toEqual({ region: 'AFRICA' });

      // The map of where they are held, with the same as words; the online one said apart.
      await page.getByRole('radio', { name: t('viewMap'), exact: true }).check();
      await page.getByRole('img', { name: t('mapCaption', { n: 1 }), exact: true }).waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: t('countryLabel', { country: names.country('TH') }) })
        .getByRole('link', { name: bangkok.title })
        .waitFor();
      await page.getByText(t('mapOnline', { n: 1 }), { exact: true }).waitFor();
      expect(inAddress().get('view')).toBe('map');
      await expectGoodPage(visit, 'programme-map');

      // A month as a list of its busy days on a phone, each on its day in the venue's calendar; kept in the address.
      await page.getByRole('radio', { name: t('viewMonth'), exact: true }).check();
      await waitFor(
        async () => (inAddress().get('view') === 'month' && /^\d{4}-\d{2}$/.test(inAddress().get('month') ?? '')) || null,
        'the month in the address',
      );
      await page.goto(`${env.app.url}/#/?region=AFRICA&view=month&month=2026-05`);
      const monthName = (month: number) =>
        new Intl.DateTimeFormat(way.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));
      const dayName = (day: string) =>
        new Intl.DateTimeFormat(way.language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
      const may = page.getByRole('table', { name: monthName(5) });
      // 09:00 in Bangkok on 4 May; noon in Nairobi on 12 May.
      await may
        .getByRole('cell', { name: startsWith(dayName('2026-05-04')) })
        .getByRole('link', { name: bangkok.title })
        .waitFor();
      await may
        .getByRole('cell', { name: startsWith(dayName('2026-05-12')) })
        .getByRole('link', { name: online.title })
        .waitFor();
      expect(await may.getByRole('link', { name: lima.title }).count()).toBe(0);
      await page.getByText(t('monthCount', { n: '2' }), { exact: true }).waitFor();
      await expectGoodPage(visit, 'programme-month');
      const next = page.getByRole('button', { name: startsWith(t('nextMonth')) });
      await expectOnScreen(page, next);
      await next.click();
      // A month with nothing in it: on a phone, its name and its count (no busy day to list).
      await page.getByRole('heading', { name: monthName(6), exact: true }).waitFor();
      await page.getByText(t('monthCount', { n: '0' }), { exact: true }).waitFor();
      expect(inAddress().get('month')).toBe('2026-06');
      expect(await linkTo(bangkok).count()).toBe(0);
      await page.getByRole('radio', { name: t('viewList'), exact: true }).check();
      await page
        .getByRole('list', { name: t('programmeTitle') })
        .getByRole('link', { name: bangkok.title })
        .waitFor();
      expect(Object.fromEntries(inAddress())).toEqual({ region: 'AFRICA' });
    },
  };

  /** 2. A workshop's page: how to join, its times where it is held and where the reader is, and the calendar buttons. */
  const workshopPage: Journey = {
    name: 'shows a workshop’s rules of joining, its times in both zones, and its calendar buttons that work',
    async walk(visit) {
      const { way, t, page, context } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const names = await namesIn(way.language);
      const workshop = await givenWorkshop(db, {
        title: `Entretiens adaptés aux enfants (${tag})`,
        selfRegistration: true,
        perGroupQuota: 3,
        openToAll: false,
        eligibility: { regions: ['AFRICA'], organizationIds: [] },
        registrationClosesAt: new Date('2026-05-01T09:00:00Z'),
      });
      const id = String(workshop._id);
      // Opened from a link (an email's, a colleague's).
      await page.goto(`${env.app.url}/#/workshops/${id}`);
      await page.getByRole('heading', { name: workshop.title, level: 1 }).waitFor();

      const rules = page.getByRole('region', { name: t('howToJoin') });
      // The regions are named once their names are in, never shown as codes meanwhile.
      await rules
        .getByRole('listitem')
        .first()
        .filter({ hasText: names.region('AFRICA') })
        .waitFor();
      const closes = await zonedIn(page, way.language, '2026-05-01T09:00:00Z', 'Africa/Nairobi');
      expect(await rules.getByRole('listitem').allTextContents()).toEqual([
        t('openToRegions', { regions: names.region('AFRICA') }),
        t('whoRegistersSelf'),
        t('groupLimit', { n: 3 }),
        t('approvalNone'),
        t('closesAt', { date: closes }),
      ]);
      // Signed in: nothing asks to sign in.
      expect(await rules.getByRole('link', { name: t('signInToRegister') }).count()).toBe(0);
      // Its times where it is held (Bangkok), and where the reader's device is (Nairobi).
      const from = workshop.startsAt.toISOString();
      const to = workshop.endsAt.toISOString();
      await page
        .getByText(`${await zonedIn(page, way.language, from, 'Asia/Bangkok')} – ${await zonedIn(page, way.language, to, 'Asia/Bangkok')}`, { exact: true })
        .waitFor();
      expect(await page.getByTestId('your-time').textContent()).toBe(
        `${await zonedIn(page, way.language, from, 'Africa/Nairobi')} – ${await zonedIn(page, way.language, to, 'Africa/Nairobi')}`,
      );

      // The calendar buttons: the device's calendar app, Google's and Outlook's by the feed's address, and Copy.
      const https = `${env.app.url}/calendar/workshops/${id}.ics`;
      const add = page.getByRole('link', { name: t('addToCalendar', { name: workshop.title }), exact: true });
      expect(await add.getAttribute('href')).toBe(webcalOf(https));
      await expectOnScreen(page, add);
      const google = new URL((await page.getByRole('link', { name: t('googleCalendarOf', { name: workshop.title }) }).getAttribute('href'))!);
      expect(google.origin).toBe('https://calendar.google.com');
      expect(google.searchParams.get('cid')).toBe(webcalOf(https));
      const outlook = new URL((await page.getByRole('link', { name: t('outlookOf', { name: workshop.title }) }).getAttribute('href'))!);
      expect(outlook.pathname).toMatch(/\/addfromweb$/);
      expect(outlook.searchParams.get('url')).toBe(https);
      expect(outlook.searchParams.get('name')).toBe(workshop.title);
      expect(await page.getByRole('textbox', { name: t('webAddress', { name: workshop.title }) }).inputValue()).toBe(https);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.app.url });
      const copy = page.getByRole('button', { name: t('copyOf', { name: workshop.title }), exact: true });
      await expectOnScreen(page, copy);
      await copy.click();
      await page
        .getByRole('status')
        .filter({ hasText: t('copied') })
        .waitFor();
      expect(
        await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText()),
      ).toBe(https);
      // The file behind them is the workshop's event, read back by an independent parser.
      const ics = await (await fetch(https)).text();
      expect(parseWithIcalJs(ics).events.map((e) => e.summary)).toEqual([workshop.title]);

      // On a phone its actions stay at the bottom of the screen, wherever one has scrolled: the top, and the very end.
      const bar = page.getByRole('navigation', { name: t('workshopActions') });
      expect(await bar.getByRole('link', { name: t('addToCalendarShort'), exact: true }).getAttribute('href')).toBe(webcalOf(https));
      type Scrolling = { scrollY: number; scrollTo(x: number, y: number): void; document: { documentElement: { scrollHeight: number } }; innerHeight: number };
      const height = page.viewportSize()!.height;
      for (const end of [false, true]) {
        const y = await page.evaluate((bottom) => {
          const w = globalThis as unknown as Scrolling;
          w.scrollTo(0, bottom ? w.document.documentElement.scrollHeight : 0);
          return w.scrollY;
        }, end);
        expect(y > 0).toBe(end);
        const box = (await bar.boundingBox())!;
        // Its bottom edge on the screen's (at the very end, above the page's own margin), and no taller than two rows of buttons.
        expect(box.y + box.height).toBeLessThanOrEqual(height + 1);
        expect(box.y + box.height).toBeGreaterThan(height - 16);
        expect(box.height).toBeLessThan(120);
      }
      await expectGoodPage(visit, 'workshop');
    },
  };

  /** 3. A member registers themself, and is offered the workshop for their calendar at once. */
  const registerMyself: Journey = {
    name: 'lets a member register themself and offers the workshop for the calendar right after',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const { member } = env.network.people;
      const workshop = await givenWorkshop(db, { title: `Cercles de soutien entre pairs (${tagOf(way)})`, selfRegistration: true });
      await page.goto(`${env.app.url}/#/workshops/${String(workshop._id)}`);
      await page.getByRole('heading', { name: workshop.title, level: 1 }).waitFor();
      const offered = page.getByRole('region', { name: t('addNowTitle') });
      expect(await offered.count()).toBe(0);
      // The bar at the bottom leads to the registration, its button taking focus.
      await page
        .getByRole('navigation', { name: t('workshopActions') })
        .getByRole('button', { name: t('goToRegistration') })
        .click();
      const registerMe = page.getByRole('button', { name: t('registerMe'), exact: true });
      expect(await registerMe.evaluate((b) => b === (b.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true);
      await expectOnScreen(page, registerMe);
      await registerMe.click();
      await page
        .getByRole('status')
        .filter({ hasText: t('outcomeConfirmed', { name: member.name }) })
        .waitFor();
      const stored = await db.models.Registration.findOne({ workshopId: workshop._id, 'participant.userId': member._id }).lean();
      expect(stored).toMatchObject({ status: 'CONFIRMED', organizationId: env.network.group._id });
      // Right after: the workshop into the calendar in one step.
      const https = `${env.app.url}/calendar/workshops/${String(workshop._id)}.ics`;
      const link = offered.getByRole('link', { name: t('addToCalendar', { name: workshop.title }), exact: true });
      expect(await link.getAttribute('href')).toBe(webcalOf(https));
      await expectOnScreen(page, link);
      expect(
        new URL((await offered.getByRole('link', { name: t('googleCalendarOf', { name: workshop.title }) }).getAttribute('href'))!).searchParams.get('cid'),
      ).toBe(webcalOf(https));
      await expectGoodPage(visit, 'workshop-registered');

      // Their workshops list it, confirmed.
      await goVia(visit, 'navMine');
      await page
        .getByRole('region', { name: t('myRegistrations') })
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: workshop.title }) })
        .filter({ hasText: t('CONFIRMED') })
        .waitFor();
      await expectGoodPage(visit, 'my-workshops');
    },
  };

  /** 6. A member finds a resource by words and kind, and downloads its file. */
  const downloadResource: Journey = {
    name: 'lets a member find a resource and download its file',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const { admin } = env.network.tokens;
      const tag = tagOf(way);
      const title = `Safeguarding toolkit for small groups (${tag})`;
      const wanted = await createResource(env.app.url, admin, { title, description: 'Policies and checklists.', kind: 'TOOLKIT' });
      const other = await createResource(env.app.url, admin, { title: `Annual report of the network (${tag})`, kind: 'REPORT' });
      const bytes = pdfBytes(40_000);
      expect((await upload(env.app.url, admin, wanted, bytes, 'safeguarding-toolkit.pdf', { type: 'application/pdf' })).status).toBe(201);
      expect((await upload(env.app.url, admin, other, pdfBytes(1_000), 'annual-report.pdf', { type: 'application/pdf' })).status).toBe(201);

      await goVia(visit, 'navResources');
      await page.getByRole('heading', { name: t('resourcesTitle'), level: 1 }).waitFor();
      await page.getByRole('heading', { name: `Annual report of the network (${tag})` }).waitFor();
      // Typed as people type: a word begun ("safeguard") and another form ("checklist").
      await page.getByRole('searchbox', { name: t('search') }).fill('safeguard checklist');
      const kind = page.getByLabel(startsWith(t('kind')));
      await kind.selectOption('TOOLKIT');
      await page.getByRole('button', { name: t('search'), exact: true }).click();
      await page.getByRole('heading', { name: `Annual report of the network (${tag})` }).waitFor({ state: 'detached' });
      await page.getByText(t('resourcesCountOne', { n: 1 }), { exact: true }).waitFor();
      // Each kind says how many of the matches it holds.
      expect(await kind.locator('option').allTextContents()).toEqual(expect.arrayContaining([`${t('TOOLKIT')} (1)`, `${t('REPORT')} (0)`]));
      await expectGoodPage(visit, 'resources');

      const named = page.getByRole('link', { name: startsWith(`${t('downloadNamed', { title, language: '', size: '' }).split(' (')[0]!} (`) });
      await expectOnScreen(page, named);
      // The file's size in the reader's language: "39 kB", "39 ko".
      expect(await named.textContent()).toMatch({ en: /, \d+\skB\)$/, fr: /, \d+\sko\)$/ }[way.language]);
      const download = page.waitForEvent('download');
      await named.click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('safeguarding-toolkit.pdf');
      expect(fs.readFileSync(await file.path()).equals(bytes)).toBe(true);
      // Counted once the server has finished its side (the record is written after the bytes).
      await waitFor(async () => (await db.models.ResourceDownload.countDocuments({ resourceId: wanted })) === 1, 'the download to be recorded');
      await waitFor(async () => (await db.models.Resource.findById(wanted).lean())?.downloadCount === 1, 'the download count to rise');
      // What the link answers with (asked by HEAD, which counts no download): a PDF to save, under its name, not to sniff.
      const head = await page.request.fetch(new URL((await named.getAttribute('href'))!, env.app.url).toString(), { method: 'HEAD' });
      expect(head.status()).toBe(200);
      expect(head.headers()).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(bytes.length),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-cache',
      });
      expect(head.headers()['content-disposition']).toMatch(/^attachment;.*filename="safeguarding-toolkit\.pdf"/);
      expect((await db.models.Resource.findById(wanted).lean())?.downloadCount).toBe(1);
    },
  };

  /** 4. A coordinator registers people from a pasted list, sees what became of each, and their group's dashboard. */
  const registerPasted: Journey = {
    name: 'registers people pasted as a list, keeps the line it cannot read, says what became of each, and counts the group as stored',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const workshop = await givenWorkshop(db, { title: `Justice adaptée aux enfants : atelier pratique (${tag})`, capacity: 2 });
      const [amina, brian, chloe] = ['Amina Njoroge', 'Brian Otieno', 'Chloé Wanjiru'].map((name) => ({ name, email: emailOf(name, tag) })) as [
        { name: string; email: string },
        { name: string; email: string },
        { name: string; email: string },
      ];
      await goVia(visit, 'navProgramme');
      await page.getByRole('link', { name: workshop.title, exact: true }).click();
      await page.getByRole('heading', { name: t('registerTitle') }).waitFor();

      // Pasted as it comes from an email or a spreadsheet; the line without an address stays, by its number.
      await page.getByText(t('pasteList'), { exact: true }).click();
      const box = page.getByLabel(startsWith(t('pasteHelp')));
      const unreadable = 'quelqu’un sans adresse';
      await box.fill([`${amina.name} <${amina.email.toUpperCase()}>`, `${brian.name}, ${brian.email}`, unreadable, `${chloe.name}\t${chloe.email}`].join('\n'));
      const take = page.getByRole('button', { name: t('pasteTake') });
      await expectOnScreen(page, take);
      await take.click();
      await page
        .getByRole('alert')
        .filter({ hasText: t('pasteNotUnderstood', { lines: '3' }) })
        .waitFor();
      expect(await box.inputValue()).toBe(unreadable);
      const person = (n: number) => page.getByRole('group', { name: t('person', { n }), exact: true });
      for (const [i, who] of [amina, brian, chloe].entries()) {
        expect(
          await person(i + 1)
            .getByLabel(t('name'), { exact: true })
            .inputValue(),
        ).toBe(who.name);
        expect(
          await person(i + 1)
            .getByLabel(t('email'), { exact: true })
            .inputValue(),
        ).toBe(who.email);
      }
      expect(await person(4).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      expect(await accessibilityViolations(page)).toEqual([]);

      // Two seats: two confirmed, the third first on the waiting list; each said.
      const register = page.getByRole('button', { name: t('registerSubmit'), exact: true });
      await expectOnScreen(page, register);
      await register.click();
      const outcome = [t('outcomeConfirmed', amina), t('outcomeConfirmed', brian), t('outcomeWaitlisted', { name: chloe.name, n: 1 })].join(' · ');
      await page.getByRole('status').filter({ hasText: outcome }).waitFor();
      await page
        .getByTestId('seats')
        .filter({ hasText: t('full', { n: 1 }) })
        .waitFor();
      const stored = await db.models.Registration.find({ workshopId: workshop._id }).lean();
      expect(Object.fromEntries(stored.map((r) => [r.participant?.email, r.status]))).toEqual({
        [amina.email]: 'CONFIRMED',
        [brian.email]: 'CONFIRMED',
        [chloe.email]: 'WAITLISTED',
      });
      expect(stored.every((r) => String(r.organizationId) === String(env.network.group._id))).toBe(true);
      const rows = page.getByRole('region', { name: t('registrationsTitle') }).getByRole('row');
      await rows
        .filter({ hasText: amina.name })
        .filter({ hasText: t('CONFIRMED') })
        .waitFor();
      await rows
        .filter({ hasText: chloe.name })
        .filter({ hasText: t('WAITLISTED') })
        .filter({ hasText: t('positionN', { n: 1 }) })
        .waitFor();
      // The form is ready for the next people.
      expect(await person(1).getByLabel(t('name'), { exact: true }).inputValue()).toBe('');
      await expectGoodPage(visit, 'workshop-register');

      // The group at a glance: the same figures as stored, this workshop's row among them.
      await goVia(visit, 'navMine');
      const group = page.getByRole('region', { name: t('groupOf', { name: env.network.group.name }) });
      await group.waitFor();
      await settled(page);
      const figures = await storedGroupFigures();
      expect({
        confirmed: await group.getByTestId('group-confirmed').textContent(),
        waiting: await group.getByTestId('group-waiting').textContent(),
        offers: await group.getByTestId('group-offers').textContent(),
        pending: await group.getByTestId('group-pending').textContent(),
      }).toEqual(figures);
      expect(Number(figures.confirmed)).toBeGreaterThanOrEqual(2);
      expect(Number(figures.waiting)).toBeGreaterThanOrEqual(1);
      const row = group.getByRole('row').filter({ has: page.getByRole('link', { name: workshop.title }) });
      expect((await row.getByRole('cell').allTextContents()).slice(2)).toEqual(['2', '1', '0']);
      await expectGoodPage(visit, 'group-dashboard');
    },
  };

  /** 5. A private calendar link replaced: asked first, going back changes nothing, confirming ends the old link. */
  const replaceCalendarLink: Journey = {
    name: 'asks before replacing a private calendar link, changes nothing on Go back, and ends the old link on confirming',
    async walk(visit) {
      const { way, t, page } = visit;
      await goVia(visit, 'navCalendar');
      await page.getByRole('heading', { name: t('calendarTitle'), level: 1 }).waitFor();
      const title = t('personalFeed');
      const personal = page.getByRole('link', { name: t('addToCalendar', { name: title }), exact: true });
      const first = (await personal.getAttribute('href'))!;
      expect(first).toMatch(/^webcal:\/\/.*\/calendar\/private\/exc_[\w-]+\.ics$/);
      await page.getByRole('link', { name: t('addToCalendar', { name: t('groupFeed') }), exact: true }).waitFor();
      // Asked of the app under test (the links name its public address, from the configuration).
      const feedStatus = async (webcal: string) => (await fetch(`${env.app.url}${new URL(webcal.replace(/^webcal:/, 'http:')).pathname}`)).status;
      expect(await feedStatus(first)).toBe(200);
      await expectGoodPage(visit, 'calendar-links');

      const replace = page.getByRole('button', { name: t('newLinkOf', { name: title }), exact: true });
      await expectOnScreen(page, replace);
      await replace.click();
      const dialog = page.getByRole('dialog', { name: t('newLinkQuestion', { name: title }) });
      await dialog.getByText(t('newLinkImpact')).waitFor();
      const confirm = dialog.getByRole('button', { name: t('newLinkConfirm') });
      await expectOnScreen(page, confirm);
      await screenshot(page, shotOf(way, 'calendar-new-link-dialog'));
      expect(await accessibilityViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: t('keep') }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await personal.getAttribute('href')).toBe(first);
      expect(await feedStatus(first)).toBe(200);

      await replace.click();
      await confirm.click();
      await page
        .getByRole('status')
        .filter({ hasText: t('newLinkMade') })
        .waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const second = (await personal.getAttribute('href'))!;
      expect(second).toMatch(/^webcal:\/\/.*\/calendar\/private\/exc_[\w-]+\.ics$/);
      expect(second).not.toBe(first);
      expect(await feedStatus(first)).toBe(404);
      expect(await feedStatus(second)).toBe(200);
      // The group's link is another feed: untouched.
      await page.getByRole('link', { name: t('addToCalendar', { name: t('groupFeed') }), exact: true }).waitFor();
    },
  };

  /** 8. Offline: the programme and the person's workshops as last read, said so, caught up when the link is back; signing out leaves nothing. */
  const offline: Journey = {
    name: 'opens offline with the last programme and my workshops, says so, catches up when the link is back, and keeps nothing after signing out',
    async walk(visit) {
      const { way, t, page, context } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const title = `Protection en accueil résidentiel (${tag})`;
      const renamed = `Protection en accueil résidentiel et familial (${tag})`;
      const workshop = await givenWorkshop(db, { title, capacity: 5 });
      const registered = await graphql<RegisterMutation>(
        env.app.url,
        String(RegisterDocument),
        { input: { workshopId: String(workshop._id), participants: [{ userId: String(env.network.people.coordinator._id) }] } },
        { token: env.network.tokens.coordinator },
      );
      expect(registered.data?.register.registrations[0]?.status).toBe('CONFIRMED');
      // Once the service worker controls the page (it claims the page it was installed from).
      const controlled = () =>
        page.waitForFunction(
          () => (globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } }).navigator.serviceWorker.controller !== null,
        );
      const mine = page.getByRole('region', { name: t('myRegistrations') });

      await goVia(visit, 'navProgramme');
      await page.getByRole('link', { name: title, exact: true }).waitFor();
      await controlled();
      await goVia(visit, 'navMine');
      await mine.getByRole('link', { name: title }).waitFor();
      await settled(page);
      const figures = await storedGroupFigures();
      expect(await page.getByTestId('group-confirmed').textContent()).toBe(figures.confirmed);

      // Cancelling one's own registration asks first, in the portal's dialog (not the browser's); going back changes nothing.
      const cancelMine = mine.getByRole('button', { name: t('cancelRegistrationOf', { name: title }), exact: true });
      await expectOnScreen(page, cancelMine);
      await cancelMine.click();
      const asked = page.getByRole('dialog', { name: t('cancelMineQuestion', { title }) });
      await asked.getByText(t('cancelMineImpact')).waitFor();
      await expectOnScreen(page, asked.getByRole('button', { name: t('cancelRegistrationConfirm') }));
      await asked.getByRole('button', { name: t('keep') }).click();
      await asked.waitFor({ state: 'hidden' });
      await mine.getByRole('link', { name: title }).waitFor();
      expect(
        (await db.models.Registration.findOne({ workshopId: workshop._id, 'participant.userId': env.network.people.coordinator._id }).lean())?.status,
      ).toBe('CONFIRMED');

      // Offline: the page reloads from the service worker, in the reader's language, the answers from what was saved.
      await context.setOffline(true);
      try {
        await page.goto(`${env.app.url}/#/`);
        await page.reload();
        await pageSpeaks(page, way.language);
        const banner = page.getByRole('status').filter({ hasText: t('offlineNow') });
        await banner.waitFor();
        await banner.getByRole('button', { name: t('tryAgain') }).waitFor();
        await page.getByRole('link', { name: title, exact: true }).waitFor();
        await page.getByRole('heading', { name: t('programmeTitle'), level: 1 }).waitFor();
        await expectGoodPage(visit, 'offline-programme');
        await goVia(visit, 'navMine');
        await mine.getByRole('link', { name: title }).waitFor();
        await page.getByTestId('group-confirmed').filter({ hasText: figures.confirmed }).waitFor();
        await banner.waitFor();
        await expectGoodPage(visit, 'offline-my-workshops');

        // Meanwhile the workshop is renamed; back online, the page asks again by itself.
        await db.models.Workshop.updateOne({ _id: workshop._id }, { $set: { title: renamed } });
      } finally {
        await context.setOffline(false);
      }
      await mine.getByRole('link', { name: renamed }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: t('offlineNow') })
        .waitFor({ state: 'detached' });

      // Signing out leaves nothing of the person in the tab for the next one to read offline.
      await openMenu(visit);
      await page.getByRole('button', { name: t('signOut'), exact: true }).click();
      await page.getByRole('heading', { name: t('programmeTitle'), level: 1 }).waitFor();
      await openMenu(visit);
      await page.getByRole('link', { name: t('signIn'), exact: true }).waitFor();
      const kept = await page.evaluate(() => Object.keys((globalThis as unknown as { sessionStorage: Record<string, string> }).sessionStorage));
      expect(kept.filter((key) => key.startsWith('exchange.'))).toEqual([]);
    },
  };

  /** 7. One's own account: a forgotten password reset from the emailed link (real SMTP), then the profile. */
  const ownAccount: Journey = {
    name: 'resets a forgotten password from the emailed link, signs in, and keeps a changed profile',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const user = await givenUser(db, { role: 'MEMBER', organizationId: env.network.group._id, name: 'Wanjiru K.' });
      // A French reader: the emails come in French too.
      await db.models.User.updateOne({ _id: user._id }, { $set: { language: way.language } });

      await page.goto(`${env.app.url}/#/sign-in`);
      await pageSpeaks(page, way.language);
      await page.getByRole('link', { name: t('forgotPassword') }).click();
      await page.getByRole('heading', { name: t('forgotTitle'), level: 1 }).waitFor();
      await page.getByLabel(t('email'), { exact: true }).fill(user.email.toUpperCase());
      await page.getByRole('button', { name: t('sendResetLink') }).click();
      await page
        .getByRole('status')
        .filter({ hasText: t('resetRequested') })
        .waitFor();
      await expectGoodPage(visit, 'forgot-password');

      const mail = await waitFor(async () => {
        await env.app.deps.events.drain();
        await deliverAll(env.app.deps);
        return env.sink.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === user.email) ?? null;
      }, 'the reset email');
      if (way.language === 'fr') expect(mail.subject).toMatch(/^Réinitialisez votre mot de passe/);
      const link = new URL(mail.text!.match(/https?:\/\/\S+\/#\/reset-password\?token=\S+/)![0]);
      await page.goto(`${env.app.url}/${link.hash}`);
      await page.getByRole('heading', { name: t('resetTitle'), level: 1 }).waitFor();
      const password = page.getByLabel(t('newPassword'), { exact: true });
      await password.fill('court');
      await page.getByRole('button', { name: t('resetSubmit') }).click();
      // The browser's own check stops a password under 10 characters before it is sent.
      expect(await password.evaluate((input) => (input as unknown as { validity: { valid: boolean } }).validity.valid)).toBe(false);
      await expectGoodPage(visit, 'reset-password');
      await password.fill('une phrase toute neuve pour le réseau');
      await page.getByRole('button', { name: t('resetSubmit') }).click();
      await page.getByRole('heading', { name: t('myTitle'), level: 1 }).waitFor();
      expect(page.url()).not.toContain('token=');

      // The spent link says so, in the reader's language, and offers a new one.
      await page.goto(`${env.app.url}/${link.hash}`);
      await password.fill('encore une autre phrase pour nous');
      await page.getByRole('button', { name: t('resetSubmit') }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: t('errorInput') })
        .waitFor();
      await page.getByRole('link', { name: t('resetAgain') }).waitFor();

      // The profile, reached by the name on a phone's menu.
      await openMenu(visit);
      const me = (name: string) => page.getByRole('link', { name: t('signedInAs', { name, org: env.network.group.name }), exact: true });
      await expectOnScreen(page, me('Wanjiru K.'));
      await me('Wanjiru K.').click();
      await page.getByRole('heading', { name: t('profileTitle'), level: 1 }).waitFor();
      await page.getByLabel(t('name'), { exact: true }).fill('Wanjiru Kamau');
      const language = page.getByLabel(startsWith(t('emailLanguage')));
      expect(await language.inputValue()).toBe(way.language);
      // A zone is picked from the list, never typed; the device's zone (Nairobi here) is one tap away.
      const zone = page.getByLabel(startsWith(t('timeZone')));
      expect(await zone.inputValue()).toBe('Africa/Nairobi');
      await zone.selectOption('America/Lima');
      await page.getByRole('button', { name: t('useDeviceZone', { zone: 'Africa/Nairobi' }) }).waitFor();
      const save = page.getByRole('button', { name: t('save'), exact: true });
      await expectOnScreen(page, save);
      await save.click();
      await page
        .getByRole('status')
        .filter({ hasText: t('saved') })
        .waitFor();
      await expectGoodPage(visit, 'profile');
      await openMenu(visit);
      await me('Wanjiru Kamau').waitFor();
      const stored = await db.models.User.findById(user._id).lean();
      expect(stored).toMatchObject({ name: 'Wanjiru Kamau', language: way.language, timeZone: 'America/Lima' });
    },
  };

  const phoneInFrench = { language: 'fr', phone: true } as const;
  // A member of the network's group: the programme, a workshop, registering themself, the library.
  walk(browser, phoneInFrench, [programme, workshopPage, registerMyself, downloadResource], {
    as: 'a member',
    signIn: (visit) => signInThroughPage(visit, env.app.url, env.network.people.member.email, TEST_PASSWORD, 'myTitle'),
  });
  // The group's coordinator: registering people, the group's figures, calendar links, offline (which signs out: last).
  walk(browser, phoneInFrench, [registerPasted, replaceCalendarLink, offline], {
    as: 'a group coordinator',
    signIn: (visit) => signInThroughPage(visit, env.app.url, env.network.people.coordinator.email, TEST_PASSWORD, 'myTitle'),
  });
  // Someone who forgot their password: not signed in to begin with.
  walk(browser, phoneInFrench, [ownAccount], { as: 'someone with an account' });
});
