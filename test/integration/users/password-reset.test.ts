import { holdAt } from '../../../src/db/race-points';
import { publicBaseUrl } from '../../../src/http/public-url';
import { RESET_REQUESTS_PER_CLIENT } from '../../../src/modules/users/password-reset.service';
import type { UserDoc } from '../../../src/modules/users/user.model';
import { countCommands } from '../../helpers/command-counter';
import { givenUser, signInAs, TEST_PASSWORD } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql, type GraphQLResponse } from '../../helpers/graphql';
import { deliverAll, mailsToAddress, storedMessages, useMailApp } from '../../helpers/notifications';
import { waitFor } from '../../helpers/wait';

const REQUEST = operation(`mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }`);
const RESET = operation(
  `mutation ResetWithLink($input: ResetPasswordInput!) { resetPassword(input: $input) { token expiresAt user { id email emailConfirmed } } }`,
);
const SIGN_IN = operation(`mutation ResetSignIn($input: SignInInput!) { signIn(input: $input) { token } }`);
const DISABLE = operation(`mutation ResetDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }`);
const ME = operation(`query ResetMe { me { id } }`);

const NEW_PASSWORD = 'a brand new private phrase';

describe('password reset by email', () => {
  // Behind a proxy, so each test asks from its own client address (X-Forwarded-For).
  const env = useMailApp({ trustProxy: true });
  let clients = 0;
  const newClient = () => ({ 'x-forwarded-for': `198.51.100.${++clients}` });

  const request = (email: string, headers: Record<string, string>) => graphql(env.app.url, REQUEST, { input: { email } }, { headers });
  const reset = (token: string, password = NEW_PASSWORD) => graphql(env.app.url, RESET, { input: { token, password } });
  const signIn = (email: string, password: string) => graphql(env.app.url, SIGN_IN, { input: { email, password } });
  const mailsTo = (address: string) => mailsToAddress(env.sink, address);
  /** Waits for the subscribers, sends what is due, and answers the mails the address got. */
  const settle = async (address: string) => {
    await env.app.deps.events.drain();
    await deliverAll(env.app.deps);
    return mailsTo(address);
  };
  const linkTo = async (address: string, count = 1) => {
    const mail = await waitFor(async () => {
      const mails = await settle(address);
      return mails.length >= count ? mails[count - 1]! : null;
    }, `reset mail ${count} to ${address}`);
    const link = mail.text!.match(/https?:\/\/\S+\/#\/reset-password\?token=\S+/)![0];
    return { mail, link, token: decodeURIComponent(new URL(link.replace('/#/', '/')).searchParams.get('token')!) };
  };
  const person = (fields: { language?: string; disabled?: boolean; emailUnconfirmed?: boolean } = {}) =>
    givenUser(env.db.current, {
      role: 'MEMBER',
      organizationId: env.network.group._id,
      disabled: fields.disabled,
      emailUnconfirmed: fields.emailUnconfirmed,
    }).then(async (user) => {
      if (fields.language) await env.db.current.models.User.updateOne({ _id: user._id }, { $set: { language: fields.language } });
      return user;
    });
  const credentialOf = async (user: UserDoc) => (await env.db.current.models.Credential.findById(user._id).lean())!.passwordHash;
  const openSessions = (user: UserDoc) => env.db.current.models.Session.countDocuments({ userId: user._id, revokedAt: null });
  const fieldOf = (response: GraphQLResponse<unknown>) => response.errors?.map((e) => [e.extensions?.code, e.extensions?.field]);

  it('emails a link in the person’s language that sets a new password once, ends every session, proves the address and signs in', async () => {
    const user = await person({ language: 'fr', emailUnconfirmed: true });
    const before = [await signInAs(env.app.url, user.email), await signInAs(env.app.url, user.email)];

    expect((await request(`  ${user.email.toUpperCase()} `, newClient())).data).toEqual({ requestPasswordReset: { accepted: true } });
    const { mail, link, token } = await linkTo(user.email);
    expect(mail.subject).toBe('Réinitialisez votre mot de passe pour l’échange de connaissances');
    expect(mail.text).toContain('Choisir un nouveau mot de passe');
    expect(link.startsWith(`${publicBaseUrl(env.app.deps.config)}/#/reset-password?token=`)).toBe(true);
    expect(token).toMatch(/^pwr_/);

    // Not in the person's in-app list, and the stored message keeps no link once sent.
    const inApp = await graphql(env.app.url, '{ notifications { edges { node { kind body } } } }', {}, { token: before[0] });
    expect(JSON.stringify(inApp.data)).not.toContain('pwr_');
    const stored = await storedMessages(env.db.current, { kind: 'PASSWORD_RESET', 'recipient.email': user.email });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.recipient.userId).toBeNull();
    expect(stored[0]!.delivery.state).toBe('SENT');
    expect(JSON.stringify(stored[0])).not.toContain('pwr_');

    // A weak password changes nothing.
    const hashBefore = await credentialOf(user);
    expect(fieldOf(await reset(token, 'password12'))).toEqual([['BAD_USER_INPUT', 'password']]);
    expect(await credentialOf(user)).toBe(hashBefore);
    expect(await openSessions(user)).toBe(2);

    const done = await reset(token);
    expect(done.errors).toBeUndefined();
    expect(done.data!.resetPassword.user).toEqual({ id: String(user._id), email: user.email, emailConfirmed: true });
    const fresh = done.data!.resetPassword.token;
    expect((await graphql(env.app.url, ME, undefined, { token: fresh })).data).toEqual({ me: { id: String(user._id) } });
    for (const old of before) expect(errorCodes(await graphql(env.app.url, ME, undefined, { token: old }))).toEqual(['UNAUTHENTICATED']);
    expect(await openSessions(user)).toBe(1);

    expect(errorCodes(await signIn(user.email, TEST_PASSWORD))).toEqual(['BAD_USER_INPUT']);
    expect((await signIn(user.email, NEW_PASSWORD)).data?.signIn.token).toMatch(/^exs_/);

    // Used: the link no longer verifies, and nothing changes.
    const hashAfter = await credentialOf(user);
    const again = await reset(token, 'yet another private phrase');
    expect(fieldOf(again)).toEqual([['BAD_USER_INPUT', 'token']]);
    expect(again.errors![0]!.message).toMatch(/not valid or was already used/);
    expect(await credentialOf(user)).toBe(hashAfter);
    expect(await openSessions(user)).toBe(2);
  });

  it('answers the same for an unknown address, a disabled account and one just sent a link, and emails none of them', async () => {
    const disabled = await person({ disabled: true });
    const recent = await person();
    const headers = newClient();
    expect((await request(recent.email, headers)).data).toEqual({ requestPasswordReset: { accepted: true } });
    await linkTo(recent.email);

    const answers = await Promise.all(
      ['nobody.here@example.org', disabled.email, recent.email].map(async (email) => {
        const response = await request(email, headers);
        return { data: response.data, errors: response.errors, status: response.status };
      }),
    );
    for (const answer of answers) expect(answer).toEqual({ data: { requestPasswordReset: { accepted: true } }, errors: undefined, status: 200 });

    expect(await settle('nobody.here@example.org')).toEqual([]);
    expect(await settle(disabled.email)).toEqual([]);
    expect(await settle(recent.email)).toHaveLength(1);
    expect(await storedMessages(env.db.current, { kind: 'PASSWORD_RESET', 'recipient.email': { $in: [disabled.email, recent.email] } })).toHaveLength(1);

    // Ten minutes later the account may get another link.
    env.app.clock.advance(10 * 60_000);
    expect((await request(recent.email, headers)).data).toEqual({ requestPasswordReset: { accepted: true } });
    await linkTo(recent.email, 2);
  });

  it('sends no second link within 10 minutes, also across the edge of a 10-minute window', async () => {
    const user = await person();
    const headers = newClient();
    const tenMinutes = 10 * 60_000;
    const now = env.app.clock.now().getTime();
    env.app.clock.advance(Math.ceil(now / tenMinutes) * tenMinutes - now + tenMinutes - 30_000);
    await request(user.email, headers);
    await linkTo(user.email);
    env.app.clock.advance(60_000);
    expect((await request(user.email, headers)).data).toEqual({ requestPasswordReset: { accepted: true } });
    expect(await settle(user.email)).toHaveLength(1);
    env.app.clock.advance(tenMinutes - 60_000);
    await request(user.email, headers);
    await linkTo(user.email, 2);
  });

  it('refuses a malformed address on its field, storing nothing (not even a slot of the allowance)', async () => {
    const claims = () => env.db.current.db.collection('claims').countDocuments({});
    const before = await claims();
    for (const email of ['not an address', '', `${'x'.repeat(250)}@example.org`]) {
      expect(fieldOf(await request(email, newClient()))).toEqual([['BAD_USER_INPUT', 'email']]);
    }
    expect(await claims()).toBe(before);
  });

  it('does the same database work for an unknown address as for a disabled account', async () => {
    const disabled = await person({ disabled: true });
    // Each from a fresh client address, so each takes the same numbered slot of its allowance.
    const commandsOf = async (email: string) => (await countCommands(env.db.current.client, () => request(email, newClient()))).commands;
    const unknown = await commandsOf('not.registered@example.org');
    expect(unknown).toContain('find users');
    expect(await commandsOf(disabled.email)).toEqual(unknown);
  });

  it(`limits one client address to ${RESET_REQUESTS_PER_CLIENT} requests per 15 minutes, whatever the emails, with one answer`, async () => {
    const user = await person();
    const headers = newClient();
    for (let n = 0; n < RESET_REQUESTS_PER_CLIENT; n++) {
      expect((await request(`someone-${n}@example.org`, headers)).data).toEqual({ requestPasswordReset: { accepted: true } });
    }
    const unknown = await request('someone-else@example.org', headers);
    const known = await request(user.email, headers);
    expect(errorCodes(unknown)).toEqual(['RATE_LIMITED']);
    expect(errorCodes(known)).toEqual(['RATE_LIMITED']);
    expect(known.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(known.errors![0]!.extensions).toEqual(unknown.errors![0]!.extensions);
    expect(await settle(user.email)).toEqual([]);

    // Another client is not held back, and the next window opens again.
    expect((await request(user.email, newClient())).data).toEqual({ requestPasswordReset: { accepted: true } });
    await linkTo(user.email);
    env.app.clock.advance(15 * 60_000);
    expect((await request('someone-later@example.org', headers)).data).toEqual({ requestPasswordReset: { accepted: true } });
  });

  it('refuses an expired link and leaves the password and sessions as they were', async () => {
    const user = await person();
    const session = await signInAs(env.app.url, user.email);
    await request(user.email, newClient());
    const { token } = await linkTo(user.email);
    const hash = await credentialOf(user);

    env.app.clock.advance(3_600_000);
    const expired = await reset(token);
    expect(fieldOf(expired)).toEqual([['BAD_USER_INPUT', 'token']]);
    expect(expired.errors![0]!.message).toMatch(/expired/);
    expect(await credentialOf(user)).toBe(hash);
    expect((await graphql(env.app.url, ME, undefined, { token: session })).data).toEqual({ me: { id: String(user._id) } });
  });

  it('refuses tampered tokens and a disabled account’s link, changing nothing', async () => {
    const user = await person();
    const session = await signInAs(env.app.url, user.email);
    await request(user.email, newClient());
    const { token } = await linkTo(user.email);
    const hash = await credentialOf(user);
    const [, id, expires, signature] = /^pwr_([0-9a-f]{24})\.(\d+)\.(.+)$/.exec(token)!;
    const other = await person();

    const tampered = [
      `pwr_${id}.${expires}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`,
      `pwr_${id}.${Number(expires) + 86_400}.${signature}`,
      `pwr_${String(other._id)}.${expires}.${signature}`,
      `pwr_${'0'.repeat(24)}.${expires}.${signature}`,
      'pwr_not-a-token',
      '',
    ];
    for (const bad of tampered) expect(fieldOf(await reset(bad))).toEqual([['BAD_USER_INPUT', 'token']]);
    expect(await credentialOf(user)).toBe(hash);
    expect(errorCodes(await signIn(other.email, NEW_PASSWORD))).toEqual(['BAD_USER_INPUT']);
    expect((await graphql(env.app.url, ME, undefined, { token: session })).data).toEqual({ me: { id: String(user._id) } });

    await graphql(env.app.url, DISABLE, { input: { id: String(user._id) } }, { token: env.network.tokens.admin });
    expect(fieldOf(await reset(token))).toEqual([['BAD_USER_INPUT', 'token']]);
    expect(await credentialOf(user)).toBe(hash);
  });

  it('lets exactly one of two resets with one link win, the one held between its read and its write losing', async () => {
    const user = await person();
    await request(user.email, newClient());
    const { token } = await linkTo(user.email);

    const hold = holdAt(env.db.current, 'password-reset', String(user._id));
    const held = reset(token, 'the held request phrase');
    await hold.reached;
    const other = await reset(token, 'the other request phrase');
    hold.release();
    const late = await held;

    expect(other.errors).toBeUndefined();
    expect(fieldOf(late)).toEqual([['BAD_USER_INPUT', 'token']]);
    expect((await signIn(user.email, 'the other request phrase')).data?.signIn.token).toMatch(/^exs_/);
    expect(errorCodes(await signIn(user.email, 'the held request phrase'))).toEqual(['BAD_USER_INPUT']);
    expect((await graphql(env.app.url, ME, undefined, { token: other.data!.resetPassword.token })).data).toEqual({ me: { id: String(user._id) } });
  });

  it('lets two concurrent resets with one link have exactly one winner', async () => {
    const user = await person();
    await request(user.email, newClient());
    const { token } = await linkTo(user.email);
    const answers = await Promise.all([reset(token, 'first concurrent phrase'), reset(token, 'second concurrent phrase')]);
    expect(answers.filter((a) => a.data?.resetPassword).length).toBe(1);
    expect(answers.flatMap((a) => fieldOf(a) ?? [])).toEqual([['BAD_USER_INPUT', 'token']]);
  });
});
