import { Types } from 'mongoose';
import type { RegistrationStatus } from '../../../src/modules/registrations/registration.model';
import { givenOrganization, givenUser, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

const CREATE = operation(`mutation SessionLocationLinksCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }`);
const PUBLISH = operation(`mutation SessionLocationLinksPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status } } }`);
const UPDATE = operation(`mutation SessionLocationLinksUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }`);
const SESSIONS = operation(`query SessionLocationLinksSessions($id: ID!) { workshop(id: $id) { sessions { title location joiningDetails } } }`);
const LIST = operation(`query SessionLocationLinksList { workshops(first: 50) { edges { node { id sessions { title location joiningDetails } } } } }`);

/** Every way the attack (and a busy planner) put a meeting link into a session's location. */
const LOCATIONS = {
  'After a label': 'Join here: https://meet.example.org/room-one',
  'Without a scheme': 'Room 2, or online at zoom.us/j/123456789',
  'With www': 'www.example.net/live-room',
  'An app scheme': 'zoommtg://zoom.us/join?confno=42',
  'By address': 'Stream on 10.20.30.40:8080/watch',
  'By host and port': 'Backup at stream.example.org:8443',
  'A bare host': 'Join: jitsi.example.org',
  'A spoken code': 'Dial in, access code 5678 9012',
  'Only a room': 'Room 4, second floor',
};
const JOINING = 'https://meet.example.org/room-one passcode 4242';
const SECRETS = ['meet.example.org', 'zoom.us', 'example.net', '10.20.30.40', 'stream.example.org', '4242', 'jitsi.example.org', '5678'];

/**
 * The attack's variants of a meeting link in a session's location, beside joining-details.test.ts:
 * after a label, without a scheme, with www, an app's scheme, a bare address with a port.
 */
describe('meeting links anywhere in a session location', () => {
  const env = useNetworkApp();
  let workshopId: string;
  let participant: string;
  let waiting: string;

  beforeAll(async () => {
    const sessions = Object.entries(LOCATIONS).map(([title, location], day) => ({
      title,
      startsAt: `2026-06-0${day + 1}T09:00:00Z`,
      endsAt: `2026-06-0${day + 1}T10:00:00Z`,
      location,
      joiningDetails: JOINING,
    }));
    const created = await graphql(
      env.app.url,
      CREATE,
      {
        input: {
          kind: 'WEBINAR',
          title: 'Hybrid case-work clinic',
          format: 'HYBRID',
          venue: { name: 'Hall', city: 'Nairobi', country: 'KE' },
          onlineUrl: 'https://meet.example.org/workshop-room',
          timeZone: 'Africa/Nairobi',
          startsAt: '2026-06-01T09:00:00Z',
          endsAt: '2026-06-10T10:00:00Z',
          capacity: 30,
          languages: ['en'],
          sessions,
        },
      },
      { token: env.network.tokens.staff },
    );
    expect(created.errors).toBeUndefined();
    workshopId = created.data!.createWorkshop.workshop.id;
    expect((await graphql(env.app.url, PUBLISH, { id: workshopId }, { token: env.network.tokens.staff })).errors).toBeUndefined();

    const group = await givenOrganization(env.db.current, { name: 'Clinic Group' });
    const person = async (status: RegistrationStatus) => {
      const user = await givenUser(env.db.current, { role: 'MEMBER', organizationId: group._id });
      await env.db.current.models.Registration.create({
        workshopId: new Types.ObjectId(workshopId),
        organizationId: group._id,
        status,
        participant: { name: 'Clinic Person', email: user.email, userId: user._id },
        personClaim: `ws:${workshopId}:person:${user.email}`,
        registeredBy: user._id,
      });
      return signInAs(env.app.url, user.email);
    };
    participant = await person('CONFIRMED');
    waiting = await person('WAITLISTED');
  });

  const sessionsAs = async (token?: string) => {
    const response = await graphql(env.app.url, SESSIONS, { id: workshopId }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.workshop!.sessions;
  };

  it.each([
    ['an anonymous caller', () => undefined],
    ['a member of another group', () => env.network.tokens.member],
    ['a coordinator of another group', () => env.network.tokens.coordinator],
    ['a waitlisted participant', () => waiting],
  ])('shows %s no link and no joining details, wherever the link sits in the location', async (_who, token) => {
    const sessions = await sessionsAs(token());
    const text = JSON.stringify(sessions);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(sessions.map((s) => s.joiningDetails)).toEqual(sessions.map(() => null));
    expect(sessions.find((s) => s.title === 'Only a room')!.location).toBe('Room 4, second floor');
    // Nor through the list.
    const listed = await graphql(env.app.url, LIST, {}, { token: token() });
    for (const secret of SECRETS) expect(JSON.stringify(listed.data)).not.toContain(secret);
  });

  it.each([
    ['a confirmed participant', () => participant],
    ['the Secretariat', () => env.network.tokens.staff],
  ])('shows %s the locations as written and the joining details', async (_who, token) => {
    const sessions = await sessionsAs(token());
    expect(Object.fromEntries(sessions.map((s) => [s.title, s.location]))).toEqual(LOCATIONS);
    expect(sessions.map((s) => s.joiningDetails)).toEqual(sessions.map(() => JOINING));
  });

  it('keeps the joining details when the workshop moves', async () => {
    const moved = await graphql(
      env.app.url,
      UPDATE,
      { input: { id: workshopId, startsAt: '2026-06-02T09:00:00Z', endsAt: '2026-06-11T10:00:00Z' } },
      { token: env.network.tokens.staff },
    );
    expect(moved.errors).toBeUndefined();
    expect((await sessionsAs(participant)).map((s) => s.joiningDetails)).toEqual(Object.keys(LOCATIONS).map(() => JOINING));
  });
});
