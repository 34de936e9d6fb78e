import { randomBytes } from 'node:crypto';
import { createMailer } from '../../../src/modules/notifications/mailer';
import { givenOrganization, givenRegistration, givenUser, givenWorkshop, signInAs } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql, type GraphQLResponse } from '../../helpers/graphql';
import { deliverAll, sendThrough, useMailApp } from '../../helpers/notifications';
import { Random } from './schema-fuzz';

// Seeded like graphql-fuzz.test.ts: FUZZ_SEED=<n> replays a run.
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const STEPS = 24;

const INVITE = operation(
  `mutation EmailIdentityFuzzInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { email role } } }`,
);
const ACCEPT = operation(
  `mutation EmailIdentityFuzzAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id emailConfirmed } } }`,
);
/** The probe whose answer is read further: the squatter's own private feed, fetched for the victims' workshop link. */
const FEED = operation(`mutation EmailIdentityFuzzFeed { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }`);
const PROBES = {
  me: '{ me { id email emailConfirmed } }',
  mine: '{ myRegistrations(first: 50) { edges { node { id status participant { name email } workshop { id onlineUrl } } } } }',
  notifications: '{ notifications(first: 50) { edges { node { id } } } }',
  preferences: '{ notificationPreferences { reminders } }',
  setPreferences: 'mutation { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }',
  requestConfirmation: 'mutation { requestEmailConfirmation { sent emailConfirmed } }',
  forgedConfirmation: 'mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }',
  feed: FEED,
} as const;
const PASSWORD = 'a long and private phrase';

type Probe = keyof typeof PROBES;

/**
 * The email-identity chain of the attack as a seeded scenario: coordinators of other groups
 * (a partner's and a member group's) invite addresses group A registered, in any spelling, with
 * email going out or not; accept whatever link they are handed; and read or steer everything keyed
 * by an email. Nothing of group A's people may reach them, and nothing of theirs may change.
 */
