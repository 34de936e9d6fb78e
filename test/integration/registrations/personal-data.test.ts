import { anonymiseParticipantsJob } from '../../../src/modules/personal-data/jobs/anonymise-participants.job';
import { pseudonymOf } from '../../../src/shared/pseudonym';
import { keyedPseudonym } from '../../../src/shared/pseudonym';
import { quiesce } from '../../../src/quiesce';
import { givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { storedMessages } from '../../helpers/notifications';

const REGISTER = operation(`mutation PersonalDataRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);
const ERASE = operation(`mutation PersonalDataErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym registrations account } }`);

describe('personal data: retention and erasure', () => {
  const env = useNetworkApp();

  it('anonymises participants 24 months after their workshop, keeping the counts', async () => {
    const old = await givenWorkshop(env.db.current, { startsAt: new Date('2024-02-01T00:00:00Z'), registrationClosesAt: new Date('2024-02-01T00:00:00Z') });
    const recent = await givenWorkshop(env.db.current, { startsAt: new Date('2024-09-01T00:00:00Z'), registrationClosesAt: new Date('2024-09-01T00:00:00Z') });
    const { Registration } = env.db.current.models;
    for (const workshop of [old, recent]) {
      await Registration.create({
        workshopId: workshop._id,
        organizationId: env.network.group._id,
        status: 'CONFIRMED',
        attended: true,
        participant: { name: 'Old Participant', email: `old-${String(workshop._id)}@example.org` },
        personClaim: 'x',
        registeredBy: env.network.people.admin._id,
      });
    }
    await anonymiseParticipantsJob.handler({}, env.app.deps);
    await anonymiseParticipantsJob.handler({}, env.app.deps);
    const [oldOne] = await Registration.find({ workshopId: old._id }).lean();
    expect(oldOne).toMatchObject({ status: 'CONFIRMED', attended: true, participant: { name: 'Anonymised participant', userId: null } });
    expect(oldOne?.participant?.email).toMatch(/^anonymised-[0-9a-f]{24}@invalid$/);
    const [recentOne] = await Registration.find({ workshopId: recent._id }).lean();
    expect(recentOne?.participant?.name).toBe('Old Participant');
  });

  it('deletes the messages about a workshop whose participants it anonymises, and keeps the others', async () => {
    const old = await givenWorkshop(env.db.current, { startsAt: new Date('2024-01-10T00:00:00Z'), registrationClosesAt: new Date('2024-01-10T00:00:00Z') });
    const recent = await givenWorkshop(env.db.current, { startsAt: new Date('2024-10-01T00:00:00Z'), registrationClosesAt: new Date('2024-10-01T00:00:00Z') });
    const { Registration, Notification } = env.db.current.models;
    const now = env.app.clock.now();
    for (const workshop of [old, recent]) {
      const email = `messaged-${String(workshop._id)}@example.org`;
      const registration = await Registration.create({
        workshopId: workshop._id,
        organizationId: env.network.group._id,
        status: 'CONFIRMED',
        participant: { name: 'Messaged Participant', email },
        personClaim: 'x',
        registeredBy: env.network.people.admin._id,
      });
      await Notification.create({
        _id: `REGISTRATION_CONFIRMED:${String(registration._id)}:1`,
        kind: 'REGISTRATION_CONFIRMED',
        workshopId: workshop._id,
        registrationId: registration._id,
        recipient: { key: pseudonymOf(email), email, name: 'Messaged Participant', language: 'en', timeZone: 'UTC' },
        createdAt: now,
        delivery: { state: 'SENT', nextAttemptAt: now, updatedAt: now },
      });
    }
    await anonymiseParticipantsJob.handler({}, env.app.deps);
    expect(await storedMessages(env.db.current, { workshopId: old._id })).toHaveLength(0);
    expect(await storedMessages(env.db.current, { workshopId: recent._id })).toHaveLength(1);
  });

  it('erases a person everywhere: registrations cancelled and anonymised, account erased, audit keeps a pseudonym', async () => {
    const person = await givenUser(env.db.current, {
      role: 'MEMBER',
      organizationId: env.network.group._id,
      email: 'erase.me@example.org',
      name: 'Zebulon Erasable',
    });
    const token = await signInAs(env.app.url, person.email);
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const [mine, other] = (
      await graphql(
        env.app.url,
        REGISTER,
        {
          input: { workshopId: String(workshop._id), participants: [{ userId: String(person._id) }, { name: 'Next', email: 'next@example.org' }] },
        },
        { token: env.network.tokens.coordinator },
      )
    ).data!.register.registrations;
    const choices = await graphql(
      env.app.url,
      operation(
        `mutation PersonalDataUpdateNotificationPreferences { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }`,
      ),
      undefined,
      { token },
    );
    expect(choices.errors).toBeUndefined();
    await quiesce(env.app.deps);

    // What a scan must not find afterwards: the address, the name and the pseudonym (which keys
    // preferences and claims), in every collection the database holds; the audit log keeps the
    // pseudonym, and only in the erasure's own entry.
    const pseudonym = pseudonymOf('erase.me@example.org');
    const traces = ['erase.me@example.org', 'zebulon erasable', pseudonym];
    const scan = async () => {
      const found: Record<string, string[]> = {};
      for (const { name } of await env.db.current.db.listCollections().toArray()) {
        const filter = name === 'auditLog' ? { action: { $ne: 'erase.person' } } : {};
        const text = JSON.stringify(await env.db.current.db.collection(name).find(filter).toArray()).toLowerCase();
        const hits = traces.filter((trace) => text.includes(trace));
        if (hits.length > 0) found[name] = hits;
      }
      return found;
    };
    // The scan sees the person where they are stored before the erasure.
    expect(await scan()).toEqual(
      expect.objectContaining({
        users: expect.arrayContaining(['erase.me@example.org', 'zebulon erasable']),
        // Their confirmation, queued: not sent in this test (no delivery run).
        notificationOutbox: expect.arrayContaining(['erase.me@example.org', pseudonym]),
        notificationPreferences: [pseudonym],
      }),
    );

    const erased = await graphql(env.app.url, ERASE, { email: 'Erase.Me@example.org' }, { token: env.network.tokens.staff });
    expect(erased.data).toEqual({ erasePerson: { pseudonym: expect.stringMatching(/^[0-9a-f]{32}$/), registrations: 1, account: true } });
    await quiesce(env.app.deps);

    const stored = await env.db.current.models.Registration.findById(mine!.id).lean();
    expect(stored).toMatchObject({ status: 'CANCELLED', participant: { name: 'Anonymised participant', userId: null } });
    // The freed seat went to the next in line.
    expect((await env.db.current.models.Registration.findById(other!.id).lean())?.status).toBe('CONFIRMED');
    const account = await env.db.current.models.User.findById(person._id).lean();
    expect(account?.name).toBe('Erased person');
    expect(account?.disabledAt).not.toBeNull();
    expect(await env.db.current.models.Credential.countDocuments({ _id: person._id })).toBe(0);
    expect(errorCodes(await graphql(env.app.url, operation(`query PersonalDataMe { me { id } }`), undefined, { token }))).toEqual(['UNAUTHENTICATED']);

    expect(await scan()).toEqual({});
    // The audit entry names the person by the keyed pseudonym only (src/privacy/pseudonym.ts).
    const keyed = keyedPseudonym(env.app.deps.config.pseudonymSecret, 'erase.me@example.org');
    expect(erased.data!.erasePerson.pseudonym).toBe(keyed);
    expect(await env.db.current.models.AuditEntry.countDocuments({ action: 'erase.person', subject: `person:${keyed}` })).toBe(1);
  });

  it('is for the Secretariat only', async () => {
    for (const token of [env.network.tokens.coordinator, env.network.tokens.member]) {
      expect(errorCodes(await graphql(env.app.url, ERASE, { email: 'someone@example.org' }, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(env.app.url, ERASE, { email: 'not-an-email' }, { token: env.network.tokens.admin }))).toEqual(['BAD_USER_INPUT']);
  });
});
