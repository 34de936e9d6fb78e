import { createMailer } from '../../../src/modules/notifications/mailer';
import { deliverAll, sendThrough, useMailApp } from '../../helpers/notifications';
import { givenOrganization, givenRegistration, givenUser, givenWorkshop, signInAs } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { waitFor } from '../../helpers/wait';

const INVITE = operation(`mutation EmailIdentityInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { email } } }`);
const ACCEPT = operation(`mutation EmailIdentityAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { emailConfirmed } } }`);
const MINE = operation(`query EmailIdentityMine { myRegistrations { edges { node { id participant { name email } } } } }`);
const SET_PREFERENCES = operation(
  `mutation EmailIdentitySetPreferences { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }`,
);
const PREFERENCES = operation(`query EmailIdentityPreferences { notificationPreferences { reminders } }`);
const PERSONAL_FEED = operation(
  `mutation EmailIdentityPersonalFeed { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }`,
);
const REQUEST_CONFIRMATION = operation(`mutation EmailIdentityRequestConfirmation { requestEmailConfirmation { sent emailConfirmed } }`);
const CONFIRM = operation(`mutation EmailIdentityConfirm($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }`);

const JOINING_LINK = 'https://meet.example.org/secret-room';
const PASSWORD = 'a long and private phrase';

/**
 * The email takeover found by the attack: a coordinator of another group (a partner here) invites
 * the address that group A registered, and tries to read and steer what is keyed by that email.
 */
