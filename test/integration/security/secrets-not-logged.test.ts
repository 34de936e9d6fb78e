import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { testServerUri } from '../../helpers/database';
import { givenWorkshop, signInAs, TEST_PASSWORD, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { freePort, spawnEntry } from '../../helpers/processes';
import { waitFor } from '../../helpers/wait';

const REGISTER = operation(`mutation SecretsNotLoggedRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`);

/**
 * The real api process at LOG_LEVEL=trace, its stdout and stderr captured while it signs people
 * in, registers participants, invites, serves private feeds and refuses bad credentials: none of
 * the passwords, tokens, feed links or email addresses appear in what it writes.
 */
/** A GET with the path exactly as given on the request line. */
function rawGet(base: string, path: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('secrets and personal data never reach the log', () => {
  const env = useNetworkApp();
  let child: ChildProcessWithoutNullStreams;
  let output = '';
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    child = spawnEntry('src/main.ts', [], {
      NODE_ENV: 'test',
      LOG_LEVEL: 'trace',
      RUN_WORKER: 'false',
      PORT: String(port),
      MONGODB_URI: testServerUri(),
      MONGODB_DB_NAME: env.db.current.db.databaseName,
    });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    url = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.status === 200, 'the api to start', 60_000);
  }, 90_000);
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('logs no password, bearer token, feed token, invitation link or email address', async () => {
    const secrets: string[] = [TEST_PASSWORD];
    const coordinator = env.network.people.coordinator;
    const token = await signInAs(url, coordinator.email);
    secrets.push(token, coordinator.email);
    // A wrong password, an unknown email, a guessed token.
    const wrong = `wrong-${randomBytes(6).toString('hex')}-password`;
    const unknown = `nobody-${randomBytes(4).toString('hex')}@example.org`;
    const guessed = `exs_${randomBytes(32).toString('base64url')}`;
    secrets.push(wrong, unknown, guessed);
    const signIn = operation(`mutation SecretsNotLoggedSignIn($input: SignInInput!) { signIn(input: $input) { token } }`);
    await graphql(url, signIn, { input: { email: coordinator.email, password: wrong } });
    await graphql(url, signIn, { input: { email: unknown, password: wrong } });
    await graphql(url, operation(`query SecretsNotLoggedMe { me { id email } }`), {}, { token: guessed });

    // Personal data in mutations: participants, an invitation (its link is a credential).
    const workshop = await givenWorkshop(env.db.current, {
      startsAt: new Date('2030-06-01T09:00:00Z'),
      registrationClosesAt: new Date('2030-05-01T09:00:00Z'),
    });
    const participant = `participant-${randomBytes(4).toString('hex')}@example.org`;
    secrets.push(participant);
    const registered = await graphql(
      url,
      REGISTER,
      {
        input: {
          workshopId: String(workshop._id),
          organizationId: String(env.network.group._id),
          participants: [{ name: 'Private Name Person', email: participant }],
        },
      },
      { token },
    );
    expect(registered.errors).toBeUndefined();
    // The same person again: a CONFLICT, whose message must not carry the address either.
    await graphql(
      url,
      REGISTER,
      {
        input: {
          workshopId: String(workshop._id),
          organizationId: String(env.network.group._id),
          participants: [{ name: 'Private Name Person', email: participant }],
        },
      },
      { token },
    );
    const invitee = `invitee-${randomBytes(4).toString('hex')}@example.org`;
    secrets.push(invitee);
    const invited = await graphql(
      url,
      operation(`mutation SecretsNotLoggedInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }`),
      {
        input: { email: invitee, role: 'MEMBER', organizationId: String(env.network.group._id) },
      },
      { token },
    );
    const inviteUrl = invited.data!.inviteUser.inviteUrl!;
    secrets.push(new URL(inviteUrl).searchParams.get('token') ?? inviteUrl.split('/').pop()!);

    // A private calendar feed: its token is in the path.
    const feeds = await graphql(
      url,
      operation(
        `mutation SecretsNotLoggedRotateCalendarToken { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }`,
      ),
      {},
      { token },
    );
    const feedUrl = new URL(feeds.data!.rotateCalendarToken.calendarFeeds.personal!.link!.https);
    const feedToken = /\/calendar\/private\/(.+)\.ics$/.exec(feedUrl.pathname)![1]!;
    secrets.push(feedToken);
    expect((await fetch(`${url}${feedUrl.pathname}`)).status).toBe(200);
    await fetch(`${url}/calendar/private/${feedToken}x.ics`);
    // Every spelling a route could match (Express routes case-insensitively and decodes), sent as
    // raw request lines so no client tidies them first.
    const variants = [
      `/CALENDAR/PRIVATE/${feedToken}.ics`,
      `/Calendar/Private/${feedToken}.ics`,
      `//calendar/private/${feedToken}.ics`,
      `/calendar//private/${feedToken}.ics`,
      `/./calendar/./private/${feedToken}.ics`,
      `/x/../calendar/private/${feedToken}.ics`,
      `/calendar/%70rivate/${feedToken}.ics`,
      `/%63alendar/private/${feedToken}.ics`,
      `/calendar/private%2F${feedToken}.ics`,
      `/calendar/%2570rivate/${feedToken}.ics`,
      `/calendar/private/${feedToken}.ics/`,
      `/calendar/private/${feedToken}.ics?x=1`,
    ];
    const statuses: Record<string, number> = {};
    for (const path of variants) statuses[path.replace(feedToken, '<t>')] = await rawGet(url, path);
    // At least the upper-case spelling reaches the feed, which is why redaction must follow routing.
    expect(statuses['/CALENDAR/PRIVATE/<t>.ics']).toBe(200);

    // Sign out (the token in a header and the body).
    await graphql(url, operation(`mutation SecretsNotLoggedSignOut { signOut { revoked } }`), {}, { token });
    // The last request carries a known id: once its log line is out, so is every earlier one.
    const lastId = `last-${randomBytes(8).toString('hex')}`;
    await graphql(url, operation(`query SecretsNotLoggedMyId { me { id } }`), {}, { token, headers: { 'x-request-id': lastId } });
    await waitFor(
      async () => output.split('\n').some((line) => line.includes(`"id":"${lastId}"`) && line.includes('"msg":"request completed"')),
      "the last request's log line",
    );

    // The log was written (so the check below is not vacuous) ...
    expect(output).toContain('"msg":"request completed"');
    expect(output).toContain('/calendar/private/[token]');
    // ... and holds none of the secrets.
    expect(secrets.filter((secret) => output.includes(secret))).toEqual([]);
    expect(output).not.toMatch(/[A-Za-z0-9._%+-]+@example\.org/);
    expect(output).not.toContain('Private Name Person');
  }, 60_000);
});
