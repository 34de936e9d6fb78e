import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { givenOrganization, givenUser, signInAs, TEST_PASSWORD } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { tokenHash } from '../../../src/modules/users/secrets';

const SIGN_IN = operation(`mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id email role } } }`);
const ME = operation(`query SignInMe { me { id email name role timeZone organization { id name kind } } }`);

describe('sign-in, sessions and me', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    // Behind a proxy, so tests can sign in from several client addresses (X-Forwarded-For).
    app = await startTestApp(db.current, { signInAttemptsPerWindow: 5, trustProxy: true });
  });
  afterAll(() => app.close());

  it('signs in with any letter case in the email and answers me', async () => {
    const group = await givenOrganization(db.current, { name: 'Red Infancia Segura', country: 'PE', region: 'AMERICAS' });
    const user = await givenUser(db.current, { role: 'GROUP_COORDINATOR', organizationId: group._id, email: 'ana@example.org', name: 'Ana' });

    const signIn = await graphql(app.url, SIGN_IN, {
      input: { email: '  ANA@Example.org ', password: TEST_PASSWORD },
    });
    expect(signIn.errors).toBeUndefined();
    const { token, expiresAt, user: signedIn } = signIn.data!.signIn;
    expect(token).toMatch(/^exs_[A-Za-z0-9_-]{43}$/);
    expect(signedIn).toEqual({ id: String(user._id), email: 'ana@example.org', role: 'GROUP_COORDINATOR' });
    expect(new Date(expiresAt).getTime() - app.clock.now().getTime()).toBe(168 * 3_600_000);

    const me = await graphql(app.url, ME, undefined, { token });
    expect(me.data).toEqual({
      me: {
        id: String(user._id),
        email: 'ana@example.org',
        name: 'Ana',
        role: 'GROUP_COORDINATOR',
        timeZone: 'Africa/Nairobi',
        organization: { id: String(group._id), name: 'Red Infancia Segura', kind: 'MEMBER_GROUP' },
      },
    });
  });

  it('stores only a hash of the token', async () => {
    const group = await givenOrganization(db.current);
    const user = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id });
    const token = await signInAs(app.url, user.email);
    const sessions = await db.current.db.collection('sessions').find({ userId: user._id }).toArray();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!._id).toBe(tokenHash(token));
    expect(JSON.stringify(sessions)).not.toContain(token.slice(4));
  });

  it('answers me with null without a token', async () => {
    expect((await graphql(app.url, ME)).data).toEqual({ me: null });
  });

  it('gives one answer for an unknown email, a wrong password and a disabled account', async () => {
    const group = await givenOrganization(db.current);
    const disabled = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id, disabled: true });
    const known = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id });
    const answers = await Promise.all([
      graphql(app.url, SIGN_IN, { input: { email: 'nobody@example.org', password: TEST_PASSWORD } }),
      graphql(app.url, SIGN_IN, { input: { email: known.email, password: 'wrong password here' } }),
      graphql(app.url, SIGN_IN, { input: { email: disabled.email, password: TEST_PASSWORD } }),
    ]);
    for (const answer of answers) {
      expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors?.[0]?.message).toBe('The email or password is incorrect.');
    }
    expect(await db.current.db.collection('sessions').countDocuments({ userId: { $in: [known._id, disabled._id] } })).toBe(0);
  });

  it('ends the session on signOut; the token then gets 401 UNAUTHENTICATED', async () => {
    const group = await givenOrganization(db.current);
    const user = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id });
    const token = await signInAs(app.url, user.email);
    const other = await signInAs(app.url, user.email);

    const signOut = await graphql(app.url, operation(`mutation SignInSignOut { signOut { revoked } }`), undefined, { token });
    expect(signOut.data).toEqual({ signOut: { revoked: true } });

    const after = await graphql(app.url, ME, undefined, { token });
    expect(after.status).toBe(401);
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
    // Other sessions of the same person go on.
    expect((await graphql(app.url, ME, undefined, { token: other })).data?.me?.id).toBe(String(user._id));
  });

  it('refuses an expired token, a malformed header and a made-up token with 401', async () => {
    const group = await givenOrganization(db.current);
    const user = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id });
    const token = await signInAs(app.url, user.email);
    app.clock.advance(169 * 3_600_000);
    try {
      expect((await graphql(app.url, ME, undefined, { token })).status).toBe(401);
    } finally {
      app.clock.advance(-169 * 3_600_000);
    }
    for (const authorization of ['Bearer', 'Basic dXNlcjpwYXNz', `Bearer exs_${'A'.repeat(43)}`, `Bearer ${token}; DROP`]) {
      const response = await graphql(app.url, ME, undefined, { headers: { authorization } });
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    }
  });

  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

  it('rate-limits repeated attempts of one client for one email, known or not, even when they arrive at once', async () => {
    const group = await givenOrganization(db.current);
    const user = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id });
    for (const email of [user.email, 'ghost@example.org']) {
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => graphql(app.url, SIGN_IN, { input: { email, password: 'wrong password here' } }, from('203.0.113.7'))),
      );
      const codes = answers.map((a) => errorCodes(a)[0]);
      expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(5);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
      const limited = answers.find((a) => errorCodes(a)[0] === 'RATE_LIMITED')!;
      expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
    // The failing client waits, even with the right password ...
    const blocked = await graphql(app.url, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }, from('203.0.113.7'));
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBe(15);
    // ... but the account is not locked: the person signs in from their own client at once.
    const owner = await graphql(app.url, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }, from('198.51.100.20'));
    expect(owner.errors).toBeUndefined();
  });

  it('slows a failing client down progressively, and a successful sign-in frees its slots', async () => {
    const group = await givenOrganization(db.current);
    const user = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id });
    const attempt = (password: string) => graphql(app.url, SIGN_IN, { input: { email: user.email, password } }, from('192.0.2.44'));
    for (let n = 0; n < 5; n++) expect(errorCodes(await attempt('wrong password here'))).toEqual(['BAD_USER_INPUT']);
    const waits: number[] = [];
    for (let n = 0; n < 3; n++) {
      const limited = await attempt('wrong password here');
      expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
      const wait = limited.errors![0]!.extensions!.retryAfterSeconds as number;
      waits.push(wait);
      app.clock.advance(wait * 1000);
      expect(errorCodes(await attempt('wrong password here'))).toEqual(['BAD_USER_INPUT']);
    }
    expect(waits).toEqual([15, 30, 60]);
    const limited = await attempt(TEST_PASSWORD);
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBe(120);
    app.clock.advance(120_000);
    expect((await attempt(TEST_PASSWORD)).errors).toBeUndefined();
    // Freed: the client has its free attempts again.
    for (let n = 0; n < 5; n++) expect(errorCodes(await attempt('wrong password here'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await attempt('wrong password here'))).toEqual(['RATE_LIMITED']);
    app.clock.advance(15 * 60_000);
  });
});