describe('an account reaches what is keyed by its email only once it proved the address', () => {
  const env = useMailApp();
  let attacker: string;
  let workshopId: string;
  const victim = 'victim.person@example.org';

  const mailTo = (address: string, subject: RegExp) =>
    waitFor(async () => {
      await deliverAll(env.app.deps);
      return env.sink.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address && subject.test(m.subject ?? '')) ?? null;
    }, `a mail to ${address}`);
  const linkIn = (text: string, pattern: RegExp) => text.match(pattern)![0];
  const emailOff = () => {
    env.app.deps.mailer.close();
    env.app.deps.mailer = createMailer(env.app.deps.config, env.app.deps.logger);
  };

  beforeAll(async () => {
    const partner = await givenOrganization(env.db.current, { kind: 'PARTNER', name: 'Partner B' });
    const coordinatorB = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: partner._id });
    attacker = await signInAs(env.app.url, coordinatorB.email);
    const workshop = await givenWorkshop(env.db.current, { format: 'ONLINE', venue: null, onlineUrl: JOINING_LINK, title: 'Survivor-led forum' });
    workshopId = String(workshop._id);
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id, email: victim });
  });

  it("does not hand the inviter a link for someone else's address while email goes out", async () => {
    const invited = await graphql(env.app.url, INVITE, { input: { email: victim, role: 'MEMBER' } }, { token: attacker });
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser).toMatchObject({ inviteUrl: null, emailed: true });
    // The link went to the address only.
    const mail = await mailTo(victim, /invited/);
    expect(mail.text).toMatch(/invitations\/accept\?token=inv_/);
  });

  it("keeps an account made from a hand-passed link (email off) away from the address's registrations, feed and choices", async () => {
    // The choices stored before (by other tests, if any ran first): the squatter must add or change none.
    const choices = () => env.db.current.models.NotificationPreference.find({}).sort({ _id: 1 }).lean();
    const choicesBefore = await choices();
    emailOff();
    try {
      const invited = await graphql(env.app.url, INVITE, { input: { email: victim, role: 'MEMBER' } }, { token: attacker });
      expect(invited.data!.inviteUser.emailed).toBe(false);
      const token = new URL(invited.data!.inviteUser.inviteUrl!).searchParams.get('token');
      const accepted = await graphql(env.app.url, ACCEPT, {
        input: { token: token!, name: 'Not the victim', password: PASSWORD, timeZone: 'UTC', language: 'en' },
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.acceptInvitation.user.emailConfirmed).toBe(false);
      const squatter = accepted.data!.acceptInvitation.token;

      const mine = await graphql(env.app.url, MINE, {}, { token: squatter });
      expect(mine.data!.myRegistrations.edges).toEqual([]);

      const feeds = await graphql(env.app.url, PERSONAL_FEED, {}, { token: squatter });
      const feed = await (await fetch(`${env.app.url}${new URL(feeds.data!.rotateCalendarToken.calendarFeeds.personal!.link!.https).pathname}`)).text();
      expect(feed).not.toContain(`workshop-${workshopId}@`);
      expect(feed).not.toContain('secret-room');

      expect(errorCodes(await graphql(env.app.url, SET_PREFERENCES, {}, { token: squatter }))).toEqual(['FORBIDDEN']);
      expect(await choices()).toEqual(choicesBefore);
    } finally {
      sendThrough(env.app, env.sink);
    }
  });

  it('lets the person who receives the mail confirm the address, and then the registrations reach the account', async () => {
    const person = await givenUser(env.db.current, {
      role: 'MEMBER',
      organizationId: env.network.group._id,
      email: 'late.confirmer@example.org',
      emailUnconfirmed: true,
    });
    await givenRegistration(env.db.current, {
      workshopId: (await givenWorkshop(env.db.current))._id,
      organizationId: env.network.group._id,
      email: person.email,
    });
    const token = await signInAs(env.app.url, person.email);
    expect((await graphql(env.app.url, MINE, {}, { token })).data!.myRegistrations.edges).toHaveLength(0);

    expect((await graphql(env.app.url, REQUEST_CONFIRMATION, {}, { token })).data).toEqual({ requestEmailConfirmation: { sent: true, emailConfirmed: false } });
    expect(errorCodes(await graphql(env.app.url, REQUEST_CONFIRMATION, {}, { token }))).toEqual(['RATE_LIMITED']);
    // The link is not in the account's own in-app list: only the mailbox has it.
    const inApp = await graphql(env.app.url, operation(`query EmailIdentityNotifications { notifications { edges { node { body } } } }`), {}, { token });
    expect(JSON.stringify(inApp.data)).not.toContain('ecf_');
    const mail = await mailTo(person.email, /Confirm your email/);
    const link = linkIn(mail.text!, /https?:\/\/\S+confirm-email\?token=\S+/);
    const confirmToken = decodeURIComponent(new URL(link.replace('/#/', '/')).searchParams.get('token')!);

    const tampered = `${confirmToken.slice(0, -2)}${confirmToken.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(errorCodes(await graphql(env.app.url, CONFIRM, { input: { token: tampered } }))).toEqual(['BAD_USER_INPUT']);
    expect((await graphql(env.app.url, CONFIRM, { input: { token: confirmToken } })).data).toEqual({ confirmEmail: { emailConfirmed: true } });
    expect((await graphql(env.app.url, MINE, {}, { token })).data!.myRegistrations.edges).toHaveLength(1);
    expect((await graphql(env.app.url, SET_PREFERENCES, {}, { token })).data).toEqual({ updateNotificationPreferences: { preferences: { reminders: false } } });
    expect((await graphql(env.app.url, PREFERENCES, {}, { token })).data).toEqual({ notificationPreferences: { reminders: false } });
  });

  it('gives the address back to its owner: an emailed invitation accepted retires the account made from a hand-passed link', async () => {
    const address = 'squatted.person@example.org';
    const SQUATTER_PASSWORD = 'the squatter chose this phrase';
    emailOff();
    let squatter: string;
    try {
      const invited = await graphql(env.app.url, INVITE, { input: { email: address, role: 'MEMBER' } }, { token: attacker });
      const token = new URL(invited.data!.inviteUser.inviteUrl!).searchParams.get('token');
      const accepted = await graphql(env.app.url, ACCEPT, {
        input: { token: token!, name: 'Squatter', password: SQUATTER_PASSWORD, timeZone: 'UTC', language: 'en' },
      });
      expect(accepted.errors).toBeUndefined();
      squatter = accepted.data!.acceptInvitation.token;
    } finally {
      sendThrough(env.app, env.sink);
    }
    // The person's own group invites them; the link reaches the mailbox only.
    await graphql(env.app.url, INVITE, { input: { email: address, role: 'MEMBER' } }, { token: env.network.tokens.coordinator });
    const mail = await mailTo(address, /invited/);
    const token = new URL(linkIn(mail.text!, /https?:\/\/\S+invitations\/accept\?token=[\w%-]+/)).searchParams.get('token');
    const owner = await graphql(env.app.url, ACCEPT, {
      input: { token: token!, name: 'The Owner', password: PASSWORD, timeZone: 'UTC', language: 'en' },
    });
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.acceptInvitation.user.emailConfirmed).toBe(true);
    // The squatter is signed out and cannot sign in with the address again.
    expect(errorCodes(await graphql(env.app.url, MINE, {}, { token: squatter }))).toEqual(['UNAUTHENTICATED']);
    const again = await graphql(env.app.url, operation(`mutation EmailIdentitySignIn($input: SignInInput!) { signIn(input: $input) { token } }`), {
      input: { email: address, password: SQUATTER_PASSWORD },
    });
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']); // "The email or password is incorrect."
    const accounts = await env.db.current.models.User.find({ name: { $in: ['Squatter', 'The Owner'] } }, { name: 1, email: 1, disabledAt: 1 }).lean();
    expect(accounts.map((a) => [a.name, a.email === address, Boolean(a.disabledAt)]).sort()).toEqual([
      ['Squatter', false, true],
      ['The Owner', true, false],
    ]);
  });

  it('proves the address when the invitation link came by email alone', async () => {
    await graphql(env.app.url, INVITE, { input: { email: 'mailed.only@example.org', role: 'MEMBER' } }, { token: env.network.tokens.coordinator });
    const mail = await mailTo('mailed.only@example.org', /invited/);
    const token = new URL(linkIn(mail.text!, /https?:\/\/\S+invitations\/accept\?token=[\w%-]+/)).searchParams.get('token');
    const accepted = await graphql(env.app.url, ACCEPT, {
      input: { token: token!, name: 'Mailed Only', password: PASSWORD, timeZone: 'UTC', language: 'en' },
    });
    expect(accepted.data!.acceptInvitation.user.emailConfirmed).toBe(true);
  });
});
