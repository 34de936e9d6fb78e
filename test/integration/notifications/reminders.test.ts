import { fireDuePlans } from '../../../src/modules/notifications/planning.service';
import { givenOrganization, givenUser, signInAs } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { deliverAll, queued, storedMessages, useMailApp } from '../../helpers/notifications';
import { rawHeader } from '../../helpers/smtp';
import { waitFor } from '../../helpers/wait';

const CREATE = operation(`mutation RemindersCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id reminderHoursBefore } } }`);
const PUBLISH = operation(`mutation RemindersPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status } } }`);
const UPDATE = operation(`mutation RemindersUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }`);
const REGISTER = operation(`mutation RemindersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);
const PREFERENCES = operation(
  `mutation RemindersPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { reminders digests } } }`,
);

describe('planned reminders', () => {
  const env = useMailApp();
  afterEach(() => env.app.clock.set('2026-03-01T09:00:00Z'));

  const plansOf = async (workshopId: string) =>
    (await env.db.current.models.NotificationPlan.find({ workshopId }).sort({ _id: 1 }).lean()).map((p) => ({
      id: p._id.split(':')[0] + (p.hours ? `:${p.hours}` : ''),
      dueAt: p.dueAt.toISOString(),
      fired: Boolean(p.firedAt),
    }));

  // Plans follow the workshop's events, handled after the response: wait for them to settle.
  const plansBecome = async (id: string, expected: unknown[], select = (plans: Awaited<ReturnType<typeof plansOf>>) => plans) => {
    await waitFor(async () => JSON.stringify(select(await plansOf(id))) === JSON.stringify(expected), 'the planned messages').catch(() => undefined);
    expect(select(await plansOf(id))).toEqual(expected);
  };

  async function publishedWorkshop(input: Record<string, unknown> = {}) {
    const created = await graphql(
      env.app.url,
      CREATE,
      {
        input: {
          kind: 'WORKSHOP',
          title: 'Reminders workshop',
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/reminders',
          timeZone: 'Africa/Nairobi',
          startsAt: '2026-03-20T12:00:00+03:00',
          endsAt: '2026-03-20T16:00:00+03:00',
          registrationClosesAt: '2026-03-18T12:00:00+03:00',
          capacity: 10,
          ...input,
        },
      },
      { token: env.network.tokens.staff },
    );
    const id = created.data!.createWorkshop.workshop.id;
    await graphql(env.app.url, PUBLISH, { id }, { token: env.network.tokens.staff });
    return { id, reminderHoursBefore: created.data!.createWorkshop.workshop.reminderHoursBefore };
  }

  // Sessions last 7 days of the test clock: sign in again once it has moved.
  const tokenOf = (who: 'coordinator' | 'staff') => signInAs(env.app.url, env.network.people[who].email);
  const register = async (workshopId: string, email: string) =>
    graphql(env.app.url, REGISTER, { input: { workshopId, participants: [{ name: email.split('@')[0], email }] } }, { token: await tokenOf('coordinator') });

  it('reminds 7 days and 24 hours before, only people registered by then; a reschedule moves them; a cancel removes them', async () => {
    const { id, reminderHoursBefore } = await publishedWorkshop();
    expect(reminderHoursBefore).toEqual([168, 24]);
    await plansBecome(id, [
      { id: 'DEADLINE:48', dueAt: '2026-03-16T09:00:00.000Z', fired: false },
      { id: 'FOLLOW_UP', dueAt: '2026-03-21T13:00:00.000Z', fired: false },
      { id: 'REMINDER:168', dueAt: '2026-03-13T09:00:00.000Z', fired: false },
      { id: 'REMINDER:24', dueAt: '2026-03-19T09:00:00.000Z', fired: false },
    ]);
    const early = (await register(id, 'early@example.org')).data!.register.registrations[0]!.id;

    // Just before the 7-day point nothing is due; at it, the early registrant is reminded.
    env.app.clock.set('2026-03-13T08:59:59Z');
    expect((await fireDuePlans(env.app.deps)).queued).toBe(0);
    env.app.clock.set('2026-03-13T09:00:00Z');
    expect(await fireDuePlans(env.app.deps)).toEqual({ plans: 1, queued: 1 });
    env.sink.messages.length = 0;
    await deliverAll(env.app.deps);
    expect(env.sink.messages.filter((m) => m.subject?.startsWith('Reminder')).map((m) => m.subject)).toEqual(['Reminder: Reminders workshop starts in 7 days']);
    const reminder = env.sink.messages.find((m) => m.subject?.startsWith('Reminder'))!;
    expect(reminder.text).toContain('Joining link: https://meet.example.org/reminders');
    expect(rawHeader(reminder, 'list-unsubscribe')).toMatch(/^<http:\/\/localhost:\d+\/notifications\/unsubscribe\?r=[0-9a-f]+&c=reminders&s=/);
    expect(rawHeader(reminder, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    // Someone registered after the 7-day point gets no late "7 days" reminder, but the 24-hour one.
    env.app.clock.set('2026-03-14T10:00:00Z');
    const late = (await register(id, 'late@example.org')).data!.register.registrations[0]!.id;

    // Moved two days later: the reminders follow; attendees hear of the change.
    const staff = await tokenOf('staff');
    const moved = await graphql(
      env.app.url,
      UPDATE,
      { input: { id, startsAt: '2026-03-22T12:00:00+03:00', endsAt: '2026-03-22T16:00:00+03:00' } },
      { token: staff },
    );
    expect(moved.errors).toBeUndefined();
    const changes = await queued(env.app.deps, { workshopId: id, kind: 'WORKSHOP_CHANGED' }, 2);
    expect(changes.map((n) => String(n.registrationId)).sort()).toEqual([early, late].sort());
    await plansBecome(id, [
      { id: 'DEADLINE:48', dueAt: '2026-03-16T09:00:00.000Z', fired: false },
      { id: 'FOLLOW_UP', dueAt: '2026-03-23T13:00:00.000Z', fired: false },
      { id: 'REMINDER:168', dueAt: '2026-03-15T09:00:00.000Z', fired: false },
      { id: 'REMINDER:24', dueAt: '2026-03-21T09:00:00.000Z', fired: false },
    ]);
    env.app.clock.set('2026-03-19T09:00:00Z'); // the old 24-hour point: the 7-day reminder (moved) and no 24-hour one yet
    await fireDuePlans(env.app.deps);
    const reminders = await storedMessages(env.db.current, { workshopId: id, kind: 'WORKSHOP_REMINDER' });
    // The moved 7-day reminder was planned after `late` registered, but it is due before the new start: both get it.
    expect(reminders.map((n) => n._id.split(':')[0]).sort()).toEqual(['WORKSHOP_REMINDER-168h', 'WORKSHOP_REMINDER-168h', 'WORKSHOP_REMINDER-168h']);
    expect(reminders.filter((n) => String(n.registrationId) === late)).toHaveLength(1);

    // Cancelled: remaining plans go, and nothing is reminded afterwards.
    await graphql(
      env.app.url,
      operation(`mutation RemindersCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: "Postponed" }) { workshop { status } } }`),
      { id },
      { token: staff },
    );
    await queued(env.app.deps, { workshopId: id, kind: 'WORKSHOP_CANCELLED' }, 2);
    await plansBecome(id, [], (plans) => plans.filter((p) => !p.fired));
    env.app.clock.set('2026-03-21T09:00:00Z');
    expect((await fireDuePlans(env.app.deps)).queued).toBe(0);
    env.sink.messages.length = 0;
    await deliverAll(env.app.deps);
    expect(env.sink.messages.every((m) => !m.subject?.startsWith('Reminder'))).toBe(true);
    expect(env.sink.messages.filter((m) => m.subject?.startsWith('Cancelled'))).toHaveLength(2);
  });

  it('reminds coordinators of eligible groups without registrations before registration closes', async () => {
    const quiet = await givenOrganization(env.db.current, { name: 'Quiet group', country: 'PE' });
    const quietCoordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: quiet._id });
    const { id } = await publishedWorkshop({ title: 'Deadline workshop' });
    await register(id, 'kenya@example.org'); // the network's group has someone registered
    env.app.clock.set('2026-03-16T09:00:00Z');
    await fireDuePlans(env.app.deps);
    const deadline = await storedMessages(env.db.current, { workshopId: id, kind: 'REGISTRATION_DEADLINE' });
    expect(deadline.map((n) => n.recipient!.email)).toEqual([quietCoordinator.email]);
    expect(deadline[0]!.data).toEqual({ organizationName: 'Quiet group' });
    env.sink.messages.length = 0;
    await deliverAll(env.app.deps);
    const mail = env.sink.messages.find((m) => m.subject === 'Registration closes soon: Deadline workshop')!;
    expect(mail.text).toContain('no one from Quiet group is registered yet');
  });

  it('sends no optional message to someone who turned them off, by preference or by the unsubscribe link', async () => {
    const member = env.network.people.member;
    const token = await signInAs(env.app.url, member.email);
    const off = await graphql(env.app.url, PREFERENCES, { input: { reminders: false } }, { token });
    expect(off.data).toEqual({ updateNotificationPreferences: { preferences: { reminders: false, digests: true } } });
    const { id } = await publishedWorkshop({ title: 'Quiet reminders' });
    await graphql(
      env.app.url,
      REGISTER,
      { input: { workshopId: id, participants: [{ userId: String(member._id) }, { name: 'Other', email: 'other@example.org' }] } },
      { token: env.network.tokens.coordinator },
    );
    env.app.clock.set('2026-03-13T09:00:00Z');
    await fireDuePlans(env.app.deps);
    const reminders = await storedMessages(env.db.current, { workshopId: id, kind: 'WORKSHOP_REMINDER' });
    expect(reminders.map((n) => n.recipient!.email)).toEqual(['other@example.org']);

    // The other person unsubscribes through the link in the email: GET only asks, POST does it.
    env.sink.messages.length = 0;
    await deliverAll(env.app.deps);
    const link = rawHeader(env.sink.messages.find((m) => m.subject?.startsWith('Reminder'))!, 'list-unsubscribe')!;
    const url = link.slice(1, -1).replace(/^http:\/\/localhost:\d+/, env.app.url);
    expect((await fetch(url)).status).toBe(200);
    expect(await env.db.current.models.NotificationPreference.countDocuments({})).toBe(1);
    const tampered = await fetch(url.replace(/s=[^&]+/, 's=AAAA'), {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(tampered.status).toBe(404);
    const done = await fetch(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('you will no longer receive reminders');
    env.app.clock.set('2026-03-19T09:00:00Z');
    await fireDuePlans(env.app.deps);
    expect(await storedMessages(env.db.current, { workshopId: id, kind: 'WORKSHOP_REMINDER' })).toHaveLength(1);
    // Changes always go, whatever the choices.
    await graphql(env.app.url, UPDATE, { input: { id, onlineUrl: 'https://meet.example.org/new-room' } }, { token: await tokenOf('staff') });
    await queued(env.app.deps, { workshopId: id, kind: 'WORKSHOP_CHANGED' }, 2);
  });
});
