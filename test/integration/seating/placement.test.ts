import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { waitFor } from '../../helpers/wait';
import { holdAt } from '../../../src/db/race-points';
import { settleDeferredWrites } from '../../../src/db/deferred-writes';
import { seatingClient, type Reg } from './seating-client';

const CANCEL = operation(`mutation PlacementCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`);
const UPDATE = operation(`mutation PlacementUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }`);

/*
 * How one registration is placed (seating/place.ts, seating/cancel.ts): a seat (random picks, then
 * every seat in turn), a group slot under a quota, else a waiting-list ticket, each a claim
 * recorded by its kind (the reconcile job and a workshop's end find them by kind).
 */
describe('seat placement', () => {
  const env = useNetworkApp();
  const { as, register } = seatingClient(env);
  /** Claims of one kind of number (`seat`, `wait`, `group:<id>:slot`) as `<number> <kind> <holder>`. */
  const claimsOf = async (workshopId: string, kind: string) =>
    (
      await env.db.current.db
        .collection('claims')
        .find({ _id: { $regex: `^ws:${workshopId}:${kind}:` } } as never)
        .toArray()
    )
      .map((claim) => `${String(claim._id).split(':').pop()} ${claim.kind} ${claim.data?.registrationId}`)
      .sort();
  const stored = (id: string) => env.db.current.models.Registration.findById(id).lean();

  it('takes the free seat in turn when every random pick misses it, and records seats and tickets by their kind', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 3 });
    const id = String(workshop._id);
    const random = jest.spyOn(Math, 'random').mockReturnValue(0); // every random pick is seat 1
    let regs: Reg[];
    try {
      regs = await register(id, ['in-turn-1@example.org', 'in-turn-2@example.org', 'in-turn-3@example.org', 'in-turn-4@example.org']);
    } finally {
      random.mockRestore();
    }
    const [first, second, third, fourth] = regs;
    expect(regs.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    // The first got seat 1 from a random pick; the others found seats 2 and 3 going through them in turn.
    expect(await claimsOf(id, 'seat')).toEqual([`1 seat ${first!.id}`, `2 seat ${second!.id}`, `3 seat ${third!.id}`]);
    expect(await claimsOf(id, 'wait')).toEqual([`1 wait-ticket ${fourth!.id}`]);
  });

  it('a waitlisted registration gives back the group slot it took, so a raised capacity seats it in that slot', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, perGroupQuota: 2 });
    const id = String(workshop._id);
    const group = String(env.network.group._id);
    const [first, second] = await register(id, ['slot-back-1@example.org', 'slot-back-2@example.org']);
    expect([first!.status, second!.status]).toEqual(['CONFIRMED', 'WAITLISTED']);
    expect(await claimsOf(id, `group:${group}:slot`)).toEqual([`1 slot ${first!.id}`]);
    expect((await graphql(env.app.url, UPDATE, { input: { id, capacity: 2 } }, as(env.network.tokens.staff))).errors).toBeUndefined();
    await waitFor(async () => (await stored(second!.id))?.status === 'CONFIRMED', 'the waiting one promoted');
    expect(await claimsOf(id, `group:${group}:slot`)).toEqual([`1 slot ${first!.id}`, `2 slot ${second!.id}`]);
  });

  it('a waiting-list counter lost behind 1,200 tickets handed out jumps past the highest, rather than trying each', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const id = String(workshop._id);
    const [, early, late] = await register(id, ['lost-counter-1@example.org', 'lost-counter-2@example.org', 'lost-counter-3@example.org']);
    // Tickets 1 to 1,200 were handed out (the third holds the highest) and the counter is gone.
    await env.db.current.models.Registration.updateOne({ _id: late!.id }, { $set: { waitTicket: 1_200 } });
    await env.db.current.db.collection('claims').insertMany(
      Array.from({ length: 1_198 }, (_, i) => ({
        _id: `ws:${id}:wait:${i + 3}`,
        kind: 'wait-ticket',
        createdAt: env.app.clock.now(),
        data: { workshopId: id },
      })) as never,
    );
    await env.db.current.models.WaitCounter.deleteOne({ _id: workshop._id });
    const [newcomer] = await register(id, ['lost-counter-4@example.org']);
    expect(newcomer!.status).toBe('WAITLISTED');
    expect([(await stored(early!.id))?.waitTicket, (await stored(newcomer!.id))?.waitTicket]).toEqual([1, 1_201]);
  });

  it('cancelling what is no longer active answers NOT_ACTIVE, naming its status', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const [reg] = await register(String(workshop._id), ['twice@example.org']);
    expect((await graphql(env.app.url, CANCEL, { id: reg!.id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
    const again = await graphql(env.app.url, CANCEL, { id: reg!.id }, as(env.network.tokens.coordinator));
    expect(again.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.reason])).toEqual([
      ['A cancelled registration cannot be cancelled.', 'CONFLICT', 'NOT_ACTIVE'],
    ]);
  });

  it('a newcomer registering while a freed seat is being passed on joins the line behind those already waiting', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 2, promotionMode: 'OFFER', offerHours: 48 });
    const id = String(workshop._id);
    const [first, second, offered, waiting] = await register(id, ['fair-1@example.org', 'fair-2@example.org', 'fair-3@example.org', 'fair-4@example.org']);
    expect((await graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator))).errors).toBeUndefined(); // its seat offered to the third
    await settleDeferredWrites(env.db.current);
    // The second's seat is free and not yet passed on when the newcomer registers.
    const settling = holdAt(env.db.current, 'settle', id);
    const cancelling = graphql(env.app.url, CANCEL, { id: second!.id }, as(env.network.tokens.coordinator));
    await settling.reached;
    const [late] = await register(id, ['fair-5@example.org']);
    settling.release();
    expect((await cancelling).errors).toBeUndefined();
    expect(late!.status).toBe('WAITLISTED');
    expect(await stored(waiting!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: expect.any(Date) });
    expect(await stored(late!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: null });
    expect((await claimsOf(id, 'seat')).map((claim) => claim.split(' ')[2]).sort()).toEqual([offered!.id, waiting!.id].sort());
  });
});
