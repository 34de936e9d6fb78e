import { connectDatabase, type Database } from '../../../src/db/database';
import { startTestApp, type TestApp } from '../../helpers/app';
import { testLogger, testServerUri } from '../../helpers/database';
import { givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { afterLogged, fetchRaw, parseWithIcalJs } from './calendar-helpers';

const UPDATE = operation(`mutation CalendarTwoProcessesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }`);
const REGISTER = operation(`mutation CalendarTwoProcessesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);
const FEEDS = operation(`query CalendarTwoProcessesFeeds { calendarFeeds { personal { link { https } } } }`);

// Changes land in one process (say the worker) while another serves the feeds from its memory:
// the stamps in the database, not in-process events, keep the other's cache honest.
describe('calendar feeds across two processes', () => {
  const env = useNetworkApp();
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

  it('rebuilds the public feed in one process after a change made in the other', async () => {
    const workshop = await givenWorkshop(env.db.current, {
      title: 'Before the change',
      timeZone: 'Europe/Paris',
      publishedAt: new Date('2026-02-01T00:00:00Z'),
    });
    const seenHere: string[] = [];
    env.app.deps.events.on('workshop.updated', () => void seenHere.push('updated'));
    const first = await fetchRaw(`${env.app.url}/calendar/public.ics`);
    expect(first.text).toContain('SUMMARY:Before the change');

    const staffToken = await signInAs(other.url, env.network.people.staff.email);
    await afterLogged(env.db.current, 'workshops', () =>
      graphql(other.url, UPDATE, { input: { id: String(workshop._id), title: 'After the change' } }, { token: staffToken }),
    );
    expect(seenHere).toEqual([]); // the event fired in the other process only
    const second = await fetchRaw(`${env.app.url}/calendar/public.ics`, { headers: { 'If-None-Match': String(first.headers.etag) } });
    expect(second.status).toBe(200);
    expect(parseWithIcalJs(second.text).events.find((e) => e.uid === `workshop-${String(workshop._id)}@localhost`)?.summary).toBe('After the change');
    // Both processes now agree on the ETag and the bytes.
    const fromOther = await fetchRaw(`${other.url}/calendar/public.ics`);
    expect(fromOther.headers.etag).toBe(second.headers.etag);
    expect(fromOther.text).toBe(second.text);
  });

  it('rebuilds a private feed in one process after a registration made in the other', async () => {
    const workshop = await givenWorkshop(env.db.current, { title: 'Registered elsewhere' });
    const link = (await graphql(env.app.url, FEEDS, {}, { token: env.network.tokens.member })).data!.calendarFeeds.personal!.link!.https;
    const path = new URL(link).pathname;
    const first = await fetchRaw(`${env.app.url}${path}`);
    expect(first.text).not.toContain('Registered elsewhere');

    const coordinatorToken = await signInAs(other.url, env.network.people.coordinator.email);
    await afterLogged(env.db.current, 'registrations', () =>
      graphql(
        other.url,
        REGISTER,
        { input: { workshopId: String(workshop._id), participants: [{ userId: String(env.network.people.member._id) }] } },
        { token: coordinatorToken },
      ),
    );
    const second = await fetchRaw(`${env.app.url}${path}`, { headers: { 'If-None-Match': String(first.headers.etag) } });
    expect(second.status).toBe(200);
    expect(second.text).toContain('SUMMARY:Registered elsewhere');
  });
});
