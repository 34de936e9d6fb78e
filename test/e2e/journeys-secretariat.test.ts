import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deliverDue } from '../../src/modules/notifications/delivery.service';
import { enqueue } from '../../src/modules/notifications/outbox';
import { recipientOfUser } from '../../src/modules/notifications/recipients';
import { RegisterDocument, type RegisterMutation } from '../../portal/src/gql/graphql';
import { formatLocal, weekdayName } from '../../portal/src/secretariat/repeat-rule';
import type { Key } from '../../portal/src/dictionaries/en';
import { testConfig } from '../helpers/app';
import { givenOrganization, givenRegistration, givenWorkshop, TEST_PASSWORD } from '../helpers/fixtures';
import { graphql } from '../helpers/graphql';
import { storedMessage, storedMessages, useMailApp } from '../helpers/notifications';
import { waitFor } from '../helpers/wait';
import { pdfBytes } from '../integration/resources/resource-fixtures';
import { accessibilityViolations, screenshot, useBrowser } from './browser';
import {
  expectGoodPage,
  expectNoSidewaysScroll,
  expectOnScreen,
  inDays,
  type Journey,
  literally,
  referenceNamesIn,
  settled,
  shaped,
  shotOf,
  signInThroughPage,
  startsWith,
  tagOf,
  type Visit,
  walk,
} from './journey-helpers';
import type { JourneyLanguage } from './words';

/**
 * The Secretariat's journeys, each written once for any language and screen: the first screen of
 * the day, approving everyone waiting, a workshop's report and the network's map, the workshop
 * editor (a series by the repeat builder, its sessions, a move and a cancellation asked about
 * first), the registrations desk and sharing a resource. Every one is walked on a phone in
 * French; the registrations desk's attendance and cancellation, walked elsewhere only on a phone
 * in English, also at desktop in English. Buttons and labels are found by the words a reader of
 * that language sees (words.ts), so a word the French page lacks fails the step that needs it.
 */
