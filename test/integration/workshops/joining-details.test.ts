import { Types } from 'mongoose';
import type { WorkshopDoc } from '../../../src/modules/workshops/workshop.model';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

const READ = operation(`query WorkshopsJoiningDetailsRead($id: ID!) { workshop(id: $id) { sessions { title location joiningDetails } } }`);

describe('joining details in sessions reach confirmed participants and the Secretariat only', () => {
  const env = useNetworkApp();
  let workshopId: string;
  const at = (hour: number) => new Date(`2026-05-04T${String(hour).padStart(2, '0')}:00:00Z`);

  beforeAll(async () => {
    const sessions = [
      { title: 'Opening', startsAt: at(2), endsAt: at(3), location: 'Join here: https://meet.example.org/opening-room' },
      { title: 'Breakout', startsAt: at(3), endsAt: at(4), location: 'Room 4B, or zoom.us/j/8812345 passcode 9876' },
      { title: 'Lunch', startsAt: at(4), endsAt: at(5), location: 'Garden terrace' },
      { title: 'Closing', startsAt: at(5), endsAt: at(6), location: 'Main hall', joiningDetails: 'Meeting ID 881 2345, passcode 4321' },
    ] as unknown as WorkshopDoc['sessions'];
    const workshop = await givenWorkshop(env.db.current, { format: 'HYBRID', onlineUrl: 'https://meet.example.org/main', sessions });
    workshopId = String(workshop._id);
    await env.db.current.models.Registration.create({
      workshopId: workshop._id,
      organizationId: env.network.group._id,
      status: 'CONFIRMED',
      participant: { name: 'Member', email: env.network.people.member.email, userId: env.network.people.member._id },
      personClaim: `ws:${workshopId}:person:member`,
      registeredBy: new Types.ObjectId(),
    });
  });

  it.each(['anonymous', 'coordinator'] as const)('shows %s where, never how to join', async (caller) => {
    const token = caller === 'anonymous' ? undefined : env.network.tokens[caller];
    const read = await graphql(env.app.url, READ, { id: workshopId }, { token });
    expect(read.data!.workshop!.sessions).toEqual([
      { title: 'Opening', location: null, joiningDetails: null },
      { title: 'Breakout', location: 'Room 4B', joiningDetails: null },
      { title: 'Lunch', location: 'Garden terrace', joiningDetails: null },
      { title: 'Closing', location: 'Main hall', joiningDetails: null },
    ]);
    const text = JSON.stringify(read.data);
    for (const secret of ['opening-room', '8812345', '9876', '4321']) expect(text).not.toContain(secret);
  });

  it.each(['member', 'staff'] as const)('shows %s (a confirmed participant, the Secretariat) how to join', async (caller) => {
    const read = await graphql(env.app.url, READ, { id: workshopId }, { token: env.network.tokens[caller] });
    expect(read.data!.workshop!.sessions).toEqual([
      { title: 'Opening', location: 'Join here: https://meet.example.org/opening-room', joiningDetails: 'Join here: https://meet.example.org/opening-room' },
      { title: 'Breakout', location: 'Room 4B, or zoom.us/j/8812345 passcode 9876', joiningDetails: 'Room 4B, or zoom.us/j/8812345 passcode 9876' },
      { title: 'Lunch', location: 'Garden terrace', joiningDetails: null },
      { title: 'Closing', location: 'Main hall', joiningDetails: 'Meeting ID 881 2345, passcode 4321' },
    ]);
  });
});
