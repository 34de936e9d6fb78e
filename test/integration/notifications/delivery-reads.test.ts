import { Types } from 'mongoose';
import { deliverDue } from '../../../src/modules/notifications/delivery.service';
import { enqueue } from '../../../src/modules/notifications/outbox';
import { recipientOfUser } from '../../../src/modules/notifications/recipients';
import { quiesce } from '../../../src/quiesce';
import { countCommands, type SeenCommand } from '../../helpers/command-counter';
import { givenWorkshop } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { deliverAll, queued, storedMessages, useMailApp } from '../../helpers/notifications';

const REGISTER = operation(
  `mutation DeliveryReadsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }`,
);
const CANCEL = operation(`mutation DeliveryReadsCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`);

/** A filter that FerretDB 1.24 takes to storage: exactly `{ _id: value }` (anything else decodes the whole collection). */
const byIdOnly = (filter: SeenCommand['filter']) => {
  if (!filter) return false;
  const keys = Object.keys(filter);
  const id = filter._id as unknown;
  const isOperator = typeof id === 'object' && id !== null && !('_bsontype' in id) && Object.keys(id).some((key) => key.startsWith('$'));
  return keys.length === 1 && keys[0] === '_id' && !isOperator;
};

describe('a delivery round reads no collection that grows with the registrations (#16)', () => {
  const env = useMailApp();

  it('composes confirmations, waiting-list places and a cancellation, and skips what no longer applies, from the seat tally: no read of the registrations', async () => {
    await deliverAll(env.app.deps);
    env.sink.messages.length = 0;
    const workshop = await givenWorkshop(env.db.current, { capacity: 2, title: 'Delivery reads' });
    const registered = await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId: String(workshop._id),
          participants: Array.from({ length: 5 }, (_, i) => ({ name: `Reader ${i}`, email: `delivery-reads-${i}@example.org` })),
        },
      },
      { token: env.network.tokens.coordinator },
    );
    expect(registered.errors).toBeUndefined();
    const people = registered.data!.register.registrations;
    expect(people.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
    // The second in line leaves before anything is sent: the third moves up to place 2 (the
    // second's ticket is still known, so it is no gap), and the second's waiting-list message is
    // withdrawn (its cancellation is sent).
    const cancelled = await graphql(env.app.url, CANCEL, { id: people[3]!.id }, { token: env.network.tokens.coordinator });
    expect(cancelled.errors).toBeUndefined();
    await queued(env.app.deps, { workshopId: workshop._id }, 6);
    await quiesce(env.app.deps);
    // Two that no longer apply: a waiting-list message about the one who left, a confirmation of one erased since.
    await env.db.current.models.Registration.updateOne({ _id: new Types.ObjectId(people[1]!.id) }, { $set: { anonymisedAt: env.app.clock.now() } });
    const recipient = recipientOfUser(env.network.people.member);
    await enqueue(env.app.deps, [
      {
        id: `REGISTRATION_WAITLISTED:reads:${people[3]!.id}`,
        kind: 'REGISTRATION_WAITLISTED',
        recipient,
        workshopId: workshop._id,
        registrationId: new Types.ObjectId(people[3]!.id),
      },
      {
        id: `REGISTRATION_CONFIRMED:reads:${people[1]!.id}`,
        kind: 'REGISTRATION_CONFIRMED',
        recipient,
        workshopId: workshop._id,
        registrationId: new Types.ObjectId(people[1]!.id),
      },
    ]);
    // The worker's tally is built at start (main.ts); the round then reads only the change log.
    await env.app.deps.seatFigures.current();

    const round = await countCommands(env.db.current.client, () => deliverDue(env.app.deps));
    // Sent: a confirmation, two waiting-list places, the cancellation; skipped: both about the erased one, the one about who left.
    expect(round.result).toMatchObject({ sent: 4, skipped: 3, failed: 0, retrying: 0 });
    const registrationReads = round.seen.filter((c) => c.collection === 'registrations');
    expect(registrationReads.filter((c) => !byIdOnly(c.filter))).toEqual([]);
    expect(registrationReads).toEqual([]);

    const mailTo = (i: number) => env.sink.messages.filter((m) => m.to && JSON.stringify(m.to).includes(`delivery-reads-${i}@`));
    expect(mailTo(0).map((m) => m.subject)).toEqual(['Registration confirmed: Delivery reads']);
    expect(mailTo(2).map((m) => m.text)).toEqual([expect.stringContaining('Waiting-list position: 1')]);
    expect(mailTo(4).map((m) => m.text)).toEqual([expect.stringContaining('Waiting-list position: 2')]);
    expect(mailTo(1)).toEqual([]);
    expect(mailTo(3)).toHaveLength(1); // the cancellation only
    const states = (await storedMessages(env.db.current, { workshopId: workshop._id })).map((m) => [m.kind, m.delivery.state, m.delivery.lastError]);
    expect(states).toEqual(
      expect.arrayContaining([
        ['REGISTRATION_WAITLISTED', 'SKIPPED', 'no longer registered'],
        ['REGISTRATION_CONFIRMED', 'SKIPPED', 'participant erased'],
      ]),
    );
    // The ranks told are the ones the API shows.
    const shown = await graphql(
      env.app.url,
      operation(`query DeliveryReadsRegistrations($id: ID!) { registrations(workshopId: $id, first: 20) { edges { node { status waitlistPosition } } } }`),
      { id: String(workshop._id) },
      { token: env.network.tokens.staff },
    );
    expect(
      shown.data?.registrations.edges
        .map((edge) => edge.node.waitlistPosition)
        .filter((position) => position !== null)
        .sort(),
    ).toEqual([1, 2]);
  });
});