describe('sign-in limits per client address', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    // One free attempt per (email, address) and 20 failures per address in 15 minutes.
    app = await startTestApp(db.current, { signInAttemptsPerWindow: 1, trustProxy: true });
  });
  afterAll(() => app.close());

  it('stops an address that fails across many emails, and no one else', async () => {
    const group = await givenOrganization(db.current);
    const user = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id });
    const sprayer = { headers: { 'x-forwarded-for': '203.0.113.99' } };
    for (let n = 0; n < 20; n++) {
      const answer = await graphql(app.url, SIGN_IN, { input: { email: `guess-${n}@example.org`, password: 'wrong password here' } }, sprayer);
      expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    }
    // The address is spent, for every email, right password or not.
    const spent = await graphql(app.url, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }, sprayer);
    expect(errorCodes(spent)).toEqual(['RATE_LIMITED']);
    expect(spent.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another client signs in.
    const other = await graphql(
      app.url,
      SIGN_IN,
      { input: { email: user.email, password: TEST_PASSWORD } },
      { headers: { 'x-forwarded-for': '198.51.100.21' } },
    );
    expect(other.errors).toBeUndefined();
    app.clock.advance(15 * 60_000);
    try {
      expect((await graphql(app.url, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }, sprayer)).errors).toBeUndefined();
    } finally {
      app.clock.advance(-15 * 60_000);
    }
  });
});
