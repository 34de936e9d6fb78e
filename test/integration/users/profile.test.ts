import { connectDatabase, type Database } from '../../../src/db/database';
import { startTestApp, type TestApp } from '../../helpers/app';
import { testLogger, testServerUri } from '../../helpers/database';
import { givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { UpdateProfileInput } from '../../gql/graphql';
import { errorCodes, graphql, type GraphQLResponse } from '../../helpers/graphql';

const UPDATE = operation(
  `mutation ProfileUpdate($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id name language timeZone email role } } }`,
);
const ME = operation(`query ProfileMe { me { name language timeZone } }`);
const TIMES = operation(`query ProfileTimes($id: ID!) { workshop(id: $id) { times { viewerStartsAt { timeZone local } } } }`);

describe('updateProfile', () => {
  const env = useNetworkApp();
  // A second process over the same database, as the worker or another API instance would be.
  let otherDatabase: Database;
  let other: TestApp;
  beforeAll(async () => {
    otherDatabase = await connectDatabase({ uri: testServerUri(), dbName: env.db.current.db.databaseName, logger: testLogger() });
    other = await startTestApp(otherDatabase);
  });
  afterAll(async () => {
    await other.close();
    await otherDatabase.close();
  });

  const person = () => givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id, name: 'Before Name' });
  const update = (token: string | undefined, input: UpdateProfileInput) => graphql(env.app.url, UPDATE, { input }, { token });
  const fieldOf = (response: GraphQLResponse<unknown>) => response.errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
  const stored = async (id: unknown) => {
    const user = (await env.db.current.models.User.findById(id).lean())!;
    return { name: user.name, language: user.language, timeZone: user.timeZone };
  };

  it('changes the signed-in person’s own name, language and time zone, trimmed and canonical, leaving out what is not given', async () => {
    const user = await person();
    const token = await signInAs(env.app.url, user.email);
    const changed = await update(token, { name: '  Ana María Quispe ', language: 'es-pe', timeZone: 'America/Lima' });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateProfile.user).toEqual({
      id: String(user._id),
      name: 'Ana María Quispe',
      language: 'es-PE',
      timeZone: 'America/Lima',
      email: user.email,
      role: 'MEMBER',
    });
    const only = await update(token, { timeZone: 'Asia/Bangkok', name: null });
    expect(only.data!.updateProfile.user).toMatchObject({ name: 'Ana María Quispe', language: 'es-PE', timeZone: 'Asia/Bangkok' });
    expect(await stored(user._id)).toEqual({ name: 'Ana María Quispe', language: 'es-PE', timeZone: 'Asia/Bangkok' });
    expect((await update(token, {})).data!.updateProfile.user).toMatchObject({ name: 'Ana María Quispe' });
  });

  it('refuses bad input with the offending field and stores nothing', async () => {
    const user = await person();
    const token = await signInAs(env.app.url, user.email);
    const before = await stored(user._id);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ name: 'Fine', language: 'klingon' }, 'language'],
      [{ name: 'Fine', language: 'und' }, 'language'],
      [{ name: 'Fine', timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ name: 'Fine', timeZone: '+03:00' }, 'timeZone'],
    ];
    for (const [input, field] of cases) expect(fieldOf(await update(token, input))).toEqual([['BAD_USER_INPUT', field]]);
    expect(await stored(user._id)).toEqual(before);
    expect((await update(token, { name: 'x'.repeat(120) })).errors).toBeUndefined();
  });

  it('needs a signed-in person', async () => {
    expect(errorCodes(await update(undefined, { name: 'Nobody' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('is seen on the very next request by every process, in what the accounts in memory show', async () => {
    const user = await person();
    const workshop = await givenWorkshop(env.db.current, { startsAt: new Date('2026-05-04T02:00:00Z'), endsAt: new Date('2026-05-04T05:00:00Z') });
    const token = await signInAs(env.app.url, user.email);
    const timesIn = async (app: TestApp) => (await graphql(app.url, TIMES, { id: String(workshop._id) }, { token })).data!.workshop!.times.viewerStartsAt;
    // Both processes have the account in memory before the change.
    expect(await timesIn(env.app)).toMatchObject({ timeZone: 'Africa/Nairobi' });
    expect(await timesIn(other)).toMatchObject({ timeZone: 'Africa/Nairobi' });

    await update(token, { timeZone: 'America/Lima', language: 'fr', name: 'After Name' });
    expect(await timesIn(other)).toEqual({ timeZone: 'America/Lima', local: '2026-05-03T21:00' });
    expect(await timesIn(env.app)).toMatchObject({ timeZone: 'America/Lima' });
    expect((await graphql(other.url, ME, undefined, { token })).data).toEqual({ me: { name: 'After Name', language: 'fr', timeZone: 'America/Lima' } });
    const account = (await other.deps.accounts.current()).get(String(user._id));
    expect(account).toMatchObject({ timeZone: 'America/Lima', language: 'fr' });
  });
});
