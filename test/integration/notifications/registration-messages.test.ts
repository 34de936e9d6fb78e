import ICAL from 'ical.js';
import { givenOrganization, givenUser, givenWorkshop, signInAs } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { deliverAll, queued, storedMessages, useMailApp } from '../../helpers/notifications';
import { rawHeader } from '../../helpers/smtp';
import { quiesce } from '../../../src/quiesce';

const REGISTER = operation(
  `mutation RegistrationMessagesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }`,
);
const CANCEL = operation(`mutation RegistrationMessagesCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`);
const MY_NOTIFICATIONS = operation(
  `query RegistrationMessagesMyNotifications { notifications(first: 10) { unreadCount edges { node { kind title body readAt workshop { id } } } } }`,
);
const MARK_READ = operation(`mutation RegistrationMessagesMarkRead { markNotificationsRead(input: { all: true }) { marked unreadCount } }`);

describe('messages about a registration', () => {
  const env = useMailApp();
  /** Sends what other tests left queued and forgets it: the sink then holds this test's mail only. */
  const sinkOfThisTest = async () => {
    await deliverAll(env.app.deps);
    env.sink.messages.length = 0;
  };

  it('confirms, waitlists, cancels and promotes: each person once, in their language and time zone', async () => {
    await sinkOfThisTest();
    // 08:00 UTC on the day Paris moves to summer time: 10:00 CEST at the venue.
    const workshop = await givenWorkshop(env.db.current, {
      title: 'Child safeguarding online',
      capacity: 1,
      timeZone: 'Europe/Paris',
      venue: { name: 'Maison des associations', address: null, city: 'Paris', country: 'FR' },
      startsAt: new Date('2026-03-29T08:00:00Z'),
      endsAt: new Date('2026-03-29T15:00:00Z'),
      registrationClosesAt: new Date('2026-03-28T00:00:00Z'),
    });
    const francophone = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id, name: 'Amélie' });
    await env.db.current.models.User.updateOne({ _id: francophone._id }, { $set: { language: 'fr', timeZone: 'America/Mexico_City' } });

    const registered = await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId: String(workshop._id),
          participants: [
            { userId: String(francophone._id) },
            { name: 'Camila Rojas', email: 'camila@example.org', language: 'es', timeZone: 'America/Bogota' },
          ],
        },
      },
      { token: env.network.tokens.coordinator },
    );
    const [confirmed, waitlisted] = registered.data!.register.registrations;
    expect([confirmed!.status, waitlisted!.status]).toEqual(['CONFIRMED', 'WAITLISTED']);

    await queued(env.app.deps, { workshopId: workshop._id }, 2);
    await deliverAll(env.app.deps);
    expect(env.sink.messages).toHaveLength(2);
    const french = env.sink.messages.find((m) => m.subject?.startsWith('Inscription confirmée'))!;
    expect(french.subject).toBe('Inscription confirmée : Child safeguarding online');
    expect(french.to).toMatchObject({ value: [{ address: francophone.email, name: 'Amélie' }] });
    expect(french.headers.get('content-language')).toBe('fr');
    // Mexico City keeps UTC-6 all year: 02:00 there; 10:00 CEST at the Paris venue.
    expect(french.text).toContain('dimanche 29 mars 2026');
    expect(french.text).toMatch(/02:00.*\(America\/Mexico_City\)/);
    expect(french.text).toMatch(/Sur place: .*10:00.*\(Europe\/Paris\)/);
    expect(french.html).toContain('Inscription confirmée');
    // The calendar invitation: the feeds' own event (same UID), on the right instant, read back by ical.js.
    const invitation = french.attachments.find((a) => a.filename === 'workshop.ics')!;
    expect(invitation.contentType).toBe('text/calendar');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(invitation.content.toString('utf8'))).getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`workshop-${String(workshop._id)}@localhost`);
    expect(event.summary).toBe('Child safeguarding online');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-29T08:00:00.000Z');

    expect(rawHeader(french, 'list-unsubscribe')).toBeUndefined(); // not an optional message
    const spanish = env.sink.messages.find((m) => m.subject?.startsWith('En lista de espera'))!;
    expect(spanish.attachments).toHaveLength(0); // no invitation without a seat
    expect(spanish.text).toMatch(/03:00.*\(America\/Bogota\)/);
    expect(spanish.text).toContain('Posición en la lista de espera: 1');
    expect(new Set(env.sink.messages.map((m) => m.messageId)).size).toBe(2);

    // The French member sees it in the app too.
    const memberToken = await signInAs(env.app.url, francophone.email);
    const list = await graphql(env.app.url, MY_NOTIFICATIONS, {}, { token: memberToken });
    expect(list.data!.notifications.unreadCount).toBe(1);
    expect(list.data!.notifications.edges.map((e) => e.node.title)).toEqual(['Inscription confirmée : Child safeguarding online']);
    expect(list.data!.notifications.edges[0]!.node.body).toContain('(America/Mexico_City)');

    // Cancelling frees the seat: the canceller's person hears of it, the next in line is promoted.
    env.sink.messages.length = 0;
    await graphql(env.app.url, CANCEL, { id: confirmed!.id }, { token: env.network.tokens.coordinator });
    await queued(env.app.deps, { workshopId: workshop._id }, 4);
    await deliverAll(env.app.deps);
    expect(env.sink.messages.map((m) => m.subject).sort()).toEqual([
      'Inscription annulée : Child safeguarding online',
      'Tiene una plaza: Child safeguarding online',
    ]);
    // Delivering again sends nothing more.
    await deliverAll(env.app.deps);
    expect(env.sink.messages).toHaveLength(2);

    const marked = await graphql(env.app.url, MARK_READ, {}, { token: memberToken });
    expect(marked.data).toEqual({ markNotificationsRead: { marked: 2, unreadCount: 0 } });
  });

  it('tells everyone registered when the workshop is cancelled, once, and withdraws what was queued', async () => {
    await sinkOfThisTest();
    const workshop = await givenWorkshop(env.db.current, { capacity: 5, createdBy: env.network.people.staff._id });
    const response = await graphql(
      env.app.url,
      REGISTER,
      { input: { workshopId: String(workshop._id), participants: [1, 2].map((n) => ({ name: `P${n}`, email: `cancel-${n}@example.org` })) } },
      { token: env.network.tokens.coordinator },
    );
    expect(response.data!.register.registrations).toHaveLength(2);
    await queued(env.app.deps, { workshopId: workshop._id }, 2);
    env.sink.messages.length = 0;
    const cancelled = await graphql(
      env.app.url,
      operation(
        `mutation RegistrationMessagesCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: "The venue closed" }) { workshop { status } } }`,
      ),
      { id: String(workshop._id) },
      { token: env.network.tokens.staff },
    );
    expect(cancelled.errors).toBeUndefined();
    const cancellations = await queued(env.app.deps, { workshopId: workshop._id, kind: 'WORKSHOP_CANCELLED' }, 2);
    expect(cancellations.every((n) => n.delivery.state === 'QUEUED')).toBe(true);
    // The confirmations never sent are withdrawn: people hear only that the workshop is off.
    await deliverAll(env.app.deps);
    expect(env.sink.messages.map((m) => m.subject)).toEqual([`Cancelled: ${workshop.title}`, `Cancelled: ${workshop.title}`]);
    expect(env.sink.messages[0]!.text).toContain('Reason: The venue closed');
    expect(await storedMessages(env.db.current, { workshopId: workshop._id, kind: 'REGISTRATION_CANCELLED' })).toHaveLength(0);
  });

  it('queues a message once however many processes react to the same event', async () => {
    const other = await givenOrganization(env.db.current, { name: 'Second group', country: 'PE' });
    const workshop = await givenWorkshop(env.db.current, { capacity: 5 });
    const registration = await env.db.current.models.Registration.create({
      workshopId: workshop._id,
      organizationId: other._id,
      status: 'CONFIRMED',
      participant: { name: 'Twice', email: 'twice@example.org' },
      personClaim: 'x',
      registeredBy: env.network.people.staff._id,
    });
    const payload = { registrationId: String(registration._id), workshopId: String(workshop._id), status: 'CONFIRMED' };
    env.app.deps.events.emit('registration.confirmed', payload);
    env.app.deps.events.emit('registration.confirmed', payload);
    await queued(env.app.deps, { registrationId: registration._id }, 1);
    await quiesce(env.app.deps); // both reactions have run
    expect(await storedMessages(env.db.current, { registrationId: registration._id })).toHaveLength(1);
  });
});
