import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../../../src/db/database';
import { testLogger, testServerUri } from '../../helpers/database';
import { givenOrganization, givenUser, givenWorkshop, signInAs } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { exitOf, spawnEntry } from '../../helpers/processes';
import { waitFor } from '../../helpers/wait';

// Two api processes on one database, as deployed behind a load balancer: a write acknowledged by
// one is seen by the very next read in the other, though each answers from its own programme in
// memory (workshops/workshops.reads.ts).

const LIST = operation(
  `query PlatformTwoProcessesList { workshops(first: 100, filter: { from: "2027-01-01T00:00:00Z" }) { edges { node { id title status } } } }`,
);
const UPDATE = operation(`mutation PlatformTwoProcessesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id title } } }`);
const PUBLISH = operation(`mutation PlatformTwoProcessesPublish($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { id status } } }`);
const REGISTER = operation(`mutation PlatformTwoProcessesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);

describe('two api processes on one database', () => {
  const dbName = `test_two_${randomBytes(4).toString('hex')}`;
  let database: Database;
  const services: { url: string; stop: () => void }[] = [];
  let token: string;
  let coordinatorToken: string;

  beforeAll(async () => {
    database = await connectDatabase({ uri: testServerUri(), dbName, logger: testLogger() });
    const secretariat = await givenOrganization(database, { kind: 'SECRETARIAT', name: 'International Secretariat', country: 'TH', region: 'SOUTHEAST_ASIA' });
    const admin = await givenUser(database, { role: 'SECRETARIAT_ADMIN', organizationId: secretariat._id });
    for (let i = 0; i < 2; i++) {
      const child = spawnEntry('src/main.ts', [], { MONGODB_URI: testServerUri(), MONGODB_DB_NAME: dbName, PORT: '0', RUN_WORKER: 'false', LOG_LEVEL: 'warn' });
      const exited = exitOf(child);
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const url = await Promise.race([
        waitFor(async () => /Service ready at (http:\/\/\S+)/.exec(stdout)?.[1], 'an api process to start', 60_000),
        exited.then((r) => Promise.reject(new Error(`exited early: ${r.stderr}`))),
      ]);
      services.push({ url, stop: () => child.kill('SIGKILL') });
    }
    token = await signInAs(services[0]!.url, admin.email);
    const group = await givenOrganization(database, { name: 'Safe Childhood Kenya', country: 'KE' });
    const coordinator = await givenUser(database, { role: 'GROUP_COORDINATOR', organizationId: group._id });
    coordinatorToken = await signInAs(services[1]!.url, coordinator.email);
  }, 120_000);

  afterAll(async () => {
    for (const service of services) service.stop();
    await database?.db.dropDatabase();
    await database?.close();
  });

  const list = async (url: string, asAdmin: boolean) =>
    new Map(((await graphql(url, LIST, {}, asAdmin ? { token } : {})).data?.workshops.edges ?? []).map((e) => [e.node.id, e.node]));

  it('each sees the other’s acknowledged edits, publications and new workshops on its very next read', async () => {
    const workshops = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        givenWorkshop(database, {
          status: 'DRAFT',
          title: `Draft ${i}`,
          startsAt: new Date(Date.UTC(2027, 2, 1 + i, 2)),
          registrationClosesAt: new Date(Date.UTC(2027, 1, 1)),
        }),
      ),
    );
    // Both processes have built their programme before the writes below.
    for (const service of services) expect((await list(service.url, true)).size).toBe(3);

    for (let round = 0; round < 12; round++) {
      const writer = services[round % 2]!;
      const reader = services[(round + 1) % 2]!;
      const workshop = workshops[round % 3]!;
      const title = `Round ${round}`;
      const answer = await graphql(writer.url, UPDATE, { input: { id: String(workshop._id), title } }, { token });
      expect(answer.errors).toBeUndefined();
      expect((await list(reader.url, true)).get(String(workshop._id))?.title).toBe(title);
    }

    // A publication in one: the other's anonymous programme shows it at once; a new workshop too.
    const published = await graphql(services[0]!.url, PUBLISH, { input: { id: String(workshops[0]!._id) } }, { token });
    expect(published.errors).toBeUndefined();
    expect((await list(services[1]!.url, false)).get(String(workshops[0]!._id))?.status).toBe('PUBLISHED');
    const fresh = await givenWorkshop(database, { title: 'Stored by a third writer', startsAt: new Date(Date.UTC(2027, 3, 1, 2)) });
    for (const service of services) expect((await list(service.url, false)).get(String(fresh._id))?.title).toBe('Stored by a third writer');
  });

  it('shows the seats a registration in one took in the other’s very next answer', async () => {
    const workshop = await givenWorkshop(database, {
      title: 'Seats across processes',
      capacity: 3,
      startsAt: new Date(Date.UTC(2027, 5, 1, 2)),
      registrationClosesAt: new Date(Date.UTC(2027, 4, 1)),
    });
    const SEATS = operation(`query PlatformTwoProcessesSeats($id: ID!) { workshop(id: $id) { seats { confirmed waitlisted available } } }`);
    for (let person = 0; person < 4; person++) {
      const registered = await graphql(
        services[person % 2]!.url,
        REGISTER,
        {
          input: { workshopId: String(workshop._id), participants: [{ name: `Person ${person}`, email: `person${person}@seats.example.org` }] },
        },
        { token: coordinatorToken },
      );
      expect(registered.errors).toBeUndefined();
      const seats = await graphql(services[(person + 1) % 2]!.url, SEATS, { id: String(workshop._id) });
      expect(seats.data?.workshop?.seats).toEqual({
        confirmed: Math.min(person + 1, 3),
        waitlisted: Math.max(0, person - 2),
        available: Math.max(0, 2 - person),
      });
    }
  });

  it('finds a resource shared and an organisation renamed in one by a search in the other, at once', async () => {
    const SHARE = operation(`mutation PlatformTwoProcessesShare($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }`);
    const SEARCH = operation(`query PlatformTwoProcessesSearch($text: String) { resources(filter: { text: $text }) { edges { node { id } } } }`);
    const shared = await graphql(
      services[0]!.url,
      SHARE,
      { input: { title: 'Hotline handbook for counsellors', kind: 'GUIDE', visibility: 'NETWORK', languages: ['en'] } },
      { token },
    );
    expect(shared.errors).toBeUndefined();
    const found = await graphql(services[1]!.url, SEARCH, { text: 'counsellor' }, { token });
    expect(found.data?.resources.edges.map((edge) => edge.node.id)).toEqual([shared.data!.createResource.resource.id]);

    const group = await givenOrganization(database, { name: 'Coalition Sénégal', country: 'SN' });
    const NAMES = operation(`query PlatformTwoProcessesNames($text: String) { organizations(filter: { text: $text }) { edges { node { id name } } } }`);
    const seen = await graphql(services[1]!.url, NAMES, { text: 'senegal' }, { token });
    expect(seen.data?.organizations.edges.map((edge) => edge.node.id)).toEqual([String(group._id)]);
    const renamed = await graphql(
      services[1]!.url,
      operation(`mutation PlatformTwoProcessesRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }`),
      { input: { id: String(group._id), name: 'Réseau Dakar' } },
      { token },
    );
    expect(renamed.errors).toBeUndefined();
    const after = await graphql(services[0]!.url, NAMES, { text: 'reseau dakar' }, { token });
    expect(after.data?.organizations.edges.map((edge) => edge.node.name)).toEqual(['Réseau Dakar']);
  });

  it('refuses a session signed out, and an account disabled or demoted, in the other on its very next request', async () => {
    const group = await givenOrganization(database, { name: 'Réseau Enfance Sénégal', country: 'SN' });
    const person = await givenUser(database, { role: 'GROUP_COORDINATOR', organizationId: group._id });
    const [here, there] = services.map((service) => service.url) as [string, string];
    const ME = operation(`query PlatformTwoProcessesMe { me { id role } }`);
    const first = await signInAs(here, person.email);
    const second = await signInAs(there, person.email);
    expect((await graphql(there, ME, {}, { token: first })).data?.me?.role).toBe('GROUP_COORDINATOR');

    // Signed out in one: the next request in the other is 401, at once.
    expect((await graphql(here, operation(`mutation PlatformTwoProcessesSignOut { signOut { revoked } }`), {}, { token: first })).data).toEqual({
      signOut: { revoked: true },
    });
    expect((await graphql(there, ME, {}, { token: first })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Demoted in one: the other answers with the new role on its next request of the session.
    const demoted = await graphql(
      here,
      operation(`mutation PlatformTwoProcessesChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }`),
      {
        input: { id: String(person._id), role: 'MEMBER' },
      },
      { token },
    );
    expect(demoted.errors).toBeUndefined();
    expect((await graphql(there, ME, {}, { token: second })).data?.me?.role).toBe('MEMBER');

    // Disabled in one: the other refuses the session at once.
    const disabled = await graphql(
      here,
      operation(`mutation PlatformTwoProcessesDisableUser($input: DisableUserInput!) { disableUser(input: $input) { user { id } } }`),
      { input: { id: String(person._id) } },
      { token },
    );
    expect(disabled.errors).toBeUndefined();
    expect((await graphql(there, ME, {}, { token: second })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('under editors on both at once, no read in either is older than the edits acknowledged before it', async () => {
    const workshops = await Promise.all(
      Array.from({ length: 2 }, (_, i) => givenWorkshop(database, { title: `Busy ${i} edit -1`, startsAt: new Date(Date.UTC(2027, 4, 1 + i, 2)) })),
    );
    const acknowledged = new Map(workshops.map((w) => [String(w._id), -1]));
    const editor = async (index: number) => {
      const id = String(workshops[index]!._id);
      for (let edit = 0; edit < 8; edit++) {
        const answer = await graphql(services[(index + edit) % 2]!.url, UPDATE, { input: { id, title: `Busy ${index} edit ${edit}` } }, { token });
        expect(answer.errors).toBeUndefined();
        acknowledged.set(id, edit);
      }
    };
    const reader = async (service: { url: string }) => {
      for (let read = 0; read < 10; read++) {
        const asked = new Map(acknowledged);
        const seen = await list(service.url, false);
        for (const [id, edit] of asked) expect(Number(/edit (-?\d+)/.exec(seen.get(id)!.title)![1])).toBeGreaterThanOrEqual(edit);
      }
    };
    await Promise.all([editor(0), editor(1), reader(services[0]!), reader(services[1]!)]);
  });
});