describe('email identity fuzz: invite, accept, read by email (seeded)', () => {
  const env = useMailApp();
  const marker = `victimmarker${randomBytes(3).toString('hex')}`;
  const joiningLink = `https://meet.example.org/${marker}-room`;
  // The marker is in what group A stored about its people (names, the workshop's link), not in the
  // addresses: a squatter's own `me` shows the address it typed.
  const victims = Array.from({ length: 4 }, (_, i) => `person-${i}-${randomBytes(2).toString('hex')}@victims.example.org`);
  const attackers: Record<string, string> = {};
  const squatters = new Map<string, string>();
  const tried = { invitations: 0, links: 0, accounts: 0, probes: 0 };

  const emailOff = () => {
    env.app.deps.mailer.close();
    env.app.deps.mailer = createMailer(env.app.deps.config, env.app.deps.logger);
  };
  const spellings = (email: string) => [email, email.toUpperCase(), `  ${email}  `, email.replace(/^./, (c) => c.toUpperCase())];

  beforeAll(async () => {
    const db = env.db.current;
    const partner = await givenOrganization(db, { kind: 'PARTNER', name: 'Partner Fuzz' });
    const rival = await givenOrganization(db, { name: 'Rival Group Fuzz' });
    for (const [name, organization] of [
      ['partner', partner],
      ['rival', rival],
    ] as const) {
      attackers[name] = await signInAs(env.app.url, (await givenUser(db, { role: 'GROUP_COORDINATOR', organizationId: organization._id })).email);
    }
    const online = await givenWorkshop(db, { format: 'ONLINE', venue: null, onlineUrl: joiningLink });
    const inPerson = await givenWorkshop(db);
    for (const [i, email] of victims.entries()) {
      for (const workshop of i % 2 === 0 ? [online, inPerson] : [online]) {
        await givenRegistration(db, { workshopId: workshop._id, organizationId: env.network.group._id, email });
      }
    }
    // The registered people's names carry the marker too.
    await db.models.Registration.updateMany({ 'participant.email': { $in: victims } }, { $set: { 'participant.name': `Person ${marker}` } });
  });

  function expectNothingOfTheVictims(response: GraphQLResponse, context: string) {
    const text = JSON.stringify(response.data ?? {}) + JSON.stringify(response.errors ?? []);
    if (text.includes(marker)) throw new Error(`${context} showed group A's people: ${text.slice(0, 400)}`);
    for (const error of response.errors ?? []) {
      if (!['FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED', 'CONFLICT', 'NOT_FOUND'].includes(String(error.extensions?.code))) {
        throw new Error(`${context}: ${JSON.stringify(error)}`);
      }
    }
  }

  async function probe(token: string, name: Probe, context: string) {
    tried.probes += 1;
    if (name === 'feed') {
      const response = await graphql(env.app.url, FEED, {}, { token });
      expectNothingOfTheVictims(response, `${context} ${name}`);
      const link = response.data!.rotateCalendarToken.calendarFeeds.personal!.link!.https;
      const feed = await (await fetch(`${env.app.url}${new URL(link).pathname}`)).text();
      if (feed.includes(marker)) throw new Error(`${context} feed carried group A's workshop link`);
      return;
    }
    const variables = name === 'forgedConfirmation' ? { input: { token: `ecf_${'a'.repeat(24)}.9999999999.${'A'.repeat(43)}` } } : {};
    const response = await graphql(env.app.url, PROBES[name], variables, { token });
    expectNothingOfTheVictims(response, `${context} ${name}`);
    if (name === 'setPreferences') expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    if (name === 'forgedConfirmation') expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  }

  it("hands no attacker anything keyed by a victim's email, whatever the spelling and whether email goes out", async () => {
    const random = new Random(SEED + 7);
    try {
      for (let step = 0; step < STEPS; step += 1) {
        const attacker = random.pick(Object.keys(attackers));
        const victim = random.pick(victims);
        const email = random.pick(spellings(victim));
        const mailOn = random.chance(0.5);
        if (mailOn) sendThrough(env.app, env.sink);
        else emailOff();
        const context = `step ${step}: ${attacker} invites ${JSON.stringify(email)} with email ${mailOn ? 'on' : 'off'}`;

        const invited = await graphql(env.app.url, INVITE, { input: { email, role: 'MEMBER' } }, { token: attackers[attacker] });
        tried.invitations += 1;
        expect(invited.errors).toBeUndefined();
        if (mailOn) expect(invited.data!.inviteUser).toMatchObject({ inviteUrl: null, emailed: true });
        const link = invited.data!.inviteUser.inviteUrl;
        if (link) {
          tried.links += 1;
          const token = new URL(link).searchParams.get('token');
          const accepted = await graphql(env.app.url, ACCEPT, {
            input: { token: token!, name: `Squatter ${step}`, password: PASSWORD, timeZone: 'UTC', language: 'en' },
          });
          if (squatters.has(victim)) {
            expect(errorCodes(accepted)).toEqual(['CONFLICT']);
          } else {
            expect(accepted.errors).toBeUndefined();
            expect(accepted.data!.acceptInvitation.user.emailConfirmed).toBe(false);
            squatters.set(victim, accepted.data!.acceptInvitation.token);
            tried.accounts += 1;
          }
        }
        const squatter = squatters.get(victim);
        if (squatter) {
          for (const name of Object.keys(PROBES) as Probe[]) if (random.chance(0.6)) await probe(squatter, name, context);
        }
      }
    } finally {
      sendThrough(env.app, env.sink);
    }
    // Each scenario ran its chain at least once.
    expect(tried.accounts).toBeGreaterThan(0);
    // Every link sent by email went to the invited address alone.
    await deliverAll(env.app.deps);
    const invitationMails = env.sink.messages.filter((m) => /invitations\/accept/.test(m.text ?? ''));
    expect(invitationMails.length).toBeGreaterThan(0);
    for (const mail of invitationMails) {
      const to = mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : [];
      expect(to).toHaveLength(1);
      expect(victims).toContain(to[0]);
    }
    // Nothing of the victims changed, and no squatter proved an address it does not receive.
    expect(await env.db.current.models.NotificationPreference.countDocuments({})).toBe(0);
    expect(await env.db.current.models.User.countDocuments({ email: { $in: victims }, emailVerifiedAt: { $ne: null } })).toBe(0);
  }, 120_000);

  afterAll(() => {
    console.log(
      `Email identity fuzz (seed ${SEED}): ${tried.invitations} invitations, ${tried.links} links handed over, ${tried.accounts} squatter accounts, ${tried.probes} probes`,
    );
  });
});