describe('the Secretariat’s journeys in a browser', () => {
  // Two attempts per email: the first refusal leaves it retrying, the second marks it failed.
  const env = useMailApp({ notifications: { ...testConfig().notifications, maxAttempts: 2 } });
  const browser = useBrowser();

  /** Reference names as the API gives them in a language (regions, topics, countries). */
  const namesIn = (language: JourneyLanguage) => referenceNamesIn(env.app.url, language);

  const registerThrough = async (workshopId: string, organizationId: string, people: { name: string; email: string }[]) => {
    const answer = await graphql<RegisterMutation>(
      env.app.url,
      String(RegisterDocument),
      { input: { workshopId, organizationId, participants: people } },
      { token: env.network.tokens.coordinator },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.register.registrations;
  };
  const emailOf = (name: string, tag: string) =>
    `${name
      .split(' ')[0]!
      .normalize('NFD')
      .replace(/[^a-z]/gi, '')
      .toLowerCase()}.${tag}@example.org`;

  /** 1. The first screen: approvals waiting, workshops filling, emails failed and retrying, this week; the count in the navigation. */
  const secretariatHome: Journey = {
    name: 'the Secretariat’s home: what needs doing, with counts that match the stored state',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const soon = await givenWorkshop(db, { title: `Rapid response for helplines (${tag})`, startsAt: inDays(2), registrationClosesAt: inDays(2) });
      const later = await givenWorkshop(db, { title: `Later in the year (${tag})`, startsAt: inDays(60), registrationClosesAt: inDays(60) });
      const filling = await givenWorkshop(db, {
        title: `Child-friendly interviewing (${tag})`,
        startsAt: inDays(20),
        registrationClosesAt: inDays(20),
        capacity: 5,
      });
      for (let i = 0; i < 4; i++) await givenRegistration(db, { workshopId: filling._id, organizationId: env.network.group._id });
      const vetted = await givenWorkshop(db, {
        title: `Peer support for survivors (${tag})`,
        requiresApproval: true,
        startsAt: inDays(30),
        registrationClosesAt: inDays(30),
      });
      for (let i = 0; i < 2; i++) await givenRegistration(db, { workshopId: vetted._id, organizationId: env.network.group._id, status: 'PENDING_APPROVAL' });

      // Emails the mail server refuses: one twice (failed), one once so far (retrying).
      const recipient = recipientOfUser(env.network.people.member);
      const failingId = `REGISTRATION_DEADLINE:${tag}-failing:1`;
      env.sink.failWith(451);
      try {
        await enqueue(env.app.deps, [{ id: failingId, kind: 'REGISTRATION_DEADLINE', recipient, workshopId: soon._id }]);
        expect(await deliverDue(env.app.deps)).toMatchObject({ retrying: 1 });
        // A minute on, its second attempt is due (the clock stays there: the record is newer than any earlier copy).
        env.app.clock.advance(60_000);
        expect(await deliverDue(env.app.deps)).toMatchObject({ failed: 1 });
        await enqueue(env.app.deps, [{ id: `REGISTRATION_DEADLINE:${tag}-retrying:1`, kind: 'REGISTRATION_DEADLINE', recipient, workshopId: soon._id }]);
        expect(await deliverDue(env.app.deps)).toMatchObject({ retrying: 1 });
      } finally {
        env.sink.failWith(null);
      }
      const failed = await db.models.Notification.countDocuments({ 'delivery.state': 'FAILED' });
      const retrying = await db.models.NotificationOutbox.countDocuments({ 'delivery.state': 'RETRYING' });
      // Awaiting approval: in workshops neither cancelled nor ended (by the app's clock).
      const pending = await db.models.Registration.find({ status: 'PENDING_APPROVAL' }).lean();
      const open = await db.models.Workshop.find({
        _id: { $in: pending.map((r) => r.workshopId) },
        status: { $ne: 'CANCELLED' },
        endsAt: { $gt: env.app.clock.now() },
      }).lean();
      const waiting = pending.filter((r) => open.some((w) => String(w._id) === String(r.workshopId))).length;
      expect(waiting).toBeGreaterThanOrEqual(2);

      // Through the Secretariat's navigation, so the overview asks for its figures afresh.
      await page.goto(`${env.app.url}/#/secretariat/workshops`);
      await page.getByRole('heading', { name: t('secWorkshops') }).waitFor();
      await page
        .getByRole('navigation', { name: t('secTitle') })
        .getByRole('link', { name: startsWith(t('secHome')) })
        .click();
      await page.getByRole('heading', { name: t('secHome') }).waitFor();
      await settled(page);
      const tiles = page.getByRole('list', { name: t('secNeeds') });
      const figureOf = (words: Key) =>
        tiles
          .getByRole('listitem')
          .filter({ hasText: t(words) })
          .locator('strong')
          .textContent();
      expect(await page.getByTestId('approvals-waiting').textContent()).toBe(String(waiting));
      expect(await figureOf('tileApprovals')).toBe(String(waiting));
      expect(await figureOf('tileFailed')).toBe(String(failed));
      expect(await figureOf('tileRetrying')).toBe(String(retrying));
      expect(failed).toBeGreaterThanOrEqual(1);
      expect(retrying).toBeGreaterThanOrEqual(1);

      const awaiting = page.getByRole('region', { name: t('awaitingApproval') });
      await awaiting
        .getByRole('listitem')
        .filter({ hasText: vetted.title })
        .filter({ hasText: t('awaitingN', { n: 2 }) })
        .waitFor();
      const thisWeek = page.getByRole('region', { name: t('startingThisWeek') });
      await thisWeek.getByRole('link', { name: soon.title }).waitFor();
      expect(await thisWeek.getByRole('link', { name: later.title }).count()).toBe(0);
      expect(await figureOf('tileThisWeek')).toBe(String(await thisWeek.getByRole('link').count()));
      const fillingUp = page.getByRole('region', { name: t('fillingUp') });
      await fillingUp.getByRole('link', { name: filling.title }).waitFor();
      expect(await fillingUp.getByRole('link', { name: soon.title }).count()).toBe(0);
      expect(await figureOf('tileFilling')).toBe(String(await fillingUp.getByRole('link').count()));

      // The Secretariat's navigation says how many wait, in words for a screen reader and as a badge.
      const nav = page.getByRole('navigation', { name: t('secTitle') });
      const overview = nav.getByRole('link', { name: `${t('secHome')} (${t('awaitingN', { n: waiting })})` });
      await overview.waitFor();
      expect(await overview.locator('.badge').textContent()).toBe(String(waiting));
      await expectOnScreen(page, overview);
      await expectGoodPage(visit, 'secretariat-home');

      // The failed tile leads to the failed emails, where one is sent again.
      await tiles.getByRole('link', { name: new RegExp(literally(t('tileFailed'))) }).click();
      await page.getByRole('heading', { name: t('secDeliveries') }).waitFor();
      const row = page.getByRole('row').filter({ hasText: soon.title });
      await row.filter({ hasText: /SMTP 451/ }).waitFor();
      await expectGoodPage(visit, 'secretariat-deliveries');
      // A while later, the Secretariat sends it again.
      env.app.clock.advance(60_000);
      const again = row.getByRole('button', { name: t('retry') });
      await expectOnScreen(page, again);
      await again.click();
      await page
        .getByRole('status')
        .filter({ hasText: t('retried') })
        .waitFor();
      expect((await storedMessage(db, failingId))?.delivery.state).toBe('QUEUED');
      await row.waitFor({ state: 'detached' });
    },
  };

  /** 2. Everyone awaiting approval approved at once, in the order they applied, each outcome said. */
  const approveEveryone: Journey = {
    name: 'approves everyone awaiting approval at once and says what became of each',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const workshop = await givenWorkshop(db, { title: `Survivor-led advocacy (${tag})`, capacity: 1, requiresApproval: true });
      const applied = await registerThrough(String(workshop._id), String(env.network.group._id), [
        { name: 'Fatima Diallo', email: emailOf('Fatima Diallo', tag) },
        { name: 'Grace Mwangi', email: emailOf('Grace Mwangi', tag) },
      ]);
      expect(applied.map((r) => r.status)).toEqual(['PENDING_APPROVAL', 'PENDING_APPROVAL']);

      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      const approveAll = page.getByRole('button', { name: t('approveAll', { n: 2 }) });
      await approveAll.waitFor();
      await expectOnScreen(page, approveAll);
      await approveAll.click();
      const outcome = `${t('outcomeConfirmed', { name: 'Fatima Diallo' })} · ${t('outcomeWaitlisted', { name: 'Grace Mwangi', n: 1 })}`;
      await page.getByRole('status').filter({ hasText: outcome }).waitFor();
      await page.getByRole('button', { name: shaped(t, 'approveAll', { n: '\\d+' }) }).waitFor({ state: 'detached' });
      const stored = await db.models.Registration.find({ workshopId: workshop._id }).lean();
      expect(Object.fromEntries(stored.map((r) => [r.participant?.name, r.status]))).toEqual({ 'Fatima Diallo': 'CONFIRMED', 'Grace Mwangi': 'WAITLISTED' });
      // The list says the same, in the reader's words.
      await page
        .getByRole('row')
        .filter({ hasText: 'Fatima Diallo' })
        .filter({ hasText: t('CONFIRMED') })
        .waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: 'Grace Mwangi' })
        .filter({ hasText: `${t('WAITLISTED')} (${t('positionN', { n: 1 })})` })
        .waitFor();
      await expectGoodPage(visit, 'secretariat-approvals');
    },
  };

  /** 3. A workshop's report (bars by region, a map of countries, the attendance rate), then the network's map. */
  const reportAndNetwork: Journey = {
    name: 'shows a workshop’s report in bars and a map, its attendance rate, and the network on a map',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const names = await namesIn(way.language);
      const workshop = await givenWorkshop(db, { title: `Trafficking indicators for border police (${tag})`, capacity: 10 });
      const peru = await givenOrganization(db, { name: `Grupo Perú (${tag})`, country: 'PE', region: 'AMERICAS' });
      // Attendance recorded for all three: two came, one did not.
      for (const [organizationId, attended] of [
        [env.network.group._id, true],
        [env.network.group._id, false],
        [peru._id, true],
      ] as const) {
        const registration = await givenRegistration(db, { workshopId: workshop._id, organizationId });
        await db.models.Registration.updateOne({ _id: registration._id }, { $set: { attended } });
      }

      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      await page.getByRole('link', { name: t('workshopReport') }).click();
      await page.getByRole('heading', { name: t('reportOf', { title: workshop.title }) }).waitFor();
      const byStatus = page.getByRole('figure', { name: t('reportByStatus') });
      await byStatus
        .getByRole('listitem')
        .filter({ hasText: t('CONFIRMED') })
        .filter({ hasText: '3' })
        .waitFor();
      expect(await page.getByTestId('attendance-rate').textContent()).toBe(t('reportAttendanceRate', { rate: 67 }));

      // Bars by region: Africa's two confirmed (one came) twice as long as the Americas' one.
      const byRegion = page.getByRole('figure', { name: t('reportByRegion') });
      const africa = byRegion.getByRole('listitem').filter({ hasText: names.region('AFRICA') });
      const americas = byRegion.getByRole('listitem').filter({ hasText: names.region('AMERICAS') });
      expect(await africa.locator('.bar-value').textContent()).toBe(`2 · ${t('reportAttendedNOne', { n: 1 })}`);
      expect(await americas.locator('.bar-value').textContent()).toBe(`1 · ${t('reportAttendedNOne', { n: 1 })}`);
      const africaBar = (await africa.locator('.bar-fill').boundingBox())!;
      const americasBar = (await americas.locator('.bar-fill').boundingBox())!;
      expect(africaBar.width / americasBar.width).toBeCloseTo(2, 1);
      expect(africaBar.x + africaBar.width).toBeLessThanOrEqual(page.viewportSize()!.width);

      // Kenya (404) and Peru (604) shaded on the map, named in the reader's language.
      const map = page.locator('.world-map svg[role=img]');
      await map.waitFor();
      expect(await map.getAttribute('aria-label')).toBe(t('reportCountries', { n: 2 }));
      const shaded = await Promise.all((await map.locator('path[data-country]').all()).map((country) => country.getAttribute('data-country')));
      expect(shaded.sort()).toEqual(['404', '604']);
      expect(await map.locator('path[data-country="404"] title').textContent()).toBe(
        t('countryFigure', { country: names.country('KE'), figure: t('reportConfirmedN', { n: 2 }) }),
      );
      expect((await map.boundingBox())!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
      await page.getByRole('table').getByRole('cell', { name: peru.name }).waitFor();
      await expectGoodPage(visit, 'workshop-report');

      // The network: every organisation's country shaded, counted in the caption.
      await page
        .getByRole('navigation', { name: t('secTitle') })
        .getByRole('link', { name: t('secOrganisations') })
        .click();
      await page.getByRole('heading', { name: t('secOrganisations') }).waitFor();
      const network = page.locator('.world-map svg[role=img]');
      await network.waitFor();
      const organisations = await db.models.Organization.find({}).lean();
      const countries = new Set(organisations.map((o) => o.country));
      expect(await network.getAttribute('aria-label')).toBe(t('networkMap', { organisations: organisations.length, countries: countries.size }));
      expect(await network.locator('path[data-country]').count()).toBe(countries.size);
      expect(await network.locator('path[data-country="604"] title').textContent()).toMatch(
        startsWith(t('countryFigure', { country: names.country('PE'), figure: '' })),
      );
      await expectGoodPage(visit, 'network-map');
    },
  };

  /** 4. The editor: create, publish, move (asked first), cancel (asked first); a series by the repeat builder; its sessions. */
  const workshopEditor: Journey = {
    name: 'creates, publishes, moves and cancels a workshop, asking first, and makes a series with its sessions',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const names = await namesIn(way.language);
      const title = `Digital evidence for prosecutors (${tag})`;

      await page.goto(`${env.app.url}/#/secretariat/workshops`);
      await page.getByRole('heading', { name: t('secWorkshops') }).waitFor();
      await page.getByRole('link', { name: t('newWorkshop') }).click();
      const form = page.getByRole('form', { name: t('newWorkshop') });
      await form.getByLabel(t('title'), { exact: true }).fill(title);
      await form.getByLabel(t('summary'), { exact: true }).fill('Two days on collecting and presenting digital evidence.');
      await form.getByLabel(startsWith(t('format'))).selectOption('ONLINE');
      await form.getByLabel(t('onlineUrl'), { exact: true }).fill('https://meet.example.org/digital-evidence');
      await form.getByLabel(t('timeZone'), { exact: true }).fill('Africa/Nairobi');
      await form.getByLabel(t('startsAt'), { exact: true }).fill('2026-06-10T09:00');
      await form.getByLabel(t('endsAt'), { exact: true }).fill('2026-06-10T17:00');
      await form.getByLabel(t('capacity'), { exact: true }).fill('30');
      await form
        .getByRole('group', { name: t('eligibility') })
        .getByLabel(names.region('AFRICA'), { exact: true })
        .check();
      await form.getByRole('button', { name: t('save'), exact: true }).click();
      await page
        .getByTestId('workshop-status')
        .filter({ hasText: t('DRAFT') })
        .waitFor();
      await page.getByRole('button', { name: t('publish'), exact: true }).click();
      await page
        .getByTestId('workshop-status')
        .filter({ hasText: t('PUBLISHED') })
        .waitFor();
      const created = await db.models.Workshop.findOne({ title }).lean();
      expect(created).toMatchObject({ status: 'PUBLISHED', format: 'ONLINE', timeZone: 'Africa/Nairobi', capacity: 30 });
      expect(created?.startsAt.toISOString()).toBe('2026-06-10T06:00:00.000Z');
      expect(created?.eligibility?.regions).toEqual(['AFRICA']);
      await expectGoodPage(visit, 'secretariat-workshop');

      // Three people of two groups registered: a new time is emailed to them, and the planner is told so first.
      const peru = await givenOrganization(db, { name: `Grupo Perú editor (${tag})`, country: 'PE', region: 'AMERICAS' });
      const registered = [
        await givenRegistration(db, { workshopId: created!._id, organizationId: env.network.group._id }),
        await givenRegistration(db, { workshopId: created!._id, organizationId: env.network.group._id }),
        await givenRegistration(db, { workshopId: created!._id, organizationId: peru._id }),
      ].map((r) => r.participant?.email);
      const emailed = (kind: 'WORKSHOP_CHANGED' | 'WORKSHOP_CANCELLED') =>
        waitFor(async () => {
          const messages = await storedMessages(db, { kind, workshopId: created!._id });
          const to = new Set(messages.map((m) => m.recipient.email));
          return registered.every((email) => email && to.has(email)) ? messages : null;
        }, `${kind} for everyone registered`);
      const editing = page.getByRole('form', { name: t('editWorkshop') });
      await editing.getByLabel(t('startsAt'), { exact: true }).fill('2026-06-11T09:00');
      await editing.getByLabel(t('endsAt'), { exact: true }).fill('2026-06-11T17:00');
      await editing.getByRole('button', { name: t('save'), exact: true }).click();
      const moving = page.getByRole('dialog', { name: t('rescheduleQuestion', { people: 3 }) });
      await moving.getByText(t('rescheduleImpact', { people: 3, groups: 2 })).waitFor();
      expect(await moving.getByRole('listitem').allTextContents()).toEqual([t('changedStart'), t('changedEnd')]);
      await expectOnScreen(page, moving.getByRole('button', { name: t('rescheduleConfirm') }));
      await screenshot(page, shotOf(way, 'reschedule-dialog'));
      expect(await accessibilityViolations(page)).toEqual([]);
      await moving.getByRole('button', { name: t('keep') }).click();
      await moving.waitFor({ state: 'hidden' });
      expect((await db.models.Workshop.findById(created!._id).lean())?.startsAt.toISOString()).toBe('2026-06-10T06:00:00.000Z');
      await editing.getByRole('button', { name: t('save'), exact: true }).click();
      await moving.getByRole('button', { name: t('rescheduleConfirm') }).click();
      await page
        .getByRole('status')
        .filter({ hasText: t('saved') })
        .waitFor();
      expect((await db.models.Workshop.findById(created!._id).lean())?.startsAt.toISOString()).toBe('2026-06-11T06:00:00.000Z');
      await emailed('WORKSHOP_CHANGED');

      // Cancelling: nothing happens before the planner has read who is told, and what.
      const cancel = page.getByRole('form', { name: t('cancelWorkshop') });
      await cancel.getByLabel(t('reason'), { exact: true }).fill('The trainers cannot travel.');
      await cancel.getByRole('button', { name: t('cancelWorkshop') }).click();
      const question = page.getByRole('dialog', { name: t('cancelQuestion', { title }) });
      await question.getByText(t('cancelImpact', { people: 3, groups: 2 })).waitFor();
      await question.getByText('The trainers cannot travel.').waitFor();
      await expectOnScreen(page, question.getByRole('button', { name: t('cancelConfirm') }));
      await screenshot(page, shotOf(way, 'cancel-dialog'));
      expect(await accessibilityViolations(page)).toEqual([]);
      await question.getByRole('button', { name: t('keep') }).click();
      await question.waitFor({ state: 'hidden' });
      expect((await db.models.Workshop.findById(created!._id).lean())?.status).toBe('PUBLISHED');
      await cancel.getByRole('button', { name: t('cancelWorkshop') }).click();
      await question.getByRole('button', { name: t('cancelConfirm') }).click();
      await page
        .getByTestId('workshop-status')
        .filter({ hasText: t('CANCELLED') })
        .waitFor();
      expect(await db.models.Workshop.findById(created!._id).lean()).toMatchObject({ status: 'CANCELLED', cancellationReason: 'The trainers cannot travel.' });
      await emailed('WORKSHOP_CANCELLED');

      // A series by the repeat builder: first "the second Tuesday of each month", then "every two weeks", 6 times.
      const seriesTitle = `Helpline case clinic (${tag})`;
      await page
        .getByRole('navigation', { name: t('secTitle') })
        .getByRole('link', { name: t('secWorkshops'), exact: true })
        .click();
      await page.getByRole('link', { name: t('newWorkshop') }).click();
      const series = page.getByRole('form', { name: t('newWorkshop') });
      await series.getByLabel(t('title'), { exact: true }).fill(seriesTitle);
      await series.getByLabel(t('venueName'), { exact: true }).fill('Kenya School of Government');
      await series.getByLabel(t('city'), { exact: true }).fill('Nairobi');
      // Kenya has one zone: the form takes it.
      await series.getByLabel(startsWith(t('country'))).selectOption('KE');
      await waitFor(async () => (await series.getByLabel(t('timeZone'), { exact: true }).inputValue()) === 'Africa/Nairobi', 'the zone of Kenya');
      // 9 February 2027 is the second Tuesday of its month.
      await series.getByLabel(t('startsAt'), { exact: true }).fill('2027-02-09T09:00');
      await series.getByLabel(t('endsAt'), { exact: true }).fill('2027-02-09T17:00');
      const repeat = series.getByRole('group', { name: t('repeat') });
      const tuesday = weekdayName(way.language, 'TU');
      const summary = repeat.getByTestId('repeat-summary');
      await repeat.getByLabel(startsWith(t('repeatHowOften'))).selectOption({ label: t('repeatMonthlyWeekday') });
      expect(await repeat.getByLabel(startsWith(t('repeatOrdinal'))).inputValue()).toBe('2');
      expect(await repeat.getByLabel(startsWith(t('repeatWeekday'))).inputValue()).toBe('TU');
      expect(await repeat.getByRole('spinbutton', { name: t('repeatCount') }).inputValue()).toBe('6');
      const monthly = t('repeatSentence', {
        rule: t('repeatSentenceMonthWeekday', { ordinal: t('repeatOrdinal2'), weekday: tuesday }),
        ending: t('repeatSentenceTimes', { n: 6 }),
      });
      await summary.getByText(monthly, { exact: true }).waitFor();
      await repeat.getByText(t('repeatAdvanced'), { exact: true }).click();
      const rrule = repeat.getByLabel(t('repeatRrule'), { exact: true });
      expect(await rrule.inputValue()).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=6');
      await repeat.getByLabel(startsWith(t('repeatHowOften'))).selectOption({ label: t('repeatEveryNWeeks') });
      expect(await repeat.getByRole('spinbutton', { name: t('repeatWeeks') }).inputValue()).toBe('2');
      const fortnightly = t('repeatSentence', { rule: t('repeatSentenceWeeks', { n: 2, weekday: tuesday }), ending: t('repeatSentenceTimes', { n: 6 }) });
      await summary.getByText(fortnightly, { exact: true }).waitFor();
      const days = ['2027-02-09', '2027-02-23', '2027-03-09', '2027-03-23', '2027-04-06'];
      expect(
        await summary
          .getByRole('list', { name: t('repeatFirstDates') })
          .getByRole('listitem')
          .allTextContents(),
      ).toEqual(days.map((day) => formatLocal(way.language, `${day}T09:00`)));
      await summary.getByText(t('repeatTotal', { n: 6 }), { exact: true }).waitFor();
      expect(await rrule.inputValue()).toBe('FREQ=WEEKLY;INTERVAL=2;COUNT=6');
      await expectGoodPage(visit, 'workshop-editor-repeat');
      await series.getByRole('button', { name: t('save'), exact: true }).click();
      await page
        .getByTestId('workshop-status')
        .filter({ hasText: t('DRAFT') })
        .waitFor();
      const made = await db.models.Workshop.find({ title: seriesTitle }).sort({ startsAt: 1 }).lean();
      // 09:00 in Nairobi (UTC+3), every other Tuesday.
      expect(made.map((w) => w.startsAt.toISOString())).toEqual([...days, '2027-04-20'].map((day) => `${day}T06:00:00.000Z`));
      expect(new Set(made.map((w) => String(w.seriesId))).size).toBe(1);
      expect(made.every((w) => w.status === 'DRAFT' && w.timeZone === 'Africa/Nairobi')).toBe(true);
      const first = made[0]!;
      expect(new URL(page.url()).hash).toBe(`#/secretariat/workshops/${String(first._id)}`);

      // Its first workshop's sessions, in the venue's local time.
      const sessions = page.getByRole('region', { name: t('sessionsTitle') });
      await sessions.getByText(t('sessionsNone')).waitFor();
      const adding = sessions.getByRole('form', { name: t('sessionNew') });
      const addSession = async (name: string, start: string, finish: string, facilitator: string) => {
        await adding.getByLabel(t('sessionTitle'), { exact: true }).fill(name);
        await adding.getByLabel(t('sessionStart'), { exact: true }).fill(start);
        await adding.getByLabel(t('sessionFinish'), { exact: true }).fill(finish);
        await adding.getByLabel(t('sessionFacilitator'), { exact: true }).fill(facilitator);
        await adding.getByLabel(t('sessionLocation'), { exact: true }).fill('Room 4B');
        await adding.getByRole('button', { name: t('sessionAdd') }).click();
      };
      await addSession('Opening circle', '2027-02-09T09:00', '2027-02-09T10:30', 'Amina Njoroge');
      await sessions
        .getByRole('status')
        .filter({ hasText: t('sessionsSaved') })
        .waitFor();
      await sessions.getByRole('heading', { name: 'Opening circle' }).waitFor();
      await addSession('Case clinic', '2027-02-09T11:00', '2027-02-09T12:30', 'Brian Otieno');
      await sessions.getByRole('heading', { name: 'Case clinic' }).waitFor();
      await sessions
        .getByTestId('session')
        .filter({ hasText: 'Case clinic' })
        .getByText(t('sessionLed', { name: 'Brian Otieno' }))
        .waitFor();
      // Outside the workshop's day: refused, said in the reader's words on the session it concerns.
      await addSession('The next morning', '2027-02-10T09:00', '2027-02-10T10:00', 'Chloé Wanjiru');
      await adding.getByRole('alert').getByText(t('errorInput')).waitFor();
      await sessions.getByRole('button', { name: t('sessionEdit', { title: 'Case clinic' }) }).click();
      const changing = sessions.getByRole('form', { name: t('sessionEditing', { title: 'Case clinic' }) });
      await changing.getByLabel(t('sessionTitle'), { exact: true }).fill('Case clinic: hard calls');
      await changing.getByLabel(t('sessionFinish'), { exact: true }).fill('2027-02-09T13:00');
      await changing.getByRole('button', { name: t('sessionUpdate') }).click();
      await sessions.getByRole('heading', { name: 'Case clinic: hard calls' }).waitFor();
      await sessions.getByRole('button', { name: t('sessionRemove', { title: 'Opening circle' }) }).click();
      await sessions.getByRole('heading', { name: 'Opening circle' }).waitFor({ state: 'detached' });
      const stored = await db.models.Workshop.findById(first._id).lean();
      expect(stored?.sessions.map((s) => [s.title, s.startsAt.toISOString(), s.endsAt.toISOString(), s.facilitator])).toEqual([
        // 11:00 and 13:00 in Nairobi.
        ['Case clinic: hard calls', '2027-02-09T08:00:00.000Z', '2027-02-09T10:00:00.000Z', 'Brian Otieno'],
      ]);
      await expectGoodPage(visit, 'workshop-editor-sessions');
    },
  };

  /** Words the registrations desk's organisations are named by, one per walk, so each walk's search finds its own. */
  const DESK_WORDS: Record<string, { network: string; typed: string; foundation: string; typedFoundation: string }> = {
    'fr-phone': { network: 'Rede Proteção', typed: 'rede protecao', foundation: 'Fundación Infancia Segura', typedFoundation: 'fundacion' },
    'en-desktop': { network: 'Rede Criança Feliz', typed: 'rede crianca', foundation: 'Fundación Niñez Protegida', typedFoundation: 'ninez' },
    'fr-desktop': { network: 'Rede Família Unida', typed: 'rede familia', foundation: 'Fundación Jóvenes Libres', typedFoundation: 'jovenes' },
    'en-phone': { network: 'Rede Infância Viva', typed: 'rede infancia', foundation: 'Fundación Niños Seguros', typedFoundation: 'ninos' },
  };

  /** 5. The desk: attendance for many at once with Undo, a cancellation asked first, an organisation found by typing. */
  const registrationsDesk: Journey = {
    name: 'marks attendance for several at once with Undo, cancels a registration asking first, and registers an organisation found by typing',
    async walk(visit) {
      const { way, t, page } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const words = DESK_WORDS[tag]!;
      // Started an hour before the app's clock (2026-03-01 09:00 UTC): attendance may be recorded, registration is open.
      const workshop = await givenWorkshop(db, {
        title: `Case management in practice (${tag})`,
        startsAt: new Date('2026-03-01T08:00:00Z'),
        registrationClosesAt: new Date('2026-03-01T09:30:00Z'),
      });
      const people = ['Amina Njoroge', 'Brian Otieno', 'Chloé Wanjiru'];
      await registerThrough(
        String(workshop._id),
        String(env.network.group._id),
        people.map((name) => ({ name, email: emailOf(name, tag) })),
      );
      const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
      for (let i = 0; i < 15; i++) await givenOrganization(db, { name: `${words.network} ${letters(i)}`, country: 'BR', region: 'AMERICAS' });
      const foundation = await givenOrganization(db, { name: words.foundation, country: 'CO', region: 'AMERICAS' });
      const attended = async () =>
        Object.fromEntries((await db.models.Registration.find({ workshopId: workshop._id }).lean()).map((r) => [r.participant?.name, r.attended ?? null]));
      const statusOf = async (name: string) => (await db.models.Registration.findOne({ workshopId: workshop._id, 'participant.name': name }).lean())?.status;

      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      await page.getByRole('checkbox', { name: t('selectPerson', { name: 'Amina Njoroge' }) }).check();
      await page.getByRole('checkbox', { name: t('selectPerson', { name: 'Brian Otieno' }) }).check();
      const markPresent = page.getByRole('button', { name: t('markPresent', { n: 2 }) });
      await expectOnScreen(page, markPresent);
      await markPresent.click();
      await page
        .getByRole('status')
        .filter({ hasText: t('markedPresent', { n: 2 }) })
        .waitFor();
      expect(await attended()).toEqual({ 'Amina Njoroge': true, 'Brian Otieno': true, 'Chloé Wanjiru': null });
      await page
        .getByRole('checkbox', { name: t('attendedOf', { name: 'Amina Njoroge' }) })
        .and(page.locator(':checked'))
        .waitFor();
      await expectGoodPage(visit, 'attendance');
      // Undo puts them back as they were: not recorded, not "did not attend".
      const undo = page.getByRole('status').getByRole('button', { name: t('undo'), exact: true });
      await expectOnScreen(page, undo);
      await undo.click();
      await page
        .getByRole('status')
        .filter({ hasText: t('marksUndone', { n: 2 }) })
        .waitFor();
      expect(await attended()).toEqual({ 'Amina Njoroge': null, 'Brian Otieno': null, 'Chloé Wanjiru': null });

      await page.getByRole('checkbox', { name: t('selectAllConfirmed', { n: 3 }) }).check();
      await page.getByRole('button', { name: t('markAbsent', { n: 3 }) }).click();
      await page
        .getByRole('status')
        .filter({ hasText: t('markedAbsent', { n: 3 }) })
        .waitFor();
      expect(await attended()).toEqual({ 'Amina Njoroge': false, 'Brian Otieno': false, 'Chloé Wanjiru': false });

      // A cancellation asks first, saying what it does; going back changes nothing.
      const cancelChloe = page.getByRole('button', { name: t('cancelRegistrationOf', { name: 'Chloé Wanjiru' }), exact: true });
      await expectOnScreen(page, cancelChloe);
      await cancelChloe.click();
      const dialog = page.getByRole('dialog', { name: t('cancelRegistrationQuestion', { name: 'Chloé Wanjiru' }) });
      await dialog.getByText(t('cancelRegistrationImpact')).waitFor();
      await expectOnScreen(page, dialog.getByRole('button', { name: t('cancelRegistrationConfirm') }));
      await screenshot(page, shotOf(way, 'cancel-registration-dialog'));
      await dialog.getByRole('button', { name: t('keep') }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await statusOf('Chloé Wanjiru')).toBe('CONFIRMED');
      await cancelChloe.click();
      await dialog.getByRole('button', { name: t('cancelRegistrationConfirm') }).click();
      await page
        .getByRole('status')
        .filter({ hasText: t('registrationCancelled', { name: 'Chloé Wanjiru' }) })
        .waitFor();
      expect(await statusOf('Chloé Wanjiru')).toBe('CANCELLED');

      // The organisation picker: by a few letters, accents and case aside; more than ten found say so.
      const picker = page.getByRole('combobox', { name: t('registerForOrganisation') });
      await picker.fill(words.typed);
      const list = page.getByRole('listbox', { name: t('registerForOrganisation') });
      await list.getByRole('option', { name: startsWith(`${words.network} aa`) }).waitFor();
      await page.getByText(t('organisationsMore', { n: 5 }), { exact: true }).waitFor();
      await picker.fill(`${words.typed} ao`);
      await list.getByRole('option', { name: startsWith(`${words.network} ao`) }).waitFor();
      await picker.fill(words.typedFoundation);
      const option = list.getByRole('option', { name: startsWith(words.foundation) });
      await option.waitFor();
      if (way.phone) {
        // A finger picks it.
        await expectOnScreen(page, option);
        await option.tap();
      } else {
        // The keyboard picks it.
        await picker.press('ArrowDown');
        await picker.press('Enter');
      }
      await page.getByText(t('organisationPicked', { name: words.foundation }), { exact: true }).waitFor();
      await expectNoSidewaysScroll(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      const person = page.getByRole('group', { name: t('person', { n: 1 }) });
      await person.getByLabel(t('name'), { exact: true }).fill('Lucía Gómez');
      await person.getByLabel(t('email'), { exact: true }).fill(emailOf('Lucía Gómez', tag));
      await page.getByRole('button', { name: t('registerSubmit'), exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: t('outcomeConfirmed', { name: 'Lucía Gómez' }) })
        .waitFor();
      const lucia = await db.models.Registration.findOne({ workshopId: workshop._id, 'participant.name': 'Lucía Gómez' }).lean();
      expect(lucia).toMatchObject({ status: 'CONFIRMED', organizationId: foundation._id });
      await page.getByRole('row').filter({ hasText: 'Lucía Gómez' }).filter({ hasText: foundation.name }).waitFor();
      await expectGoodPage(visit, 'registrations-desk');
    },
  };

  /** 6. Sharing a resource: the upload's progress, stopped once, and the file sent again to the same resource. */
  const shareResource: Journey = {
    name: 'shares a resource, showing the upload going, stopped, and sent again to the same resource',
    async walk(visit) {
      const { way, t, page, context } = visit;
      const db = env.db.current;
      const tag = tagOf(way);
      const title = `Helpline toolkit (${tag})`;
      const topic = (await namesIn(way.language)).topics[0]!;
      const bytes = pdfBytes(600_000);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'share-'));
      try {
        const file = path.join(dir, 'helpline-toolkit.pdf');
        fs.writeFileSync(file, bytes);
        await page.goto(`${env.app.url}/#/resources`);
        await page.getByRole('heading', { name: t('resourcesTitle') }).waitFor();
        await page.getByText(t('shareResource'), { exact: true }).click();
        const form = page.getByRole('form', { name: t('shareResource') });
        await form.getByLabel(t('title'), { exact: true }).fill(title);
        await form.getByRole('radio', { name: startsWith(t('NETWORK')) }).check();
        await form.getByRole('checkbox', { name: topic.name, exact: true }).check();
        await form.getByLabel(startsWith(t('resourceFile'))).setInputFiles(file);
        await expectGoodPage(visit, 'share-resource');

        // A slow link (about 100 kB/s up): the bar moves, and the upload can be stopped.
        const cdp = await context.newCDPSession(page);
        try {
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 100_000, uploadThroughput: 100_000 });
          await form.getByRole('button', { name: t('shareSubmit'), exact: true }).click();
          await form.getByRole('progressbar').waitFor();
          await form.getByText(shaped(t, 'uploading', { percent: '\\d+', sent: '.+', total: '.+' })).waitFor();
          await screenshot(page, shotOf(way, 'share-upload'));
          const stop = form.getByRole('button', { name: t('uploadStop') });
          await expectOnScreen(page, stop);
          await stop.click();
          await page
            .getByRole('status')
            .filter({ hasText: t('uploadStopped') })
            .waitFor();
          const saved = await db.models.Resource.findOne({ title }).lean();
          expect(saved).toMatchObject({ visibility: 'NETWORK', topics: [topic.code] });
          expect(await db.models.ResourceVersion.countDocuments({ resourceId: saved!._id })).toBe(0);

          // Sent again at full speed: to the same resource, not a second one.
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
          await form.getByRole('button', { name: t('uploadRetry') }).click();
          await page
            .getByRole('status')
            .filter({ hasText: t('resourceShared', { title }) })
            .waitFor();
          expect(await db.models.Resource.countDocuments({ title })).toBe(1);
          const version = await db.models.ResourceVersion.findOne({ resourceId: saved!._id }).lean();
          expect(version?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        } finally {
          await cdp.detach();
        }
        // The list shows it at once, and its download is the file sent.
        const named = t('downloadNamed', { title, language: '', size: '' }).split(' (')[0]!;
        const href = await page.getByRole('link', { name: startsWith(named) }).getAttribute('href');
        const download = await page.request.get(new URL(href!, env.app.url).toString());
        expect(download.status()).toBe(200);
        expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
        await expectNoSidewaysScroll(page);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };

  /**
   * The journeys, walked in order by one signed-in Secretariat admin in one browser context. On a
   * phone "Sign out" sits behind the menu: signed in once the Secretariat's overview shows.
   */
  const signIn = (visit: Visit) => signInThroughPage(visit, env.app.url, env.network.people.admin.email, TEST_PASSWORD, 'secHome');

  walk(browser, { language: 'fr', phone: true }, [secretariatHome, approveEveryone, reportAndNetwork, workshopEditor, registrationsDesk, shareResource], {
    signIn,
  });
  // Elsewhere the desk's attendance and cancellation are walked only on a phone in English.
  walk(browser, { language: 'en', phone: false }, [registrationsDesk], { signIn });
});
