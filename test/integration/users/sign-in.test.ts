import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { givenOrganization, givenUser, signInAs, TEST_PASSWORD } from '../../helpers/fixtures';
import { errorCodes, graphql } from '../../helpers/graphql';
import { tokenHash } from '../../../src/modules/users/secrets';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id email role } } }';
const ME = '{ me { id email name role timeZone organization { id name kind } } }';

describe('sign-in, sessions and me', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db.current, { signInAttemptsPerWindow: 5 });
  });
  afterAll(() => app.close());

  it('signs in with any letter case in the email and answers me', async () => {
    const group = await givenOrganization(db.current, { name: 'Red Infancia Segura', country: 'PE', region: 'AMERICAS' });
    const user = await givenUser(db.current, { role: 'GROUP_COORDINATOR', organizationId: group._id, email: 'ana@example.org', name: 'Ana' });

    const signIn = await graphql<{ signIn: { token: string; expiresAt: string; user: { id: string; email: string; role: string } } }>(
      app.url,
      SIGN_IN,
      { input: { email: '  ANA@Example.org ', password: TEST_PASSWORD } },
    );
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

    const signOut = await graphql(app.url, 'mutation { signOut { revoked } }', undefined, { token });
    expect(signOut.data).toEqual({ signOut: { revoked: true } });

    const after = await graphql(app.url, ME, undefined, { token });
    expect(after.status).toBe(401);
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
    // Other sessions of the same person go on.
    expect((await graphql<{ me: { id: string } }>(app.url, ME, undefined, { token: other })).data?.me.id).toBe(String(user._id));
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

  it('rate-limits repeated attempts for one email, known or not, even when they arrive at once', async () => {
    const group = await givenOrganization(db.current);
    const user = await givenUser(db.current, { role: 'MEMBER', organizationId: group._id });
    for (const email of [user.email, 'ghost@example.org']) {
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => graphql(app.url, SIGN_IN, { input: { email, password: 'wrong password here' } })),
      );
      const codes = answers.map((a) => errorCodes(a)[0]);
      expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(5);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
      const limited = answers.find((a) => errorCodes(a)[0] === 'RATE_LIMITED')!;
      expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
    // Even the right password waits for the window to pass.
    const blocked = await graphql(app.url, SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    app.clock.advance(15 * 60_000);
    try {
      await expect(signInAs(app.url, user.email)).resolves.toMatch(/^exs_/);
    } finally {
      app.clock.advance(-15 * 60_000);
    }
  });
});
